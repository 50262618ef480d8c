package eu.oosatmp.review;

import static eu.oosatmp.review.OosPeriodicReviewProcess.FIGURES_SUMMARY;
import static eu.oosatmp.review.OosPeriodicReviewProcess.TREND_SUMMARY;

import eu.oosatmp.notification.Aggregate;
import eu.oosatmp.notification.NotificationKind;
import eu.oosatmp.notification.Notifications;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the approved report to EMA's quality defect address, once, and records the submission. */
@Component("submitReviewToEma")
public class SubmitReviewToEmaDelegate implements JavaDelegate {

  private final Reviews reviews;
  private final Notifications notifications;
  private final ReviewSettings settings;
  private final ReviewMessages messages;

  public SubmitReviewToEmaDelegate(Reviews reviews, Notifications notifications, ReviewSettings settings,
      ReviewMessages messages) {
    this.reviews = reviews;
    this.notifications = notifications;
    this.settings = settings;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long reviewId = Reviews.idOf(execution);
    if (reviews.latest(reviewId, ReviewRecordType.SUBMISSION).isPresent()) {
      return;
    }
    Reviews.Review review = reviews.find(reviewId).orElseThrow();
    Reviews.Report report = reviews.latestReport(reviewId).orElseThrow();
    String recipient = settings.emaQualityDefectAddress();
    reviews.record(reviewId, ReviewRecordType.SUBMISSION, "system",
        Map.of("recipient", recipient, "reportId", report.id(), "sha256", report.sha256()));
    notifications.queue(Aggregate.review(reviewId), NotificationKind.REVIEW_SUBMISSION, messages.submission(review, recipient, report,
        (String) execution.getVariable(FIGURES_SUMMARY), (String) execution.getVariable(TREND_SUMMARY)));
  }
}
