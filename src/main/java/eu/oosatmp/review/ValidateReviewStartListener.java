package eu.oosatmp.review;

import static eu.oosatmp.review.OosPeriodicReviewProcess.PERIOD_END;
import static eu.oosatmp.review.OosPeriodicReviewProcess.PERIOD_START;
import static eu.oosatmp.review.OosPeriodicReviewProcess.PRODUCT_CODE;
import static eu.oosatmp.review.OosPeriodicReviewProcess.REQUESTED_BY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks a review a person starts before the start commits, so a bad request is refused to them rather
 * than failing later as an incident. The half-yearly timer starts without a user and without input.
 */
@Component("validateReviewStart")
public class ValidateReviewStartListener implements ExecutionListener {

  private final ReviewStartRules rules;

  public ValidateReviewStartListener(ReviewStartRules rules) {
    this.rules = rules;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Authentication caller = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      return;
    }
    ReviewStartRules.Scope scope = rules.check(execution.getVariable(PRODUCT_CODE),
        execution.getVariable(PERIOD_START), execution.getVariable(PERIOD_END));
    execution.setVariable(PRODUCT_CODE, scope.productCode());
    execution.setVariable(PERIOD_START, scope.period().start().toString());
    execution.setVariable(PERIOD_END, scope.period().end().toString());
    // Who started it is who is signed in, whatever a caller sent as requestedBy.
    execution.setVariable(REQUESTED_BY, caller.getUserId());
  }
}
