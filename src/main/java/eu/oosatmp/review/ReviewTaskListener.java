package eu.oosatmp.review;

import static eu.oosatmp.review.OosPeriodicReviewProcess.APPROVAL_COMMENT;
import static eu.oosatmp.review.OosPeriodicReviewProcess.INFORMATION_ANSWER;
import static eu.oosatmp.review.OosPeriodicReviewProcess.REPORT_APPROVED;
import static eu.oosatmp.review.OosPeriodicReviewProcess.TASK_APPROVE_REPORT;

import eu.oosatmp.security.TaskActor;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the approver's decision (their signature) or the answer to EMA, with who and when. */
@Component("reviewTaskListener")
public class ReviewTaskListener implements TaskListener {

  private final Reviews reviews;

  public ReviewTaskListener(Reviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    long reviewId = Reviews.idOf(task);
    if (TASK_APPROVE_REPORT.equals(task.getTaskDefinitionKey())) {
      boolean approved = Boolean.TRUE.equals(task.getVariable(REPORT_APPROVED));
      task.setVariable(REPORT_APPROVED, approved);
      reviews.record(reviewId, ReviewRecordType.APPROVAL, TaskActor.of(task), Map.of("approved", approved,
          "comment", String.valueOf(task.getVariable(APPROVAL_COMMENT)),
          "reportId", reviews.latestReport(reviewId).orElseThrow().id()));
    } else {
      reviews.record(reviewId, ReviewRecordType.ANSWER_WRITTEN, TaskActor.of(task),
          Map.of("answer", String.valueOf(task.getVariable(INFORMATION_ANSWER))));
    }
  }
}
