package eu.oosatmp.casefile;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Legal deadlines of a case: when each started and fell due, and whether it was met, missed or met late. */
@Repository
public class Deadlines {

  public static final String SUPERVISORY_NOTIFICATION = "SUPERVISORY_AUTHORITY_NOTIFICATION";

  private final JdbcClient jdbc;
  private final Clock clock;

  public Deadlines(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public record Deadline(long id, String kind, Instant startsAt, Instant dueAt, List<String> outcomes) {

    /** MET, LATE, MISSED (due and not yet met) or OPEN. */
    public String status(Instant now) {
      if (outcomes.contains("MET")) {
        return "MET";
      }
      if (outcomes.contains("LATE")) {
        return "LATE";
      }
      return outcomes.contains("MISSED") || now.isAfter(dueAt) ? "MISSED" : "OPEN";
    }
  }

  /** Starts the deadline once; a retried job gets the one already started. */
  public Deadline start(String caseNumber, String kind, Instant startsAt, Instant dueAt) {
    return find(caseNumber, kind).orElseGet(() -> {
      jdbc.sql("""
              INSERT INTO deadline (case_number, kind, starts_at, due_at, created_at)
              VALUES (:caseNumber, :kind, :startsAt, :dueAt, :createdAt)
              """)
          .param("caseNumber", caseNumber).param("kind", kind)
          .param("startsAt", Timestamp.from(startsAt)).param("dueAt", Timestamp.from(dueAt))
          .param("createdAt", Timestamp.from(clock.instant()))
          .update();
      return find(caseNumber, kind).orElseThrow();
    });
  }

  public Optional<Deadline> find(String caseNumber, String kind) {
    return jdbc.sql("SELECT id, kind, starts_at, due_at FROM deadline WHERE case_number = :caseNumber AND kind = :kind")
        .param("caseNumber", caseNumber).param("kind", kind)
        .query((rs, row) -> new Deadline(rs.getLong("id"), rs.getString("kind"),
            rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("due_at").toInstant(),
            outcomes(rs.getLong("id"))))
        .optional();
  }

  public List<Deadline> all(String caseNumber) {
    return jdbc.sql("SELECT kind FROM deadline WHERE case_number = :caseNumber ORDER BY id")
        .param("caseNumber", caseNumber).query(String.class).list().stream()
        .map(kind -> find(caseNumber, kind).orElseThrow())
        .toList();
  }

  /** Records MISSED when the deadline passes unmet. */
  public void recordMissed(Deadline deadline) {
    recordOutcome(deadline, "MISSED");
  }

  /** Records MET, or LATE when it was fulfilled after falling due; returns which. */
  public String recordFulfilled(Deadline deadline) {
    String outcome = clock.instant().isAfter(deadline.dueAt()) ? "LATE" : "MET";
    recordOutcome(deadline, outcome);
    return outcome;
  }

  private void recordOutcome(Deadline deadline, String outcome) {
    if (!outcomes(deadline.id()).contains(outcome)) {
      jdbc.sql("INSERT INTO deadline_outcome (deadline_id, outcome, recorded_at) VALUES (:id, :outcome, :at)")
          .param("id", deadline.id()).param("outcome", outcome).param("at", Timestamp.from(clock.instant()))
          .update();
    }
  }

  private List<String> outcomes(long deadlineId) {
    return jdbc.sql("SELECT outcome FROM deadline_outcome WHERE deadline_id = :id ORDER BY recorded_at")
        .param("id", deadlineId).query(String.class).list();
  }
}
