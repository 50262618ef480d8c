package eu.oosatmp.review;

import static eu.oosatmp.review.OosPeriodicReviewProcess.REPORT_LINK;
import static eu.oosatmp.review.OosPeriodicReviewProcess.TREND_FINDINGS;
import static eu.oosatmp.review.OosPeriodicReviewProcess.TREND_SUMMARY;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Renders the Quality Defect report (PDF with chart, and CSV) from the recorded figures and the trend findings. */
@Component("generateReviewReport")
public class GenerateReviewReportDelegate implements JavaDelegate {

  private final Reviews reviews;
  private final ReviewReport report;
  private final ReviewSettings settings;
  private final ObjectMapper json;

  public GenerateReviewReportDelegate(Reviews reviews, ReviewReport report, ReviewSettings settings,
      ObjectMapper json) {
    this.reviews = reviews;
    this.report = report;
    this.settings = settings;
    this.json = json;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    long reviewId = Reviews.idOf(execution);
    ReviewFigures figures = json.convertValue(reviews.latest(reviewId, ReviewRecordType.FIGURES).orElseThrow().details(),
        ReviewFigures.class);
    List<Map<String, Object>> results = (List<Map<String, Object>>) execution.getVariable(TREND_FINDINGS);
    List<ReviewFigures.TrendFinding> findings = results == null ? List.of() : results.stream()
        .map(result -> new ReviewFigures.TrendFinding((String) result.get("finding"), (String) result.get("reason")))
        .toList();
    reviews.record(reviewId, ReviewRecordType.TRENDS, "system", Map.of("findings", findings));
    long reportId = reviews.saveReport(reviewId, report.pdf(figures, findings), report.csv(figures, findings));
    reviews.record(reviewId, ReviewRecordType.REPORT, "system", Map.of("reportId", reportId));

    execution.setVariable(TREND_SUMMARY, ReviewTexts.trendSummary(findings));
    execution.setVariable(REPORT_LINK, settings.publicUrl() + "/api/reviews/" + reviewId + "/report.pdf");
  }
}
