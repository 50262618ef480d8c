package eu.oosatmp.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import eu.oosatmp.mailbox.DevMailServer.ReceivedMail;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** What the mailbox makes of messages as they arrive at the dev mail server. */
class MailboxContentTest {

  private static DevMailServer server;
  private static JavaMailSenderImpl sender;

  @BeforeAll
  static void start() {
    server = new DevMailServer(0);
    sender = new JavaMailSenderImpl();
    sender.setHost(DevMailServer.LOOPBACK);
    sender.setPort(server.port());
    // Any login is taken.
    sender.setUsername("someone");
    sender.setPassword("anything");
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void messagesAreNumberedInOrderOfArrivalOncePerMessage() throws Exception {
    int before = server.received().size();
    send("First", "a@x.test", "b@x.test");
    send("Second", "c@x.test");

    List<ReceivedMail> received = server.received();
    assertThat(received).hasSize(before + 2);
    assertThat(received.get(before).message().getSubject()).isEqualTo("First");
    assertThat(received.get(before + 1).message().getSubject()).isEqualTo("Second");
    assertThat(received.get(before + 1).number()).isEqualTo(before + 2);
    assertThat(server.received(before + 2)).get().extracting(ReceivedMail::number).isEqualTo(before + 2);
    assertThat(server.received(0)).isEmpty();
    assertThat(server.received(before + 3)).isEmpty();
  }

  @Test
  void summaryShowsNamesAndOnlyAReplyToThatWasSet() throws Exception {
    MimeMessage mail = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(mail, false, "UTF-8");
    helper.setFrom("oos@x.test", "OOS Benachrichtigung für Ärzte");
    helper.setReplyTo("qa@x.test", "Quality Assurance");
    helper.setTo(new String[] {"physician@x.test", "physician2@x.test"});
    helper.setSubject("<b>Bold</b> subject");
    helper.setText("Text");
    sender.send(mail);
    send("Without Reply-To", "a@x.test");

    List<ReceivedMail> received = server.received();
    MailSummary withReplyTo = MailSummary.of(received.get(received.size() - 2));
    assertThat(withReplyTo.from()).isEqualTo("OOS Benachrichtigung für Ärzte <oos@x.test>");
    assertThat(withReplyTo.replyTo()).isEqualTo("Quality Assurance <qa@x.test>");
    assertThat(withReplyTo.to()).isEqualTo("physician@x.test, physician2@x.test");
    assertThat(withReplyTo.subject()).isEqualTo("<b>Bold</b> subject");
    assertThat(MailSummary.of(received.get(received.size() - 1)).replyTo()).isEmpty();
  }

  @Test
  void receivedTimeIsShownInUtcToTheMinute() {
    MailSummary summary = new MailSummary(1, Instant.parse("2026-11-24T14:05:59Z"), "", "", "", "");
    assertThat(summary.received()).isEqualTo("2026-11-24 14:05 UTC");
  }

  @Test
  void contentIsTheTextAndEveryAttachmentWithItsTypeAndName() throws Exception {
    byte[] pdf = "%PDF-1.7 report".getBytes(StandardCharsets.US_ASCII);
    MimeMessage mail = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(mail, true, "UTF-8");
    helper.setFrom("oos@x.test");
    helper.setTo("ema@x.test");
    helper.setSubject("Report");
    helper.setText("Dear colleagues,\n\nthe report is attached: <script>alert(1)</script>");
    helper.addAttachment("Bericht Übersicht.pdf", new ByteArrayResource(pdf), "application/pdf");
    helper.addAttachment("figures.csv", new ByteArrayResource("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)),
        "text/csv; charset=UTF-8");
    sender.send(mail);

    List<ReceivedMail> received = server.received();
    MailContent content = MailContent.of(received.get(received.size() - 1).message());
    assertThat(content.text()).isEqualTo("Dear colleagues,\n\nthe report is attached: <script>alert(1)</script>");
    assertThat(content.attachments()).hasSize(2);
    assertThat(content.attachment(1)).get().satisfies(attachment -> {
      assertThat(attachment.fileName()).isEqualTo("Bericht Übersicht.pdf");
      assertThat(attachment.contentType()).isEqualTo("application/pdf");
      assertThat(attachment.content()).isEqualTo(pdf);
    });
    assertThat(content.attachment(2)).get().satisfies(attachment -> {
      assertThat(attachment.fileName()).isEqualTo("figures.csv");
      assertThat(attachment.contentType()).isEqualTo("text/csv; charset=UTF-8");
    });
    assertThat(content.attachment(3)).isEmpty();
  }

  private static void send(String subject, String... to) throws Exception {
    MimeMessage mail = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(mail, false, "UTF-8");
    helper.setFrom("oos@x.test");
    helper.setTo(to);
    helper.setSubject(subject);
    helper.setText("Text of " + subject);
    sender.send(mail);
  }
}
