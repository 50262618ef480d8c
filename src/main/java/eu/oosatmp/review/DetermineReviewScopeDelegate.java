package eu.oosatmp.review;

import static eu.oosatmp.review.OosPeriodicReviewProcess.PERIOD_END;
import static eu.oosatmp.review.OosPeriodicReviewProcess.PERIOD_START;
import static eu.oosatmp.review.OosPeriodicReviewProcess.PRODUCT_CODE;
import static eu.oosatmp.review.OosPeriodicReviewProcess.REVIEW_PRODUCTS;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Fixes the period (given at a manual start, else the previous half-year) and the products: the one asked
 * for, or every product with batch releases or OOS cases in the period. A manual start's input was checked
 * when it started (ValidateReviewStartListener).
 */
@Component("determineReviewScope")
public class DetermineReviewScopeDelegate implements JavaDelegate {

  private final ReviewCompiler compiler;
  private final Clock clock;

  public DetermineReviewScopeDelegate(ReviewCompiler compiler, Clock clock) {
    this.compiler = compiler;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object start = execution.getVariable(PERIOD_START);
    Object end = execution.getVariable(PERIOD_END);
    ReviewPeriod period = start == null || end == null || start.toString().isBlank()
        ? ReviewPeriod.previousHalfYear(clock.instant())
        : new ReviewPeriod(LocalDate.parse(start.toString().substring(0, 10)),
            LocalDate.parse(end.toString().substring(0, 10)));
    Object product = execution.getVariable(PRODUCT_CODE);
    List<String> products = product == null || product.toString().isBlank()
        ? compiler.productsWithActivity(period.start(), period.end())
        : List.of(product.toString().trim());
    execution.setVariable(PERIOD_START, period.start().toString());
    execution.setVariable(PERIOD_END, period.end().toString());
    execution.setVariable(REVIEW_PRODUCTS, new ArrayList<>(products));
  }
}
