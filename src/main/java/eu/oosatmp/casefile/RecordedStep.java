package eu.oosatmp.casefile;

import eu.oosatmp.notification.PersonNames;
import java.time.Instant;
import java.util.Map;

/** A step of the case as recorded, for a reader: when, by whom (full name) and what was entered, by form field. */
public record RecordedStep(Instant at, String by, Map<String, Object> values) {

  static RecordedStep of(CaseRecords.CaseRecord record, PersonNames names) {
    return new RecordedStep(record.recordedAt(), names.of(record.recordedBy()), record.details());
  }
}
