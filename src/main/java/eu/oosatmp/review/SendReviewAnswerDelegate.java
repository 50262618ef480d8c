package eu.oosatmp.review;

import static eu.oosatmp.review.OosPeriodicReviewProcess.INFORMATION_ANSWER;
import static eu.oosatmp.review.OosPeriodicReviewProcess.INFORMATION_REQUEST;

import eu.oosatmp.notification.Aggregate;
import eu.oosatmp.notification.NotificationKind;
import eu.oosatmp.notification.Notifications;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends regulatory affairs' answer to EMA's request for more information and records it. */
@Component("sendReviewAnswer")
public class SendReviewAnswerDelegate implements JavaDelegate {

  private final Reviews reviews;
  private final Notifications notifications;
  private final ReviewSettings settings;
  private final ReviewMessages messages;

  public SendReviewAnswerDelegate(Reviews reviews, Notifications notifications, ReviewSettings settings,
      ReviewMessages messages) {
    this.reviews = reviews;
    this.notifications = notifications;
    this.settings = settings;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long reviewId = Reviews.idOf(execution);
    String request = (String) execution.getVariable(INFORMATION_REQUEST);
    String answer = (String) execution.getVariable(INFORMATION_ANSWER);
    String key = execution.getId();
    boolean sent = reviews.records(reviewId).stream().anyMatch(record -> record.type().equals(ReviewRecordType.ANSWER)
        && key.equals(record.details().get("execution")));
    if (sent) {
      return;
    }
    reviews.record(reviewId, ReviewRecordType.ANSWER, "system", Map.of("execution", key,
        "recipient", settings.emaQualityDefectAddress(), "answer", answer));
    notifications.queue(Aggregate.review(reviewId), NotificationKind.REVIEW_ANSWER, key, messages.answer(reviews.find(reviewId).orElseThrow(), settings.emaQualityDefectAddress(),
        request, answer));
  }
}
