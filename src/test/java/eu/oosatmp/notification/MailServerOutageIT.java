package eu.oosatmp.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import eu.oosatmp.casefile.CaseCancellation;
import eu.oosatmp.casefile.CaseOpening;
import eu.oosatmp.casefile.OosBatchHandlingProcess;
import eu.oosatmp.support.CaseDriver;
import eu.oosatmp.support.Http;
import eu.oosatmp.support.TestDatabase;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The mail server goes down and comes back. Cases go on meanwhile, each failed attempt is recorded, the
 * exhausted delivery is an incident in Cockpit and a task for QA, and after the operator's retry the message
 * arrives exactly once. Jobs run when the test says so: no waiting for the backoff to pass.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=false", "camunda.bpm.process-engine-name=" + MailServerOutageIT.ENGINE})
@ContextConfiguration(initializers = {TestDatabase.class, MailServerOutageIT.OwnMailServer.class})
@ActiveProfiles("dev")
@AutoConfigureObservability(tracing = false)
class MailServerOutageIT {

  private static final int ATTEMPTS = 6;
  /**
   * Camunda keeps engines in a static registry by name, and its REST API serves the one named "default". This
   * context's engine has a name of its own, so the other test contexts of this JVM keep theirs.
   */
  static final String ENGINE = "outage";
  private static final String ENGINE_REST = "/engine-rest/engine/" + ENGINE;

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  CaseOpening opening;
  @Autowired
  CaseCancellation cancellation;
  CaseDriver driver;

  @BeforeEach
  void mailServerDown() {
    driver = new CaseDriver(engine, opening);
    driver.holdDeliveries();
    OwnMailServer.stop();
  }

  @AfterEach
  void mailServerBack() {
    OwnMailServer.start();
  }

  @Test
  void failedDeliveryBecomesAnIncidentAndATaskAndIsDeliveredOnceAfterTheRetry() {
    String caseNumber = driver.open(CaseDriver.request("KYMRIAH", "NL-LEIDEN-REL", "CZ-PRAGUE-HOSP", "Viability"));
    Http qa = new Http(port).as("qa");

    assertThat(driver.instance(caseNumber)).as("the case goes on while the message waits").isNotNull();
    assertThat(driver.tasks(caseNumber, OosBatchHandlingProcess.TASK_INVESTIGATE_ROOT_CAUSE)).hasSize(1);
    JsonNode queued = physicianMessage(qa, caseNumber);
    assertThat(queued.get("status").asText()).isEqualTo("PENDING");
    assertThat(queued.get("attempts").asInt()).isZero();

    Job delivery = deliveryJob(caseNumber);
    Instant beforeFirstAttempt = Instant.now();
    assertThatThrownBy(() -> engine.getManagementService().executeJob(delivery.getId()));
    JsonNode retrying = physicianMessage(qa, caseNumber);
    assertThat(retrying.get("status").asText()).isEqualTo("RETRYING");
    assertThat(retrying.get("attempts").asInt()).isEqualTo(1);
    assertThat(retrying.get("lastError").asText()).containsIgnoringCase("connect").doesNotContain("Exception");
    Job waiting = deliveryJob(caseNumber);
    assertThat(waiting.getRetries()).isEqualTo(ATTEMPTS - 1);
    assertThat(waiting.getDuedate().toInstant()).as("backoff before the next attempt")
        .isAfter(beforeFirstAttempt.plus(Duration.ofSeconds(50)));

    for (int attempt = 2; attempt <= ATTEMPTS; attempt++) {
      assertThatThrownBy(() -> engine.getManagementService().executeJob(delivery.getId()));
    }
    JsonNode failed = physicianMessage(qa, caseNumber);
    assertThat(failed.get("status").asText()).isEqualTo("FAILED");
    assertThat(failed.get("attempts").asInt()).isEqualTo(ATTEMPTS);
    Incident incident = engine.getRuntimeService().createIncidentQuery().configuration(delivery.getId()).singleResult();
    assertThat(incident.getProcessInstanceId()).as("shown on the case in Cockpit")
        .isEqualTo(driver.instance(caseNumber).getId());
    JsonNode alert = single(qa.get(ENGINE_REST + "/task?candidateGroup=quality-assurance&nameLike="
        + "Notification%20not%20delivered%25").json(), caseNumber);
    assertThat(alert.get("description").asText()).contains("physician@demo.oos-atmp.test").contains("Cockpit");
    assertThat(new Http(port).as("admin").get("/actuator/prometheus").body())
        .contains("oos_notifications{status=\"failed\"} 1.0");

    OwnMailServer.start();
    Http admin = new Http(port).as("admin");
    assertThat(admin.putJson(ENGINE_REST + "/job/" + delivery.getId() + "/retries", "{\"retries\": 1}").status())
        .as("Cockpit's retry").isEqualTo(204);
    engine.getManagementService().executeJob(delivery.getId());

    List<MimeMessage> received = OwnMailServer.received(caseNumber);
    assertThat(received).hasSize(1);
    JsonNode sent = physicianMessage(qa, caseNumber);
    assertThat(sent.get("status").asText()).isEqualTo("SENT");
    assertThat(sent.get("attempts").asInt()).isEqualTo(ATTEMPTS + 1);
    assertThat(messageId(received.get(0))).isEqualTo(sent.get("smtpMessageId").asText());
    assertThat(engine.getRuntimeService().createIncidentQuery().configuration(delivery.getId()).count()).isZero();
    assertThat(deliveryJobOrNull(caseNumber)).as("nothing left to send twice").isNull();
    assertThat(qa.postJson(ENGINE_REST + "/task/" + alert.get("id").asText() + "/complete", "{}").status())
        .as("QA closes the alert").isEqualTo(204);
  }

