package eu.oosatmp.casefile;

import eu.oosatmp.notification.Aggregate;
import eu.oosatmp.notification.Notifications;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Q&A 4: lists every record the case holds (results, task records, notifications, deadlines), records the
 * outcome and closes the case, which frees the batch for a later case.
 */
@Component("compileCaseRecord")
public class CompileCaseRecordDelegate implements JavaDelegate {

  private final CaseRepository cases;
  private final CaseRecords records;
  private final Notifications notifications;
  private final Deadlines deadlines;

  public CompileCaseRecordDelegate(CaseRepository cases, CaseRecords records, Notifications notifications,
      Deadlines deadlines) {
    this.cases = cases;
    this.records = records;
    this.notifications = notifications;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    if (records.latest(caseNumber, RecordType.CASE_CLOSED).isPresent()) {
      return;
    }
    List<CaseRecords.CaseRecord> caseRecords = records.all(caseNumber);
    List<String> contents = caseRecords.stream()
        .map(record -> "#" + record.id() + " " + record.type() + " by " + record.recordedBy() + " at "
            + record.recordedAt())
        .toList();
    records.append(caseNumber, RecordType.CASE_RECORD_COMPILED, CaseRecords.SYSTEM, null, Map.of(
        "oosResults", cases.results(caseNumber).size(),
        "records", contents,
        "notifications", notifications.deliveries(Aggregate.oosCase(caseNumber)).stream()
            .map(queued -> queued.kind() + " to " + queued.recipient() + " queued at " + queued.queuedAt() + ": "
                + (queued.isSent() ? "sent at " + queued.sentAt() : queued.status()))
            .toList(),
        "deadlines", deadlines.all(caseNumber).stream()
            .map(deadline -> deadline.kind() + " due " + deadline.dueAt() + ": " + deadline.outcomes()).toList()));
    records.append(caseNumber, RecordType.CASE_CLOSED, CaseRecords.SYSTEM, null,
        Map.of("outcome", CaseOutcome.of(caseRecords).name()));
    cases.releaseBatch(caseNumber);
  }
}
