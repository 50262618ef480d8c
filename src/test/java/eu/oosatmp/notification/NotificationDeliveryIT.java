package eu.oosatmp.notification;

import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_EVALUATE_PATIENT_RISK;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_INVESTIGATE_ROOT_CAUSE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.oosatmp.mailbox.MailContent;
import eu.oosatmp.support.CaseDriver.Forms;
import eu.oosatmp.support.CaseJson;
import eu.oosatmp.support.Http;
import eu.oosatmp.support.IntegrationTest;
import eu.oosatmp.support.TaskApi;
import eu.oosatmp.support.TestMailServer;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The physician's messages leave the outbox through a real SMTP server as the written agreement's party,
 * with the risk evaluation attached as a PDF, and each delivery is recorded with the Message-ID it carried.
 */
@IntegrationTest
@ActiveProfiles("dev")
class NotificationDeliveryIT {

  private static final String PHYSICIAN = "physician@demo.oos-atmp.test";

  @LocalServerPort
  int port;

  @Test
  void physicianReceivesTheRiskEvaluationFromTheMahWithThePdfAndEachDeliveryIsRecorded() throws Exception {
    Http qa = new Http(port).as("qa");
    String caseNumber = qa.postJson("/api/oos-cases",
        CaseJson.openRequest("KYMRIAH", "NL-LEIDEN-REL", "CZ-PRAGUE-HOSP").toString()).json().get("caseNumber").asText();
    TaskApi.complete(qa, TaskApi.awaitTask(qa, caseNumber, TASK_INVESTIGATE_ROOT_CAUSE), Forms.investigation());
    TaskApi.complete(qa, TaskApi.awaitTask(qa, caseNumber, TASK_EVALUATE_PATIENT_RISK), Forms.riskEvaluation());
    TaskApi.awaitTask(new Http(port).as("physician"), caseNumber, "Task_DecideOnSupply");

    JsonNode deliveries = TaskApi.awaitAllSent(qa, caseNumber);
    JsonNode riskEvaluation = StreamSupport.stream(deliveries.spliterator(), false)
        .filter(delivery -> delivery.get("kind").asText().equals("RISK_EVALUATION")).findFirst().orElseThrow();
    assertThat(riskEvaluation.get("recipient").asText()).isEqualTo(PHYSICIAN);
    assertThat(riskEvaluation.get("attempts").asInt()).isEqualTo(1);
    assertThat(riskEvaluation.get("sentAt").asText()).isNotBlank();
    assertThat(riskEvaluation.has("lastError")).isFalse();

    List<MimeMessage> received = TestMailServer.messagesAbout("[" + caseNumber + "] Risk evaluation");
    assertThat(received).as("delivered once").hasSize(1);
    MimeMessage mail = received.get(0);
    assertThat(mail.getMessageID()).isEqualTo(riskEvaluation.get("smtpMessageId").asText());
    assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Novartis Europharm Limited");
    assertThat(mail.getReplyTo()).extracting(Object::toString).containsExactly("atmp-oos@novartis-europharm.test");

    MailContent content = MailContent.of(mail);
    assertThat(content.text()).contains(caseNumber).contains("Novartis Europharm Limited")
        .doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b").doesNotContain("by qa ");
    MailContent.Attachment attachment = content.attachment(1).orElseThrow();
    assertThat(attachment.fileName()).isEqualTo("risk-evaluation-" + caseNumber + ".pdf");
    assertThat(attachment.contentType()).startsWith("application/pdf");
    try (PDDocument document = Loader.loadPDF(attachment.content())) {
      assertThat(new PDFTextStripper().getText(document)).contains(caseNumber).contains("Kymriah");
    }
  }
}
