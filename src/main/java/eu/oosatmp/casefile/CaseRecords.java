package eu.oosatmp.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only record of a case: every task outcome and process fact, as it was recorded. */
@Repository
public class CaseRecords {

  public static final String SYSTEM = "system";
  private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  public CaseRecords(JdbcClient jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  public record CaseRecord(long id, RecordType type, Instant recordedAt, String recordedBy, String taskId,
      Map<String, Object> details) {

    public String text(String key) {
      Object value = details.get(key);
      return value == null ? null : value.toString();
    }
  }

  public void append(String caseNumber, RecordType type, String recordedBy, String taskId,
      Map<String, ?> details) {
    try {
      jdbc.sql("""
              INSERT INTO case_record (case_number, record_type, recorded_at, recorded_by, task_id, details)
              VALUES (:caseNumber, :type, :recordedAt, :recordedBy, :taskId, :details)
              """)
          .param("caseNumber", caseNumber)
          .param("type", type.name())
          .param("recordedAt", Timestamp.from(clock.instant()))
          .param("recordedBy", recordedBy)
          .param("taskId", taskId)
          .param("details", json.writeValueAsString(details))
          .update();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Case record details are not serialisable", e);
    }
  }

  /** Appends a process fact once: a retried job finds it recorded already. */
  public void appendOnce(String caseNumber, RecordType type, Map<String, ?> details) {
    if (latest(caseNumber, type).isEmpty()) {
      append(caseNumber, type, SYSTEM, null, details);
    }
  }

  public List<CaseRecord> all(String caseNumber) {
    return jdbc.sql("SELECT * FROM case_record WHERE case_number = :caseNumber ORDER BY id")
        .param("caseNumber", caseNumber)
        .query((rs, row) -> new CaseRecord(rs.getLong("id"), RecordType.valueOf(rs.getString("record_type")),
            rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"), rs.getString("task_id"),
            parse(rs.getString("details"))))
        .list();
  }

  public List<CaseRecord> ofType(String caseNumber, RecordType type) {
    return all(caseNumber).stream().filter(record -> record.type() == type).toList();
  }

  public Optional<CaseRecord> latest(String caseNumber, RecordType type) {
    List<CaseRecord> records = ofType(caseNumber, type);
    return records.isEmpty() ? Optional.empty() : Optional.of(records.get(records.size() - 1));
  }

  private Map<String, Object> parse(String details) {
    try {
      return json.readValue(details, DETAILS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored case record is not JSON", e);
    }
  }
}
