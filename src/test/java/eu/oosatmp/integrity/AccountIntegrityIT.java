package eu.oosatmp.integrity;

import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_INVESTIGATE_ROOT_CAUSE;
import static eu.oosatmp.integrity.Refusal.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.oosatmp.integrity.Cases.OpenCase;
import eu.oosatmp.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Users' own accounts and the records' readers: no self-service e-mail, no password probing, no notes. */
@IntegrationTest
@ActiveProfiles("dev")
class AccountIntegrityIT {

  @LocalServerPort
  int port;
  @Autowired
  JdbcClient jdbc;
  Cases cases;

  @BeforeEach
  void setUp() {
    cases = new Cases(port, jdbc);
  }

  @Test
  void physicianCannotRedirectTheirOwnNotifications() {
    JsonNode before = cases.as("admin").get("/engine-rest/user/physician/profile").json();
    String forged = "{\"id\": \"physician\", \"firstName\": \"" + before.path("firstName").asText()
        + "\", \"lastName\": \"" + before.path("lastName").asText() + "\", \"email\": \"physician@elsewhere.test\"}";

    Client.Response response = cases.as("physician").put("/engine-rest/user/physician/profile", forged);

    assertRefused(response, 403, null);
    JsonNode after = cases.as("admin").get("/engine-rest/user/physician/profile").json();
    assertThat(after.path("email").asText()).isEqualTo(before.path("email").asText()).isNotBlank();
    assertThat(after).isEqualTo(before);
  }

  @Test
  void nobodyProbesAnotherUsersPasswordOrLocksThemOut() {
    for (int attempt = 1; attempt <= 5; attempt++) {
      Client.Response response = cases.as("qa").post("/engine-rest/identity/verify",
          "{\"username\": \"qp\", \"password\": \"guess-" + attempt + "\"}");
      assertRefused(response, 403, null);
    }

    Client.Response qpLogsIn = cases.as("qp").get("/engine-rest/user?id=qp");
    assertThat(qpLogsIn.status()).as("qp still logs in: %s", qpLogsIn).isEqualTo(200);
    // Control: checking one's own password is still answered.
    Client.Response own = cases.as("qa").post("/engine-rest/identity/verify",
        "{\"username\": \"qa\", \"password\": \"qa\"}");
    assertThat(own.status()).as("%s", own).isEqualTo(200);
    assertThat(own.json().path("authenticated").asBoolean()).isTrue();
  }

  @Test
  void auditorsAndProcessOwnersAddNoCommentsOrAttachments() {
    OpenCase openCase = cases.open();
    String task = cases.task(openCase, TASK_INVESTIGATE_ROOT_CAUSE);

    for (String reader : List.of("auditor", "owner")) {
      Client as = cases.as(reader);
      // Process owners do not even see the task (400 "no task found"); auditors see it and are refused.
      int refused = reader.equals("owner") ? 400 : 403;
      assertRefused(as.post("/engine-rest/task/" + task + "/comment/create",
          "{\"message\": \"Looks acceptable to me.\"}"), refused, null);
      assertRefused(as.post("/engine-rest/task/" + task + "/comment/create", "{\"message\": \"Noted.\", "
          + "\"processInstanceId\": \"" + openCase.processInstanceId() + "\"}"), refused, null);
      assertRefused(as.postMultipart("/engine-rest/task/" + task + "/attachment/create", Map.of(
          "attachment-name", "audit-note.txt", "attachment-description", "Audit note",
          "attachment-type", "text/plain", "url", "https://example.test/audit-note.txt")), refused, null);
    }

    Client admin = cases.as("admin");
    assertThat(admin.get("/engine-rest/task/" + task + "/comment").json()).as("comments").isEmpty();
    assertThat(admin.get("/engine-rest/task/" + task + "/attachment").json()).as("attachments").isEmpty();
    assertThat(admin.get("/engine-rest/history/process-instance/" + openCase.processInstanceId()).status())
        .isEqualTo(200);
    // Control: the people working on the case do add comments.
    Client.Response qaComment = cases.as("qa").post("/engine-rest/task/" + task + "/comment/create",
        "{\"message\": \"Analyst interview scheduled.\"}");
    assertThat(qaComment.status()).as("%s", qaComment).isEqualTo(200);
    assertThat(admin.get("/engine-rest/task/" + task + "/comment").json()).hasSize(1);
  }
}
