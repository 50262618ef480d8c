package eu.oosatmp.casefile;

import static eu.oosatmp.casefile.OosBatchHandlingProcess.CASE_NUMBER;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.OPENED_BY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * First step of every case. A case opened over the REST API is already stored; one opened with
 * Tasklist's start form is stored here from the form's fields, in the same transaction as the start,
 * so a refused form leaves no trace and shows the reason to the user.
 */
@Component("registerCase")
public class RegisterCaseDelegate implements JavaDelegate {

  private final CaseOpening opening;
  private final CaseFile caseFile;

  public RegisterCaseDelegate(CaseOpening opening, CaseFile caseFile) {
    this.opening = opening;
    this.caseFile = caseFile;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = (String) execution.getVariable(CASE_NUMBER);
    if (caseNumber == null) {
      caseNumber = opening.register(StartFormRequest.from(execution), (String) execution.getVariable(OPENED_BY));
      execution.setProcessBusinessKey(caseNumber);
    }
    execution.setVariables(CaseVariables.of(caseFile.facts(caseNumber)));
  }
}