  @Test
  void messageQueuedForACaseThatEndsIsStillDelivered() {
    String caseNumber = driver.open(CaseDriver.request("KYMRIAH", "NL-LEIDEN-REL", "CZ-PRAGUE-HOSP", "Viability"));
    cancellation.cancel(caseNumber, "Opened for the wrong batch", "qa");

    assertThat(driver.instance(caseNumber)).isNull();
    OwnMailServer.start();
    driver.releaseDeliveries();

    assertThat(OwnMailServer.received(caseNumber)).hasSize(1);
    assertThat(physicianMessage(new Http(port).as("qa"), caseNumber).get("status").asText()).isEqualTo("SENT");
  }

  private static JsonNode physicianMessage(Http qa, String caseNumber) {
    Http.Response response = qa.get("/api/oos-cases/" + caseNumber + "/notifications");
    assertThat(response.status()).isEqualTo(200);
    return StreamSupport.stream(response.json().spliterator(), false)
        .filter(notification -> notification.get("kind").asText().equals("PHYSICIAN_OOS_INFORMATION"))
        .findFirst().orElseThrow();
  }

  private static JsonNode single(JsonNode tasks, String caseNumber) {
    List<JsonNode> matching = StreamSupport.stream(tasks.spliterator(), false)
        .filter(task -> task.get("name").asText().contains(caseNumber)).toList();
    assertThat(matching).hasSize(1);
    return matching.get(0);
  }

  private Job deliveryJob(String caseNumber) {
    Job job = deliveryJobOrNull(caseNumber);
    assertThat(job).isNotNull();
    return job;
  }

  private Job deliveryJobOrNull(String caseNumber) {
    List<Job> jobs = CaseDriver.deliveryJobs(engine.getManagementService().createJobQuery()
        .processInstanceId(driver.instance(caseNumber).getId()).list());
    return jobs.isEmpty() ? null : jobs.get(0);
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An SMTP server of this test's own, on a port that stays the same while it is stopped and restarted. */
  static class OwnMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final int PORT = freePort();
    private static GreenMail greenMail;

    static synchronized void start() {
      if (greenMail == null) {
        greenMail = new GreenMail(new ServerSetup(PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
      }
    }

    static synchronized void stop() {
      if (greenMail != null) {
        greenMail.stop();
        greenMail = null;
      }
    }

    static synchronized List<MimeMessage> received(String caseNumber) {
      return Arrays.stream(greenMail.getReceivedMessages())
          .filter(message -> subject(message).contains("[" + caseNumber + "]"))
          .toList();
    }

    private static String subject(MimeMessage message) {
      try {
        return message.getSubject();
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }

    private static int freePort() {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("outageMailServer", Map.of(
          "MAIL_HOST", "localhost",
          "spring.mail.host", "localhost",
          "spring.mail.port", PORT,
          "oos.notifications.test-install", "true")));
    }
  }
}
