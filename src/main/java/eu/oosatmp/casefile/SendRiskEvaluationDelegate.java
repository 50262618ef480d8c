package eu.oosatmp.casefile;

import eu.oosatmp.notification.NotificationKind;
import eu.oosatmp.notification.Aggregate;
import eu.oosatmp.notification.Notifications;
import eu.oosatmp.notification.Recipients;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Q&A 1 and Part IV 11.54: the risk evaluation goes to the physician, who alone may request supply. */
@Component("sendRiskEvaluation")
public class SendRiskEvaluationDelegate implements JavaDelegate {

  private final CaseFile caseFile;
  private final CaseRecords records;
  private final Notifications notifications;
  private final Recipients recipients;
  private final CaseMessages messages;

  public SendRiskEvaluationDelegate(CaseFile caseFile, CaseRecords records, Notifications notifications,
      Recipients recipients, CaseMessages messages) {
    this.caseFile = caseFile;
    this.records = records;
    this.notifications = notifications;
    this.recipients = recipients;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFacts facts = caseFile.facts(execution.getProcessBusinessKey());
    CaseRecords.CaseRecord evaluation = records.latest(facts.caseNumber(), RecordType.RISK_EVALUATION)
        .orElseThrow(() -> new IllegalStateException("No risk evaluation recorded for " + facts.caseNumber()));
    // The statement that supply happens only at the physician's request comes first: it is never shortened.
    execution.setVariable(OosBatchHandlingProcess.RISK_EVALUATION_SUMMARY,
        DisplayText.fitted(messages.riskSummary(evaluation), facts.caseNumber()));
    notifications.queue(Aggregate.oosCase(facts.caseNumber()), NotificationKind.RISK_EVALUATION,
        messages.riskEvaluation(facts, recipients.ofUser(facts.oosCase().treatingPhysician()), evaluation));
  }
}
