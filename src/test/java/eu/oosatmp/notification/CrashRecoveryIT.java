package eu.oosatmp.notification;

import static eu.oosatmp.notification.DeliveryChecks.assertNothingFailed;
import static eu.oosatmp.notification.DeliveryChecks.deliveries;
import static eu.oosatmp.notification.DeliveryChecks.receivedPerMessageId;
import static eu.oosatmp.support.TaskApi.allSent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import eu.oosatmp.support.ApplicationProcess;
import eu.oosatmp.support.ApplicationProcess.Installation;
import eu.oosatmp.support.ApplicationProcesses;
import eu.oosatmp.support.CaseJson;
import eu.oosatmp.support.Http;
import eu.oosatmp.support.Poll;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A node crashes (SIGKILL: nothing of the application runs after it) between committing a step and
 * delivering the step's notification, and in the middle of a burst of deliveries. Started again on the same
 * database, the application delivers every queued notification, never twice unrecognisably, and leaves
 * nothing failed. Each node is the application's main class in a JVM of its own, on this Failsafe run's
 * database: the embedded H2 file default or PostgreSQL.
 */
class CrashRecoveryIT {

  private static final int BURST = 20;
  private static final Duration DELIVERY = Duration.ofSeconds(90);
  private static final Duration POLL = Duration.ofMillis(500);

  /** A mail server per test, registered first so that it stops only after the nodes are killed. */
  @RegisterExtension
  @Order(1)
  static final GreenMailExtension mail = new GreenMailExtension(ServerSetup.SMTP.dynamicPort());

  @RegisterExtension
  @Order(2)
  static final ApplicationProcesses nodes = new ApplicationProcesses();

  @Test
  void aNotificationCommittedJustBeforeTheCrashIsDeliveredOnceAfterTheRestart() {
    Installation installation = nodes.newInstallation();
    // The crash comes right after the step's commit, before any job ran: this node runs jobs only when told
    // to, and has no mail server should anything try to send.
    ApplicationProcess crashing = nodes.start(ApplicationProcess.node("crashing", installation)
        .mailServer(ApplicationProcess.unusedPort())
        .property("camunda.bpm.job-execution.enabled", "false")).awaitReady();
    String caseNumber = open(crashing.as("qa"));
    runStepsUntilANotificationIsQueued(crashing, caseNumber);
    JsonNode queued = deliveries(crashing, caseNumber);
    assertThat(queued).hasSize(1);
    assertThat(queued.get(0).get("kind").asText()).isEqualTo(NotificationKind.PHYSICIAN_OOS_INFORMATION.name());
    assertThat(queued.get(0).get("status").asText()).isEqualTo(Delivery.Status.PENDING.name());

    crashing.kill();
    ApplicationProcess restarted = nodes.start(ApplicationProcess.node("restarted", installation)
        .mailServer(mail.getSmtp().getPort())).awaitReady();

    JsonNode delivered = Poll.until("Delivery of the notification of " + caseNumber, DELIVERY, POLL, () -> {
      JsonNode deliveries = deliveries(restarted, caseNumber);
      return allSent(deliveries) ? deliveries : null;
    });
    assertThat(delivered).as("notifications of %s after the restart", caseNumber).hasSize(1);
    JsonNode delivery = delivered.get(0);
    long id = queued.get(0).get("id").asLong();
    assertThat(delivery.get("id").asLong()).isEqualTo(id);
    assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
    String messageId = delivery.get("smtpMessageId").asText();
    assertThat(messageId).startsWith("<oos-notification-" + id + "@");
    assertThat(receivedPerMessageId(mail)).containsExactly(entry(messageId, 1L));
    assertNothingFailed(restarted);
  }

