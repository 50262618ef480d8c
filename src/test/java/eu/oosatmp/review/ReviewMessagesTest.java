package eu.oosatmp.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.oosatmp.casefile.MessageFixtures;
import eu.oosatmp.notification.MailTemplates;
import eu.oosatmp.notification.Message;
import eu.oosatmp.product.Party;
import eu.oosatmp.product.ProductRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Q&A 3: what EMA receives of a periodic review comes from the MAH; approvers are reminded by the installation. */
class ReviewMessagesTest {

  private static final Reviews.Review REVIEW = new Reviews.Review(12, "ABECMA", LocalDate.of(2026, 1, 1),
      LocalDate.of(2026, 6, 30), Instant.parse("2026-07-01T06:00:00Z"), "scheduler", "instance-1");
  private static final String EMA = "qualitydefects@ema.authorities.test";

  private final ProductRepository products = mock(ProductRepository.class);
  private final ReviewMessages messages = new ReviewMessages(new MailTemplates(), products);

  ReviewMessagesTest() {
    // The written agreement names the importer for authorities; the review is still the MAH's to submit.
    when(products.findByCode("ABECMA"))
        .thenReturn(Optional.of(MessageFixtures.product(Party.IMPORTER, Party.IMPORTER)));
  }

  @Test
  void submissionComesFromTheMahWithTheReportAttached() {
    Reviews.Report report = new Reviews.Report(3, new byte[] {'%', 'P', 'D', 'F'}, "csv", "abc123",
        Instant.parse("2026-07-01T06:05:00Z"));
    String trends = ReviewTexts.trendSummary(List.of(new ReviewFigures.TrendFinding("OOS_RATE_ABOVE_THRESHOLD",
        "OOS rate above 10 % of released batches")));

    Message message = messages.submission(REVIEW, EMA, report, "Released within specification: 20", trends);

    assertThat(message.subject()).isEqualTo("[Periodic review 12] Quality Defect report: periodic review of OOS "
        + "batches: ABECMA, 2026-01-01 to 2026-06-30");
    assertThat(message.sender()).isEqualTo(new Message.Sender(MessageFixtures.MAH, "oos@mah.test"));
    assertThat(message.body()).contains("Abecma (ABECMA, EU/1/21/1539)", "2026-01-01 to 2026-06-30",
        "Released within specification: 20", "- OOS rate above 10 % of released batches", "SHA-256 abc123")
        .doesNotContain("OOS_RATE_ABOVE_THRESHOLD")
        .endsWith("E-mail: oos@mah.test");
    assertThat(message.attachments()).singleElement()
        .satisfies(attachment -> assertThat(attachment.fileName()).isEqualTo("periodic-review-12.pdf"));
  }

  @Test
  void answerComesFromTheMahAndReminderFromTheInstallation() {
    Message answer = messages.answer(REVIEW, EMA, "Send the root-cause reports.", "Attached: the reports.");
    Message reminder = messages.approvalReminder(REVIEW, "regulatory@company.test");

    assertThat(answer.subject()).startsWith("[Periodic review 12] Answer to your request");
    assertThat(answer.sender()).isEqualTo(new Message.Sender(MessageFixtures.MAH, "oos@mah.test"));
    assertThat(answer.body()).contains("Your request:\nSend the root-cause reports.", "Our answer:\nAttached: the reports.");
    assertThat(reminder.subject()).startsWith("[Periodic review 12] Approval of the periodic review report is due");
    assertThat(reminder.sender()).isNull();
    assertThat(reminder.body()).contains("Abecma (ABECMA)", "awaits approval").doesNotContain("-- \n");
  }
}
