package eu.oosatmp.casefile;

import eu.oosatmp.web.SqlConditions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@Repository
public class CaseRepository {

  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;

  public CaseRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  public record OosCase(String caseNumber, String productCode, String batchNumber, String releaseSiteCode,
      String treatingPhysician, String patientPseudonym, Instant batchExpiry, Instant openedAt, String openedBy,
      List<String> treatingSiteCodes) {}

  public record OosResult(long id, String parameter, String specification, String result, String unit,
      String method, Instant testedAt, Instant recordedAt, String recordedBy, Long correctsResultId,
      String correctionReason) {}

  /** Next number of the year, e.g. OOS-2026-0001; the counter row stays locked until the transaction ends. */
  public String nextCaseNumber(int year) {
    if (countUp(year) == 0) {
      // The year's first case. Should another node open one at the same moment, its counter serves both.
      insertUnlessDuplicate(jdbc.sql("INSERT INTO case_number_counter (case_year, last_number) VALUES (:year, 0)")
          .param("year", year));
      countUp(year);
    }
    int number = jdbc.sql("SELECT last_number FROM case_number_counter WHERE case_year = :year")
        .param("year", year).query(Integer.class).single();
    return "OOS-%d-%04d".formatted(year, number);
  }

  private int countUp(int year) {
    return jdbc.sql("UPDATE case_number_counter SET last_number = last_number + 1 WHERE case_year = :year")
        .param("year", year).update();
  }

  /**
   * Inserts the row, or returns false when another transaction inserted its key first. The insert runs in a
   * savepoint: after a failed statement PostgreSQL refuses every further one of the transaction, so without
   * it the case could be neither numbered nor refused with a reason.
   */
  private boolean insertUnlessDuplicate(JdbcClient.StatementSpec insert) {
    try {
      savepoint.executeWithoutResult(status -> insert.update());
      return true;
    } catch (DuplicateKeyException concurrentInsert) {
      return false;
    }
  }

  public void insert(OosCase oosCase) {
    jdbc.sql("""
            INSERT INTO oos_case (case_number, product_code, batch_number, release_site_code, treating_physician,
                                  patient_pseudonym, batch_expiry, opened_at, opened_by)
            VALUES (:caseNumber, :productCode, :batchNumber, :releaseSiteCode, :physician, :patient, :expiry,
                    :openedAt, :openedBy)
            """)
        .param("caseNumber", oosCase.caseNumber())
        .param("productCode", oosCase.productCode())
        .param("batchNumber", oosCase.batchNumber())
        .param("releaseSiteCode", oosCase.releaseSiteCode())
        .param("physician", oosCase.treatingPhysician())
        .param("patient", oosCase.patientPseudonym())
        .param("expiry", Timestamp.from(oosCase.batchExpiry()))
        .param("openedAt", Timestamp.from(oosCase.openedAt()))
        .param("openedBy", oosCase.openedBy())
        .update();
    for (String site : oosCase.treatingSiteCodes()) {
      jdbc.sql("INSERT INTO oos_case_treating_site (case_number, site_code) VALUES (:caseNumber, :site)")
          .param("caseNumber", oosCase.caseNumber()).param("site", site).update();
    }
  }

  /** Claims the batch for this case; false when another case of the batch is still open. */
  public boolean claimBatch(String productCode, String batchNumber, String caseNumber) {
    if (openCaseOf(productCode, batchNumber).isPresent()) {
      return false;
    }
    // Claimed concurrently by another case: the caller names that case in its refusal.
    return insertUnlessDuplicate(jdbc.sql("""
            INSERT INTO open_batch_case (product_code, batch_number, case_number)
            VALUES (:product, :batch, :caseNumber)
            """)
        .param("product", productCode).param("batch", batchNumber).param("caseNumber", caseNumber));
  }

  public Optional<String> openCaseOf(String productCode, String batchNumber) {
    return jdbc.sql("SELECT case_number FROM open_batch_case WHERE product_code = :product AND batch_number = :batch")
        .param("product", productCode).param("batch", batchNumber).query(String.class).optional();
  }

  public void releaseBatch(String caseNumber) {
    jdbc.sql("DELETE FROM open_batch_case WHERE case_number = :caseNumber").param("caseNumber", caseNumber).update();
  }

