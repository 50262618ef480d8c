package eu.oosatmp.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.oosatmp.web.SqlConditions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Periodic reviews, what was recorded about them and their reports; nothing is ever updated. */
@Repository
public class Reviews {

  private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  public Reviews(JdbcClient jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  public record Review(long id, String productCode, LocalDate periodStart, LocalDate periodEnd, Instant startedAt,
      String startedBy, String processInstanceId) {}

  public record ReviewRecord(long id, String type, Instant recordedAt, String recordedBy, Map<String, Object> details) {}

  public record Report(long id, byte[] pdf, String csv, String sha256, Instant createdAt) {}

  /** The review a product review's execution or task belongs to. */
  public static long idOf(VariableScope scope) {
    return ((Number) scope.getVariable(OosPeriodicReviewProcess.REVIEW_ID)).longValue();
  }

  public long create(String productCode, LocalDate periodStart, LocalDate periodEnd, String startedBy,
      String processInstanceId) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO periodic_review (product_code, period_start, period_end, started_at, started_by,
                                         process_instance_id)
            VALUES (:product, :start, :end, :startedAt, :startedBy, :processInstanceId)
            """)
        .param("product", productCode)
        .param("start", Date.valueOf(periodStart))
        .param("end", Date.valueOf(periodEnd))
        .param("startedAt", Timestamp.from(clock.instant()))
        .param("startedBy", startedBy)
        .param("processInstanceId", processInstanceId)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public Optional<Review> find(long id) {
    return review("SELECT * FROM periodic_review WHERE id = :id", id);
  }

  /** The review, locked until the caller's transaction ends: one change to it at a time. */
  public Optional<Review> lock(long id) {
    return review("SELECT * FROM periodic_review WHERE id = :id FOR UPDATE", id);
  }

  private Optional<Review> review(String sql, long id) {
    return jdbc.sql(sql).param("id", id)
        .query((rs, row) -> new Review(rs.getLong("id"), rs.getString("product_code"),
            rs.getDate("period_start").toLocalDate(), rs.getDate("period_end").toLocalDate(),
            rs.getTimestamp("started_at").toInstant(), rs.getString("started_by"),
            rs.getString("process_instance_id")))
        .optional();
  }

  public List<Long> ids(String processInstanceId) {
    SqlConditions where = new SqlConditions().add("process_instance_id = :pi", "pi", processInstanceId);
    return where.bind(jdbc.sql("SELECT id FROM periodic_review" + where.clause() + " ORDER BY id"))
        .query(Long.class).list();
  }

  public void record(long reviewId, String type, String recordedBy, Map<String, ?> details) {
    try {
      jdbc.sql("""
              INSERT INTO review_record (review_id, record_type, recorded_at, recorded_by, details)
              VALUES (:review, :type, :at, :by, :details)
              """)
          .param("review", reviewId).param("type", type).param("at", Timestamp.from(clock.instant()))
          .param("by", recordedBy).param("details", json.writeValueAsString(details))
          .update();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Review record details are not serialisable", e);
    }
  }

  public List<ReviewRecord> records(long reviewId) {
    return jdbc.sql("SELECT * FROM review_record WHERE review_id = :review ORDER BY id").param("review", reviewId)
        .query((rs, row) -> new ReviewRecord(rs.getLong("id"), rs.getString("record_type"),
            rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"), parse(rs.getString("details"))))
        .list();
  }

  public Optional<ReviewRecord> latest(long reviewId, String type) {
    return records(reviewId).stream().filter(record -> record.type().equals(type)).reduce((first, second) -> second);
  }

  public long saveReport(long reviewId, byte[] pdf, String csv) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO review_report (review_id, pdf, csv, sha256, created_at)
            VALUES (:review, :pdf, :csv, :sha, :at)
            """)
        .param("review", reviewId).param("pdf", pdf).param("csv", csv).param("sha", sha256(pdf))
        .param("at", Timestamp.from(clock.instant()))
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public Optional<Report> latestReport(long reviewId) {
    return jdbc.sql("SELECT * FROM review_report WHERE review_id = :review ORDER BY id DESC")
        .param("review", reviewId)
        .query((rs, row) -> new Report(rs.getLong("id"), rs.getBytes("pdf"), rs.getString("csv"),
            rs.getString("sha256"), rs.getTimestamp("created_at").toInstant()))
        .list().stream().findFirst();
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Object> parse(String details) {
    try {
      return json.readValue(details.getBytes(StandardCharsets.UTF_8), DETAILS);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Stored review record is not JSON", e);
    }
  }
}
