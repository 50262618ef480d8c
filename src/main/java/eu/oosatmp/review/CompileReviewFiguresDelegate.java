package eu.oosatmp.review;

import static eu.oosatmp.review.OosPeriodicReviewProcess.APPROVAL_DUE;
import static eu.oosatmp.review.OosPeriodicReviewProcess.EMA_RESPONSE_WINDOW;
import static eu.oosatmp.review.OosPeriodicReviewProcess.FIGURES_SUMMARY;
import static eu.oosatmp.review.OosPeriodicReviewProcess.MAX_FAILURES_OF_ONE_PARAMETER;
import static eu.oosatmp.review.OosPeriodicReviewProcess.OOS_RATE_CHANGE_POINTS;
import static eu.oosatmp.review.OosPeriodicReviewProcess.OOS_RATE_PERCENT;
import static eu.oosatmp.review.OosPeriodicReviewProcess.PERIOD_END;
import static eu.oosatmp.review.OosPeriodicReviewProcess.PERIOD_LABEL;
import static eu.oosatmp.review.OosPeriodicReviewProcess.PERIOD_START;
import static eu.oosatmp.review.OosPeriodicReviewProcess.PRODUCT_CODE;
import static eu.oosatmp.review.OosPeriodicReviewProcess.PRODUCT_NAME;
import static eu.oosatmp.review.OosPeriodicReviewProcess.REQUESTED_BY;
import static eu.oosatmp.review.OosPeriodicReviewProcess.REVIEW_ID;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Compiles one product's figures for the period (again after a rework) and records them with the review. */
@Component("compileReviewFigures")
public class CompileReviewFiguresDelegate implements JavaDelegate {

  private final ReviewCompiler compiler;
  private final Reviews reviews;
  private final ReviewSettings settings;
  private final ObjectMapper json;
  private final Clock clock;

  public CompileReviewFiguresDelegate(ReviewCompiler compiler, Reviews reviews, ReviewSettings settings,
      ObjectMapper json, Clock clock) {
    this.compiler = compiler;
    this.reviews = reviews;
    this.settings = settings;
    this.json = json;
    this.clock = clock;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    String productCode = (String) execution.getVariable(PRODUCT_CODE);
    ReviewPeriod period = new ReviewPeriod(LocalDate.parse((String) execution.getVariable(PERIOD_START)),
        LocalDate.parse((String) execution.getVariable(PERIOD_END)));
    Object existing = execution.getVariable(REVIEW_ID);
    long reviewId = existing instanceof Number number ? number.longValue()
        : reviews.create(productCode, period.start(), period.end(), startedBy(execution),
            execution.getProcessInstanceId());
    ReviewFigures figures = compiler.compile(productCode, period.start(), period.end());
    reviews.record(reviewId, ReviewRecordType.FIGURES, "system", json.convertValue(figures, Map.class));

    execution.setVariable(REVIEW_ID, reviewId);
    execution.setVariable(PRODUCT_NAME, figures.productName() + " (" + productCode + ")");
    execution.setVariable(PERIOD_LABEL, period.label());
    execution.setVariable(FIGURES_SUMMARY, ReviewTexts.figuresSummary(figures));
    execution.setVariable(OOS_RATE_PERCENT, figures.oosRatePercent());
    execution.setVariable(MAX_FAILURES_OF_ONE_PARAMETER, figures.maxFailuresOfOneParameter());
    execution.setVariable(OOS_RATE_CHANGE_POINTS, figures.previousPeriod().changePoints());
    execution.setVariable(APPROVAL_DUE, Date.from(clock.instant().plus(settings.approvalPeriod())));
    execution.setVariable(EMA_RESPONSE_WINDOW, settings.emaResponseWindow().toString());
  }

  private static String startedBy(DelegateExecution execution) {
    Object requestedBy = execution.getVariable(REQUESTED_BY);
    return requestedBy == null ? "scheduler" : requestedBy.toString();
  }
}
