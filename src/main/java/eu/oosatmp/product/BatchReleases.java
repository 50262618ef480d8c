package eu.oosatmp.product;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records batch releases; all of a submission or none of it. */
@Service
public class BatchReleases {

  public enum Source { API, CSV_IMPORT }

  /** A release and the row it came from (1 = first data row of a file, 0 for a single release). */
  public record Row(int row, BatchReleaseRequest release) {}

  /** What is wrong with one release: its row (1 = first data row of a file, 0 for a single release), field and reason. */
  public record Problem(int row, String field, String reason) {}

  public static class RejectedException extends RuntimeException {

    private final List<Problem> problems;
    private final boolean conflict;

    RejectedException(List<Problem> problems, boolean conflict) {
      super(problems.size() + " problem(s): " + problems);
      this.problems = List.copyOf(problems);
      this.conflict = conflict;
    }

    public List<Problem> problems() {
      return problems;
    }

    /** True when every problem is a batch recorded already: the submission conflicts with what is stored. */
    public boolean isConflict() {
      return conflict;
    }
  }

  private final JdbcClient jdbc;
  private final ProductRepository products;
  private final SiteRepository sites;
  private final Clock clock;

  public BatchReleases(JdbcClient jdbc, ProductRepository products, SiteRepository sites, Clock clock) {
    this.jdbc = jdbc;
    this.products = products;
    this.sites = sites;
    this.clock = clock;
  }

  /**
   * Checks every release against the reference data and for duplicates, adds what was found malformed
   * before, and records all releases or, with any problem, none.
   */
  @Transactional
  public int record(List<Row> rows, List<Problem> malformed, Source source, String recordedBy) {
    List<Problem> problems = new ArrayList<>(malformed);
    Set<String> seen = new HashSet<>();
    for (Row each : rows) {
      BatchReleaseRequest release = each.release();
      int row = each.row();
      if (release.productCode() != null && products.findByCode(release.productCode()).isEmpty()) {
        problems.add(new Problem(row, "productCode", "unknown product " + release.productCode()));
      }
      if (release.releaseSiteCode() != null
          && sites.findByCode(release.releaseSiteCode()).filter(Site::releasesBatches).isEmpty()) {
        problems.add(new Problem(row, "releaseSiteCode", "unknown batch release site " + release.releaseSiteCode()));
      }
      String key = release.productCode() + "/" + release.batchNumber();
      if (release.batchNumber() == null) {
        continue;
      }
      if (!seen.add(key)) {
        problems.add(new Problem(row, "batchNumber", "batch " + key + " appears twice in this submission"));
      } else if (exists(release.productCode(), release.batchNumber())) {
        problems.add(new Problem(row, "batchNumber", "batch " + key + " is recorded already"));
      }
    }
    if (!problems.isEmpty()) {
      boolean onlyDuplicates = problems.stream().allMatch(problem -> problem.reason().endsWith("recorded already"));
      throw new RejectedException(problems, onlyDuplicates);
    }
    rows.forEach(row -> insert(row.release(), source, recordedBy));
    return rows.size();
  }

  private boolean exists(String productCode, String batchNumber) {
    return jdbc.sql("SELECT COUNT(*) FROM batch_release WHERE product_code = :product AND batch_number = :batch")
        .param("product", productCode).param("batch", batchNumber).query(Long.class).single() > 0;
  }

  private void insert(BatchReleaseRequest release, Source source, String recordedBy) {
    jdbc.sql("""
            INSERT INTO batch_release (product_code, batch_number, release_site_code, released_at,
                                       within_specification, recorded_at, recorded_by, source)
            VALUES (:product, :batch, :site, :releasedAt, :withinSpec, :recordedAt, :recordedBy, :source)
            """)
        .param("product", release.productCode())
        .param("batch", release.batchNumber())
        .param("site", release.releaseSiteCode())
        .param("releasedAt", Timestamp.from(release.releasedAt().toInstant()))
        .param("withinSpec", release.withinSpecification())
        .param("recordedAt", Timestamp.from(clock.instant()))
        .param("recordedBy", recordedBy)
        .param("source", source.name())
        .update();
  }
}
