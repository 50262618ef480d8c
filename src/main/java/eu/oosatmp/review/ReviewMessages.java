package eu.oosatmp.review;

import eu.oosatmp.notification.Message;
import java.util.List;

/** E-mails of the periodic review. */
final class ReviewMessages {

  private ReviewMessages() {}

  static String subject(Reviews.Review review, String what) {
    return "[Periodic review " + review.id() + "] " + what + ": " + review.productCode() + ", "
        + review.periodStart() + " to " + review.periodEnd();
  }

  static Message submission(Reviews.Review review, String recipient, Reviews.Report report, String figures,
      String trends) {
    return new Message(recipient, subject(review, "Quality Defect report: periodic review of OOS batches"),
        String.join("\n",
            "Periodic review of out-of-specification batches supplied under the EMA/CAT Q&A on OOS batches of "
                + "authorised cell/tissue-based ATMPs (question 3), for " + review.productCode() + ", "
                + review.periodStart() + " to " + review.periodEnd() + ".",
            "",
            figures,
            "",
            "Trend assessment:",
            trends,
            "",
            "The full report is attached (SHA-256 " + report.sha256() + ")."),
        List.of(new Message.Attachment("periodic-review-" + review.id() + ".pdf", "application/pdf", report.pdf())));
  }

  static Message answer(Reviews.Review review, String recipient, String request, String answer) {
    return new Message(recipient, subject(review, "Answer to your request for more information"),
        String.join("\n", "Your request:", request, "", "Our answer:", answer));
  }

  static Message approvalReminder(Reviews.Review review, String recipient) {
    return new Message(recipient, subject(review, "Approval of the periodic review report is due"),
        "The periodic review report awaits approval in the task list.");
  }
}
