package eu.oosatmp.casefile;

import eu.oosatmp.casefile.CaseRecords.CaseRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the rules of a step need to know about its case: read once from the records, never from variables. */
record StepContext(Instant now, CaseFacts facts, List<CaseRecord> records) {

  Optional<CaseRecord> latest(RecordType type) {
    for (int i = records.size() - 1; i >= 0; i--) {
      if (records.get(i).type() == type) {
        return Optional.of(records.get(i));
      }
    }
    return Optional.empty();
  }

  /** A time recorded in a step's details, e.g. when the batch was supplied. */
  Optional<Instant> recordedTime(RecordType type, String field) {
    return latest(type).map(record -> record.text(field)).map(Instant::parse);
  }

  Instant batchExpiry() {
    return facts.oosCase().batchExpiry();
  }

  Instant openedAt() {
    return facts.oosCase().openedAt();
  }
}
