package eu.oosatmp.casefile;

import eu.oosatmp.security.TaskActor;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completion of a user task: checks its input and records it in the case file, with who and when. */
@Component("caseRecordListener")
public class CaseRecordListener implements TaskListener {

  private final CaseRecords records;
  private final Clock clock;

  public CaseRecordListener(CaseRecords records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    CaseTask caseTask = CaseTask.of(task.getTaskDefinitionKey())
        .orElseThrow(() -> new IllegalStateException("No case record defined for task " + task.getTaskDefinitionKey()));
    String caseNumber = (String) task.getVariable(OosBatchHandlingProcess.CASE_NUMBER);
    records.append(caseNumber, caseTask.recordType(), TaskActor.of(task), task.getId(),
        caseTask.details(task, clock.instant()));
  }
}
