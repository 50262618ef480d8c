package eu.oosatmp.notification;

import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_EVALUATE_PATIENT_RISK;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_INVESTIGATE_ROOT_CAUSE;
import static eu.oosatmp.notification.DeliveryChecks.assertNothingFailed;
import static eu.oosatmp.notification.DeliveryChecks.receivedPerMessageId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import eu.oosatmp.support.ApplicationProcess;
import eu.oosatmp.support.ApplicationProcess.Installation;
import eu.oosatmp.support.ApplicationProcesses;
import eu.oosatmp.support.CaseDriver.Forms;
import eu.oosatmp.support.CaseJson;
import eu.oosatmp.support.Http;
import eu.oosatmp.support.Poll;
import eu.oosatmp.support.TaskApi;
import eu.oosatmp.support.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two nodes, each the application in a JVM of its own with its job executor, share one PostgreSQL database
 * and one mail server; users work on both. Every case reaches the physician's decision and its batch
 * expires while the decision waits, so the expiry timers fire in real time, on whichever node takes them.
 * Each timer fires once, each notification goes out once, no job fails, and both nodes do part of the work.
 */
class TwoNodesIT {

  private static final int CASES = 200;
  /** Users working at the same time, spread over both nodes. */
  private static final int USERS = 4;
  /** Long enough for a case to reach the decision before its batch expires, short enough to wait for. */
  private static final Duration SHELF_LIFE = Duration.ofSeconds(40);
  private static final Duration PATIENCE = Duration.ofMinutes(2);
  private static final Duration POLL = Duration.ofMillis(500);

  /** A mail server per test, registered first so that it stops only after the nodes are killed. */
  @RegisterExtension
  @Order(1)
  static final GreenMailExtension mail = new GreenMailExtension(ServerSetup.SMTP.dynamicPort());

  @RegisterExtension
  @Order(2)
  static final ApplicationProcesses nodes = new ApplicationProcesses();

  @Test
  void casesWorkedOnBothNodesFireEachTimerOnceAndSendEachNotificationOnce() throws Throwable {
    assumeTrue(TestDatabase.isPostgres(), "H2 is embedded in one node: only PostgreSQL is shared by nodes");
    Installation installation = nodes.newInstallation();
    Instant start = Instant.now();
    // One after the other: on an empty database both would create Camunda's schema at once, and one fails.
    ApplicationProcess nodeA = nodes.start(node("node-a", installation)).awaitReady();
    ApplicationProcess nodeB = nodes.start(node("node-b", installation)).awaitReady();
    Instant ready = Instant.now();

    List<String> cases = walkToTheDecision(List.of(nodeA, nodeB));
    Instant walked = Instant.now();
    int waitingTimers = nodeA.as("admin").get("/engine-rest/job/count?timers=true&activityId=Event_BatchExpired")
        .json().get("count").asInt();
    Poll.until("Closing of all " + CASES + " cases", PATIENCE, POLL,
        () -> nodeB.as("qa").get("/api/oos-cases?state=CLOSED").json().size() == CASES ? true : null);
    System.out.printf("Nodes ready after %d s; %d cases at the decision %d s later, %d of their expiry timers still "
            + "waiting; all closed %d s after that%n", Duration.between(start, ready).toSeconds(), CASES,
        Duration.between(ready, walked).toSeconds(), waitingTimers, Duration.between(walked, Instant.now()).toSeconds());

    JdbcClient database = database(installation);
    assertThat(nodeA.as("qa").get("/api/oos-cases").json()).hasSize(CASES).allSatisfy(view -> {
      assertThat(cases).contains(view.get("caseNumber").asText());
      assertThat(view.get("outcome").asText()).isEqualTo("EXPIRED");
    });
    assertBothNodesRanJobs(database);
    assertEachTimerFiredOnce(nodeA, database);
    assertEachNotificationSentOnce(database);
    assertNothingFailed(nodeB);
  }

  private ApplicationProcess.Settings node(String name, Installation installation) {
    return ApplicationProcess.node(name, installation).mailServer(mail.getSmtp().getPort())
        // Recorded with each job in the job log: which node ran it.
        .property("camunda.bpm.generic-properties.properties.hostname", name);
  }

  /** Users open the cases on one node and do QA's steps on the other, up to the physician's decision. */
  private static List<String> walkToTheDecision(List<ApplicationProcess> both) throws Throwable {
    ExecutorService users = Executors.newFixedThreadPool(USERS);
    try {
      List<Future<String>> walks = IntStream.range(0, CASES)
          .mapToObj(i -> users.submit(() -> walkToTheDecision(both.get(i % 2), both.get((i + 1) % 2))))
          .toList();
      List<String> cases = new ArrayList<>();
      for (Future<String> walk : walks) {
        cases.add(walk.get());
      }
      return cases;
    } catch (ExecutionException e) {
      throw e.getCause();
    } finally {
      users.shutdownNow();
    }
  }

  private static String walkToTheDecision(ApplicationProcess opening, ApplicationProcess working) {
    String batchExpiry = OffsetDateTime.now(ZoneOffset.UTC).plus(SHELF_LIFE).truncatedTo(ChronoUnit.SECONDS).toString();
    Http.Response opened = opening.as("qa").postJson("/api/oos-cases",
        CaseJson.openRequest("KYMRIAH", "NL-LEIDEN-REL", "CZ-PRAGUE-HOSP").put("batchExpiry", batchExpiry).toString());
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String caseNumber = opened.json().get("caseNumber").asText();
    Http qa = working.as("qa");
    complete(qa, TaskApi.awaitTask(qa, caseNumber, TASK_INVESTIGATE_ROOT_CAUSE), Forms.investigation());
    complete(qa, TaskApi.awaitTask(qa, caseNumber, TASK_EVALUATE_PATIENT_RISK), Forms.riskEvaluation());
    return caseNumber;
  }

