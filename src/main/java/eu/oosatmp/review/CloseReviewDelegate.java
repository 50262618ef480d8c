package eu.oosatmp.review;


import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** No further request from EMA within the response window: the product's review is closed. */
@Component("closeReview")
public class CloseReviewDelegate implements JavaDelegate {

  private final Reviews reviews;

  public CloseReviewDelegate(Reviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long reviewId = Reviews.idOf(execution);
    if (reviews.latest(reviewId, ReviewRecordType.CLOSED).isEmpty()) {
      reviews.record(reviewId, ReviewRecordType.CLOSED, "system", Map.of("reason", "no further request from EMA"));
    }
  }
}