  @Test
  void aNodeKilledInABurstOfDeliveriesLeavesNoneUndeliveredAndNoneSentTwiceUnrecognisably() throws Exception {
    Installation installation = nodes.newInstallation();
    // What the killed node had locked, another node takes over when the lock expires: soon, for the test.
    ApplicationProcess killed = nodes.start(ApplicationProcess.node("killed", installation)
        .mailServer(mail.getSmtp().getPort())
        .property("camunda.bpm.job-execution.lock-time-in-millis", "10000")).awaitReady();
    int killAfter = 1 + ThreadLocalRandom.current().nextInt(BURST / 2);
    ExecutorService client = Executors.newSingleThreadExecutor();
    Future<List<String>> confirmed = client.submit(() -> openUntilRefused(killed.as("qa")));
    assertThat(mail.waitForIncomingEmail(DELIVERY.toMillis(), killAfter)).as("messages before the kill").isTrue();
    killed.kill();
    int receivedBeforeKill = mail.getReceivedMessages().length;
    List<String> confirmedCases = confirmed.get(30, TimeUnit.SECONDS);
    client.shutdown();

    ApplicationProcess restarted = nodes.start(ApplicationProcess.node("restarted", installation)
        .mailServer(mail.getSmtp().getPort())).awaitReady();
    List<String> cases = new ArrayList<>();
    restarted.as("qa").get("/api/oos-cases").json().forEach(view -> cases.add(view.get("caseNumber").asText()));
    assertThat(cases).as("cases the API confirmed before the kill").containsAll(confirmedCases);
    Map<String, JsonNode> deliveries = Poll.until("Delivery of every case's notification", DELIVERY, POLL,
        () -> sentPerCase(restarted, cases));

    Map<String, Long> received = receivedPerMessageId(mail);
    Map<String, JsonNode> byMessageId = new LinkedHashMap<>();
    deliveries.values().forEach(ofCase -> ofCase.forEach(delivery -> {
      assertThat(delivery.get("attempts").asInt()).as(delivery.toString()).isEqualTo(1);
      byMessageId.put(delivery.get("smtpMessageId").asText(), delivery);
    }));
    long sentTwice = received.values().stream().filter(count -> count > 1).count();
    System.out.printf("Killed after %d messages (waited for %d): %d cases confirmed, %d opened, %d notifications, "
        + "%d received twice%n", receivedBeforeKill, killAfter, confirmedCases.size(), cases.size(),
        byMessageId.size(), sentTwice);
    assertThat(received.keySet()).as("Message-IDs received").isEqualTo(byMessageId.keySet());
    // Sent twice only if the node died after the mail server took the message and before the attempt was
    // recorded. The second carries the same Message-ID, so the receiving side recognises and drops it.
    assertThat(received.values()).allMatch(count -> count <= 2);
    assertNothingFailed(restarted);
  }

  private static String open(Http qa) {
    Http.Response opened = qa.postJson("/api/oos-cases",
        CaseJson.openRequest("KYMRIAH", "NL-LEIDEN-REL", "CZ-PRAGUE-HOSP").toString());
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    return opened.json().get("caseNumber").asText();
  }

  /** Opens cases one after the other until the node stops answering; the case numbers it confirmed. */
  private static List<String> openUntilRefused(Http qa) {
    List<String> confirmed = new ArrayList<>();
    try {
      while (confirmed.size() < BURST) {
        confirmed.add(open(qa));
      }
    } catch (IllegalStateException killed) {
      // The node is gone: what it confirmed until then must survive.
    }
    return confirmed;
  }

  /** Runs the case's jobs one at a time, as an operator can in Cockpit, until its first notification is queued. */
  private static void runStepsUntilANotificationIsQueued(ApplicationProcess node, String caseNumber) {
    Http admin = node.as("admin");
    String instance = admin.get("/engine-rest/process-instance?businessKey=" + caseNumber).json().get(0).get("id")
        .asText();
    for (int step = 0; step < 5 && deliveries(node, caseNumber).isEmpty(); step++) {
      String job = admin.get("/engine-rest/job?processInstanceId=" + instance).json().get(0).get("id").asText();
      Http.Response executed = admin.postJson("/engine-rest/job/" + job + "/execute", "{}");
      assertThat(executed.status()).as(executed.body()).isEqualTo(204);
    }
  }

  /** Each case's deliveries once every case has its notification and all are sent; null until then. */
  private static Map<String, JsonNode> sentPerCase(ApplicationProcess node, List<String> cases) {
    Map<String, JsonNode> sent = new LinkedHashMap<>();
    for (String caseNumber : cases) {
      JsonNode deliveries = deliveries(node, caseNumber);
      if (deliveries.isEmpty() || !allSent(deliveries)) {
        return null;
      }
      sent.put(caseNumber, deliveries);
    }
    return sent;
  }
}
