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

  private final JdbcClient jdbc;
  private final Clock clock;

  public Deadlines(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public record Deadline(long id, DeadlineKind kind, Instant startsAt, Instant dueAt,
      List<DeadlineStatus> outcomes) {

    public DeadlineStatus status(Instant now) {
      if (outcomes.contains(DeadlineStatus.MET)) {
        return DeadlineStatus.MET;
      }
      if (outcomes.contains(DeadlineStatus.LATE)) {
        return DeadlineStatus.LATE;
      }
      return outcomes.contains(DeadlineStatus.MISSED) || now.isAfter(dueAt) ? DeadlineStatus.MISSED
          : DeadlineStatus.OPEN;
    }
  }

  /** Starts the deadline once; a retried job gets the one already started. */
  public Deadline start(String caseNumber, DeadlineKind kind, Instant startsAt, Instant dueAt) {
    return find(caseNumber, kind).orElseGet(() -> {
      jdbc.sql("""
              INSERT INTO deadline (case_number, kind, starts_at, due_at, created_at)
              VALUES (:caseNumber, :kind, :startsAt, :dueAt, :createdAt)
              """)
          .param("caseNumber", caseNumber).param("kind", kind.name())
          .param("startsAt", Timestamp.from(startsAt)).param("dueAt", Timestamp.from(dueAt))
          .param("createdAt", Timestamp.from(clock.instant()))
          .update();
      return find(caseNumber, kind).orElseThrow();
    });
  }

  public Optional<Deadline> find(String caseNumber, DeadlineKind kind) {
    return jdbc.sql("SELECT id, kind, starts_at, due_at FROM deadline WHERE case_number = :caseNumber AND kind = :kind")
        .param("caseNumber", caseNumber).param("kind", kind.name())
        .query((rs, row) -> new Deadline(rs.getLong("id"), DeadlineKind.valueOf(rs.getString("kind")),
            rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("due_at").toInstant(),
            outcomes(rs.getLong("id"))))
        .optional();
  }

  public List<Deadline> all(String caseNumber) {
    return jdbc.sql("SELECT kind FROM deadline WHERE case_number = :caseNumber ORDER BY id")
        .param("caseNumber", caseNumber).query(String.class).list().stream()
        .map(kind -> find(caseNumber, DeadlineKind.valueOf(kind)).orElseThrow())
        .toList();
  }

  /** Records MISSED when the deadline passes unmet. */
  public void recordMissed(Deadline deadline) {
    recordOutcome(deadline, DeadlineStatus.MISSED);
  }

  /** Records MET, or LATE when it was fulfilled after falling due; returns which. */
  public DeadlineStatus recordFulfilled(Deadline deadline, Instant fulfilledAt) {
    DeadlineStatus outcome = fulfilledAt.isAfter(deadline.dueAt()) ? DeadlineStatus.LATE : DeadlineStatus.MET;
    recordOutcome(deadline, outcome);
    return outcome;
  }

  private void recordOutcome(Deadline deadline, DeadlineStatus outcome) {
    if (!outcomes(deadline.id()).contains(outcome)) {
      jdbc.sql("INSERT INTO deadline_outcome (deadline_id, outcome, recorded_at) VALUES (:id, :outcome, :at)")
          .param("id", deadline.id()).param("outcome", outcome.name()).param("at", Timestamp.from(clock.instant()))
          .update();
    }
  }

  private List<DeadlineStatus> outcomes(long deadlineId) {
    return jdbc.sql("SELECT outcome FROM deadline_outcome WHERE deadline_id = :id ORDER BY recorded_at")
        .param("id", deadlineId).query(String.class).list().stream().map(DeadlineStatus::valueOf).toList();
  }
}