  public void insertResult(String caseNumber, OpenCaseRequest.OosResultInput result, Instant recordedAt,
      String recordedBy) {
    jdbc.sql("""
            INSERT INTO oos_result (case_number, parameter, specification, result, unit, method, tested_at,
                                    recorded_at, recorded_by)
            VALUES (:caseNumber, :parameter, :specification, :result, :unit, :method, :testedAt, :recordedAt,
                    :recordedBy)
            """)
        .param("caseNumber", caseNumber)
        .param("parameter", result.parameter())
        .param("specification", result.specification())
        .param("result", result.result())
        .param("unit", result.unit())
        .param("method", result.method())
        .param("testedAt", Timestamp.from(result.testedAt().toInstant()))
        .param("recordedAt", Timestamp.from(recordedAt))
        .param("recordedBy", recordedBy)
        .update();
  }

  /** Inserts the correction as a new result pointing to the one it corrects; returns its id. */
  public long insertCorrection(String caseNumber, OosResult original, ResultCorrection correction, Instant recordedAt,
      String recordedBy) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO oos_result (case_number, parameter, specification, result, unit, method, tested_at,
                                    recorded_at, recorded_by, corrects_result_id, correction_reason)
            VALUES (:caseNumber, :parameter, :specification, :result, :unit, :method, :testedAt, :recordedAt,
                    :recordedBy, :corrects, :reason)
            """)
        .param("caseNumber", caseNumber)
        .param("parameter", original.parameter())
        .param("specification", correction.specification() != null ? correction.specification() : original.specification())
        .param("result", correction.result())
        .param("unit", correction.unit() != null ? correction.unit() : original.unit())
        .param("method", correction.method() != null ? correction.method() : original.method())
        .param("testedAt", Timestamp.from(original.testedAt()))
        .param("recordedAt", Timestamp.from(recordedAt))
        .param("recordedBy", recordedBy)
        .param("corrects", original.id())
        .param("reason", correction.reason())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public Optional<OosCase> find(String caseNumber) {
    List<String> sites = jdbc.sql("SELECT site_code FROM oos_case_treating_site WHERE case_number = :caseNumber ORDER BY site_code")
        .param("caseNumber", caseNumber).query(String.class).list();
    return jdbc.sql("SELECT * FROM oos_case WHERE case_number = :caseNumber")
        .param("caseNumber", caseNumber)
        .query((rs, row) -> mapCase(rs, sites))
        .optional();
  }

  public List<String> findCaseNumbers(String productCode, Instant openedFrom, Instant openedTo) {
    SqlConditions where = new SqlConditions()
        .add("product_code = :product", "product", productCode)
        .add("opened_at >= :from", "from", openedFrom == null ? null : Timestamp.from(openedFrom))
        .add("opened_at < :to", "to", openedTo == null ? null : Timestamp.from(openedTo));
    return where.bind(jdbc.sql("SELECT case_number FROM oos_case" + where.clause() + " ORDER BY opened_at, case_number"))
        .query(String.class).list();
  }

  public List<OosResult> results(String caseNumber) {
    return jdbc.sql("SELECT * FROM oos_result WHERE case_number = :caseNumber ORDER BY id")
        .param("caseNumber", caseNumber)
        .query((rs, row) -> new OosResult(rs.getLong("id"), rs.getString("parameter"), rs.getString("specification"),
            rs.getString("result"), rs.getString("unit"), rs.getString("method"),
            rs.getTimestamp("tested_at").toInstant(), rs.getTimestamp("recorded_at").toInstant(),
            rs.getString("recorded_by"), (Long) rs.getObject("corrects_result_id", Long.class),
            rs.getString("correction_reason")))
        .list();
  }

  private static OosCase mapCase(ResultSet rs, List<String> sites) throws SQLException {
    return new OosCase(rs.getString("case_number"), rs.getString("product_code"), rs.getString("batch_number"),
        rs.getString("release_site_code"), rs.getString("treating_physician"), rs.getString("patient_pseudonym"),
        rs.getTimestamp("batch_expiry").toInstant(), rs.getTimestamp("opened_at").toInstant(),
        rs.getString("opened_by"), sites);
  }
}
