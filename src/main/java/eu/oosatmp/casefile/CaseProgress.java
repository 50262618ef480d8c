package eu.oosatmp.casefile;

import eu.oosatmp.notification.PersonNames;
import java.util.List;

/**
 * How far the case has come, from its records: the latest record of each step that authorities are told
 * about (Q&A 2 and 4: investigation, risk evaluation, the physician's request, verification, supply,
 * administration). A step not yet taken is null.
 */
public record CaseProgress(RecordedStep investigation, RecordedStep riskEvaluation, RecordedStep supplyDecision,
    RecordedStep qpVerification, RecordedStep supply, RecordedStep administration) {

  static CaseProgress of(List<CaseRecords.CaseRecord> records, PersonNames names) {
    return new CaseProgress(latest(records, RecordType.INVESTIGATION, names),
        latest(records, RecordType.RISK_EVALUATION, names), latest(records, RecordType.SUPPLY_DECISION, names),
        latest(records, RecordType.QP_VERIFICATION, names), latest(records, RecordType.SUPPLY, names),
        latest(records, RecordType.ADMINISTRATION, names));
  }

  private static RecordedStep latest(List<CaseRecords.CaseRecord> records, RecordType type, PersonNames names) {
    return records.stream().filter(record -> record.type() == type).reduce((earlier, later) -> later)
        .map(record -> RecordedStep.of(record, names)).orElse(null);
  }
}
