package eu.oosatmp.casefile;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The batch expired before the physician decided: it can no longer be supplied. */
@Component("recordBatchExpired")
public class RecordBatchExpiredDelegate implements JavaDelegate {

  private final CaseFile caseFile;
  private final CaseRecords records;

  public RecordBatchExpiredDelegate(CaseFile caseFile, CaseRecords records) {
    this.caseFile = caseFile;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFacts facts = caseFile.facts(execution.getProcessBusinessKey());
    records.appendOnce(facts.caseNumber(), RecordType.BATCH_EXPIRED,
        Map.of("batchExpiry", facts.oosCase().batchExpiry().toString()));
  }
}
