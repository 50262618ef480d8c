package eu.oosatmp.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import eu.oosatmp.support.ApplicationProcess;
import eu.oosatmp.support.Http;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** What the tests of nodes in JVMs of their own read about deliveries: from a node's APIs and from the mail server. */
final class DeliveryChecks {

  private DeliveryChecks() {}

  /** The case's notifications with their delivery records, as QA reads them. */
  static JsonNode deliveries(ApplicationProcess node, String caseNumber) {
    Http.Response response = node.as("qa").get("/api/oos-cases/" + caseNumber + "/notifications");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  /** How often the mail server received each Message-ID. */
  static Map<String, Long> receivedPerMessageId(GreenMailExtension mail) {
    return Arrays.stream(mail.getReceivedMessages())
        .collect(Collectors.groupingBy(DeliveryChecks::messageId, Collectors.counting()));
  }

  /** The incidents and the jobs whose last run failed: an operator would have to act on each. */
  static void assertNothingFailed(ApplicationProcess node) {
    Http admin = node.as("admin");
    assertThat(admin.get("/engine-rest/incident").json()).as("incidents").isEmpty();
    assertThat(admin.get("/engine-rest/job?withException=true").json()).as("jobs that failed").isEmpty();
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
