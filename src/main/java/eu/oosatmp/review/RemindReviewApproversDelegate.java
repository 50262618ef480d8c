package eu.oosatmp.review;


import eu.oosatmp.notification.Aggregate;
import eu.oosatmp.notification.NotificationKind;
import eu.oosatmp.notification.Notifications;
import eu.oosatmp.notification.Recipients;
import eu.oosatmp.security.UserGroup;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The approval is due: regulatory affairs are reminded. */
@Component("remindReviewApprovers")
public class RemindReviewApproversDelegate implements JavaDelegate {

  private final Reviews reviews;
  private final Notifications notifications;
  private final Recipients recipients;
  private final ReviewMessages messages;

  public RemindReviewApproversDelegate(Reviews reviews, Notifications notifications, Recipients recipients,
      ReviewMessages messages) {
    this.reviews = reviews;
    this.notifications = notifications;
    this.recipients = recipients;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Reviews.Review review = reviews.find(Reviews.idOf(execution)).orElseThrow();
    recipients.ofGroup(UserGroup.REGULATORY_AFFAIRS).forEach(recipient -> notifications.queue(
        Aggregate.review(review.id()), NotificationKind.REVIEW_APPROVAL_REMINDER, execution.getId(),
        messages.approvalReminder(review, recipient)));
  }
}