  private static void complete(Http qa, String taskId, Map<String, Object> form) {
    Http.Response completed = TaskApi.complete(qa, taskId, form);
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);
  }

  private static void assertEachTimerFiredOnce(ApplicationProcess node, JdbcClient database) {
    JsonNode expiries = node.as("admin").get("/engine-rest/history/activity-instance?activityId=Event_BatchExpired")
        .json();
    Set<String> instances = new HashSet<>();
    expiries.forEach(expiry -> instances.add(expiry.get("processInstanceId").asText()));
    assertThat(expiries).hasSize(CASES);
    assertThat(instances).hasSize(CASES);
    assertThat(database.sql("""
            SELECT COUNT(*) FROM case_record WHERE record_type = 'BATCH_EXPIRED'
             GROUP BY case_number HAVING COUNT(*) = 1
            """).query(Long.class).list()).as("cases with one batch expiry record").hasSize(CASES);
    assertThat(database.sql("""
            SELECT COUNT(*) FROM act_hi_job_log
             WHERE act_id_ = 'Event_BatchExpired' AND job_def_type_ = 'timer-transition' AND job_state_ = 2
            """).query(Long.class).single()).as("expiry timers run to completion").isEqualTo(CASES);
  }

  /**
   * Per case, kind and recipient one notification; each delivered once, on its first attempt, and received
   * once by the mail server under its own Message-ID.
   */
  private static void assertEachNotificationSentOnce(JdbcClient database) {
    List<Map<String, Object>> notifications = database.sql("""
            SELECT n.aggregate_id, n.kind, n.recipient,
                   (SELECT COUNT(*) FROM notification_attempt a WHERE a.notification_id = n.id) AS attempts,
                   (SELECT MAX(a.smtp_message_id) FROM notification_attempt a
                     WHERE a.notification_id = n.id AND a.delivered) AS message_id
              FROM notification n
            """).query().listOfRows();
    Map<String, Set<String>> perCase = new HashMap<>();
    Set<String> messageIds = new HashSet<>();
    for (Map<String, Object> notification : notifications) {
      assertThat(perCase.computeIfAbsent((String) notification.get("aggregate_id"), key -> new HashSet<>())
          .add(notification.get("kind") + " to " + notification.get("recipient"))).as(notification.toString()).isTrue();
      assertThat(((Number) notification.get("attempts")).intValue()).as(notification.toString()).isEqualTo(1);
      messageIds.add((String) notification.get("message_id"));
    }
    assertThat(perCase).hasSize(CASES);
    assertThat(perCase.values()).allSatisfy(ofCase -> assertThat(ofCase).containsExactlyInAnyOrder(
        "PHYSICIAN_OOS_INFORMATION to physician@demo.oos-atmp.test",
        "RISK_EVALUATION to physician@demo.oos-atmp.test",
        "NO_SUPPLY_NOTICE to physician@demo.oos-atmp.test"));
    Map<String, Long> received = receivedPerMessageId(mail);
    assertThat(received.keySet()).isEqualTo(messageIds);
    Map<String, Long> receivedTwice = new HashMap<>(received);
    receivedTwice.values().removeIf(count -> count == 1);
    assertThat(receivedTwice).as(() -> "Received more than once: " + deliveryHistory(database, receivedTwice.keySet()))
        .isEmpty();
  }

  /** The recorded attempts of these messages, and every failure of a delivery job on either node. */
  private static String deliveryHistory(JdbcClient database, Set<String> messageIds) {
    StringBuilder history = new StringBuilder();
    for (String messageId : messageIds) {
      long notification = Long.parseLong(messageId.substring("<oos-notification-".length(), messageId.indexOf('@')));
      history.append("\n").append(messageId).append(": ").append(database.sql(
              "SELECT attempted_at, delivered, error FROM notification_attempt WHERE notification_id = :id ORDER BY id")
          .param("id", notification).query().listOfRows());
    }
    return history.append("\nFailed delivery jobs: ").append(database.sql("""
        SELECT timestamp_, hostname_, job_exception_msg_ FROM act_hi_job_log
         WHERE job_def_type_ = :type AND job_state_ = 1 ORDER BY timestamp_
        """).param("type", Notifications.DELIVERY_JOB_TYPE).query().listOfRows()).toString();
  }

  /** Both nodes ran jobs; what each ran is printed for the report. */
  private static void assertBothNodesRanJobs(JdbcClient database) {
    List<Map<String, Object>> work = database.sql("""
            SELECT hostname_ AS node, job_def_type_ AS type, job_state_ AS state, COUNT(*) AS jobs
              FROM act_hi_job_log WHERE job_state_ IN (1, 2)
             GROUP BY hostname_, job_def_type_, job_state_ ORDER BY 1, 2, 3
            """).query().listOfRows();
    System.out.println("Job log per node, type and state (1 failed, 2 successful): " + work);
    assertThat(work).filteredOn(row -> ((Number) row.get("state")).intValue() == 2)
        .extracting(row -> row.get("node")).contains("node-a", "node-b");
  }

  private static JdbcClient database(Installation installation) {
    TestDatabase.Location location = installation.database().orElseThrow();
    return JdbcClient.create(new DriverManagerDataSource(location.url(), location.user(), location.password()));
  }
}
