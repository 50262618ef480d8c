package eu.oosatmp.casefile;

import java.util.List;

/** How a case ended, read from what its records say. */
public enum CaseOutcome {
  CANCELLED,
  SUPPLIED,
  EXPIRED,
  NOT_VERIFIED,
  DECLINED;

  static CaseOutcome of(List<CaseRecords.CaseRecord> records) {
    if (has(records, RecordType.CASE_CANCELLED)) {
      return CANCELLED;
    }
    if (has(records, RecordType.SUPPLY)) {
      return SUPPLIED;
    }
    if (has(records, RecordType.BATCH_EXPIRED)) {
      return EXPIRED;
    }
    if (has(records, RecordType.QP_VERIFICATION)) {
      return NOT_VERIFIED;
    }
    return DECLINED;
  }

  private static boolean has(List<CaseRecords.CaseRecord> records, RecordType type) {
    return records.stream().anyMatch(record -> record.type() == type);
  }
}
