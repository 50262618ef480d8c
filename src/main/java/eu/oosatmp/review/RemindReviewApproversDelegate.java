package eu.oosatmp.review;


import eu.oosatmp.notification.MessageSender;
import eu.oosatmp.notification.Recipients;
import eu.oosatmp.security.UserGroup;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The approval is due: regulatory affairs are reminded. */
@Component("remindReviewApprovers")
public class RemindReviewApproversDelegate implements JavaDelegate {

  private final Reviews reviews;
  private final MessageSender sender;
  private final Recipients recipients;

  public RemindReviewApproversDelegate(Reviews reviews, MessageSender sender, Recipients recipients) {
    this.reviews = reviews;
    this.sender = sender;
    this.recipients = recipients;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Reviews.Review review = reviews.find(Reviews.idOf(execution)).orElseThrow();
    recipients.ofGroup(UserGroup.REGULATORY_AFFAIRS)
        .forEach(recipient -> sender.send(ReviewMessages.approvalReminder(review, recipient)));
  }
}
