package eu.oosatmp.casefile;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completion of a user task of a case: records the step in the case file. */
@Component("caseRecordListener")
public class CaseRecordListener implements TaskListener {

  private final CaseSteps steps;

  public CaseRecordListener(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    steps.record(task);
  }
}
