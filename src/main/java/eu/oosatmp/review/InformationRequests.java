package eu.oosatmp.review;

import eu.oosatmp.integrity.RuleViolation;
import eu.oosatmp.security.AsSystem;
import eu.oosatmp.web.NotFound;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers EMA's request for more information to the product review waiting for it. The review is
 * locked first, so of requests arriving together exactly one is delivered and recorded; the others find
 * the review no longer waiting and change nothing.
 */
@Service
public class InformationRequests {

  private final Reviews reviews;
  private final RuntimeService runtimeService;
  private final AsSystem asSystem;

  public InformationRequests(Reviews reviews, RuntimeService runtimeService, AsSystem asSystem) {
    this.reviews = reviews;
    this.runtimeService = runtimeService;
    this.asSystem = asSystem;
  }

  @Transactional
  public void deliver(long reviewId, String request) {
    Reviews.Review review = lock(reviewId);
    String executionId = asSystem.call(() -> waitingExecution(review)).orElseThrow(() -> RuleViolation.conflict(
        "request", "Periodic review " + reviewId + " is not waiting for a request from EMA: it has not been "
            + "submitted yet, is closed, or a request is already being answered."));
    reviews.record(reviewId, ReviewRecordType.INFORMATION_REQUEST, "EMA", Map.of("request", request));
    asSystem.call(() -> {
      runtimeService.messageEventReceived(OosPeriodicReviewProcess.MESSAGE_INFORMATION_REQUEST, executionId,
          Map.of(OosPeriodicReviewProcess.INFORMATION_REQUEST, request));
      return null;
    });
  }

  private Reviews.Review lock(long reviewId) {
    try {
      return reviews.lock(reviewId).orElseThrow(NotFound.record("periodic review", String.valueOf(reviewId)));
    } catch (PessimisticLockingFailureException e) {
      throw RuleViolation.conflict("request", "Another request for periodic review " + reviewId
          + " is being recorded right now; send yours again in a moment.");
    }
  }

  /** The subscription sits on a child of the product review's scope, so the review id is read through it. */
  private Optional<String> waitingExecution(Reviews.Review review) {
    return runtimeService.createExecutionQuery().processInstanceId(review.processInstanceId())
        .messageEventSubscriptionName(OosPeriodicReviewProcess.MESSAGE_INFORMATION_REQUEST).list().stream()
        .map(Execution::getId)
        .filter(executionId -> {
          Object reviewId = runtimeService.getVariable(executionId, OosPeriodicReviewProcess.REVIEW_ID);
          return reviewId instanceof Number number && number.longValue() == review.id();
        })
        .findFirst();
  }
}
