package eu.oosatmp.review;

import static eu.oosatmp.notification.NotificationKind.REVIEW_ANSWER;
import static eu.oosatmp.notification.NotificationKind.REVIEW_APPROVAL_REMINDER;
import static eu.oosatmp.notification.NotificationKind.REVIEW_SUBMISSION;

import eu.oosatmp.notification.MailTemplates;
import eu.oosatmp.notification.Message;
import eu.oosatmp.notification.NotificationKind;
import eu.oosatmp.product.Party;
import eu.oosatmp.product.PartyContact;
import eu.oosatmp.product.Product;
import eu.oosatmp.product.ProductRepository;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * E-mails of the periodic review. What EMA receives comes from the marketing authorisation holder, which
 * submits the review as a Quality Defect report (Q&A 3); approvers' reminders come from the installation.
 */
@Component
class ReviewMessages {

  private final MailTemplates templates;
  private final ProductRepository products;

  ReviewMessages(MailTemplates templates, ProductRepository products) {
    this.templates = templates;
    this.products = products;
  }

  Message submission(Reviews.Review review, String recipient, Reviews.Report report, String figures,
      String trends) {
    Product product = product(review);
    return templates.message(REVIEW_SUBMISSION, recipient, mah(product), subject(review, REVIEW_SUBMISSION),
        Locale.ENGLISH, Map.of("review", review, "product", product, "report", report, "figures", figures,
            "trends", trends),
        List.of(new Message.Attachment("periodic-review-" + review.id() + ".pdf", "application/pdf", report.pdf())));
  }

  Message answer(Reviews.Review review, String recipient, String request, String answer) {
    Product product = product(review);
    return templates.message(REVIEW_ANSWER, recipient, mah(product), subject(review, REVIEW_ANSWER), Locale.ENGLISH,
        Map.of("review", review, "product", product, "request", request, "answer", answer));
  }

  Message approvalReminder(Reviews.Review review, String recipient) {
    return templates.message(REVIEW_APPROVAL_REMINDER, recipient, null, subject(review, REVIEW_APPROVAL_REMINDER),
        Locale.ENGLISH, Map.of("review", review, "product", product(review)));
  }

  /** "[Periodic review 12] Quality Defect report: ...: SPHEROX, 2025-01-01 to 2025-06-30". */
  private String subject(Reviews.Review review, NotificationKind kind) {
    return templates.text("subject.review", Long.toString(review.id()), templates.text("subject." + kind.name()),
        review.productCode(), review.periodStart().toString(), review.periodEnd().toString());
  }

  private Product product(Reviews.Review review) {
    return products.findByCode(review.productCode())
        .orElseThrow(() -> new IllegalStateException("No product " + review.productCode()));
  }

  /** A product without an MAH (a trial, an exemption) has no one to submit for it: the installation sends. */
  private static PartyContact mah(Product product) {
    PartyContact mah = product.party(Party.MAH);
    return mah.name() == null ? null : mah;
  }
}
