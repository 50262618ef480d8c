package eu.oosatmp.review;

import eu.oosatmp.casefile.CaseOutcome;
import eu.oosatmp.casefile.CaseQueries;
import eu.oosatmp.casefile.CaseView;
import eu.oosatmp.casefile.DeadlineKind;
import eu.oosatmp.product.Product;
import eu.oosatmp.product.ProductRepository;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Compiles the figures of a periodic review from the batch releases and the OOS cases. Dates are UTC. */
@Service
public class ReviewCompiler {

  private final JdbcClient jdbc;
  private final ProductRepository products;
  private final CaseQueries cases;

  public ReviewCompiler(JdbcClient jdbc, ProductRepository products, CaseQueries cases) {
    this.jdbc = jdbc;
    this.products = products;
    this.cases = cases;
  }

  public boolean isKnownProduct(String productCode) {
    return products.findByCode(productCode).isPresent();
  }

  /** Products with batch releases or OOS cases in the period: each gets its own review. */
  public List<String> productsWithActivity(LocalDate start, LocalDate end) {
    return jdbc.sql("""
            SELECT product_code FROM batch_release WHERE released_at >= :from AND released_at < :to
            UNION
            SELECT product_code FROM oos_case WHERE opened_at >= :from AND opened_at < :to
            ORDER BY 1
            """)
        .param("from", Timestamp.from(startOf(start))).param("to", Timestamp.from(startOf(end.plusDays(1))))
        .query(String.class).list();
  }

  public ReviewFigures compile(String productCode, LocalDate start, LocalDate end) {
    Product product = products.findByCode(productCode).orElseThrow();
    List<CaseView> oosCases = cases.list(productCode, null, startOf(start), startOf(end.plusDays(1)), null);
    List<Instant> inSpecReleases = inSpecReleases(productCode, start, end);
    LocalDate previousEnd = start.minusDays(1);
    LocalDate previousStart = previousStart(start, end);
    int previousInSpec = inSpecReleases(productCode, previousStart, previousEnd).size();
    int previousOos = cases.list(productCode, null, startOf(previousStart), startOf(start), null).size();
    double rate = rate(oosCases.size(), inSpecReleases.size());
    double previousRate = rate(previousOos, previousInSpec);
    return new ReviewFigures(product.code(), product.name(), product.parties().mah(), start, end,
        inSpecReleases.size(), outcomes(oosCases), rate, failuresByParameter(oosCases),
        byMonth(start, end, inSpecReleases, oosCases),
        new ReviewFigures.PreviousPeriod(previousStart, previousEnd, previousInSpec, previousOos, previousRate,
            round(rate - previousRate)),
        oosCases.stream().map(ReviewCompiler::oosBatch).toList());
  }

  /** Whole months are compared with as many months before; any other period with as many days before. */
  static LocalDate previousStart(LocalDate start, LocalDate end) {
    if (start.getDayOfMonth() == 1 && end.plusDays(1).getDayOfMonth() == 1) {
      return start.minusMonths(ChronoUnit.MONTHS.between(start, end.plusDays(1)));
    }
    return start.minusDays(ChronoUnit.DAYS.between(start, end) + 1);
  }

  private List<Instant> inSpecReleases(String productCode, LocalDate start, LocalDate end) {
    return jdbc.sql("""
            SELECT released_at FROM batch_release
             WHERE product_code = :product AND within_specification = TRUE
               AND released_at >= :from AND released_at < :to
            """)
        .param("product", productCode)
        .param("from", Timestamp.from(startOf(start))).param("to", Timestamp.from(startOf(end.plusDays(1))))
        .query((rs, row) -> rs.getTimestamp("released_at").toInstant())
        .list();
  }

  private static ReviewFigures.OosOutcomes outcomes(List<CaseView> oosCases) {
    int administered = 0;
    int notAdministered = 0;
    int declined = 0;
    int expired = 0;
    int blocked = 0;
    int open = 0;
    for (CaseView view : oosCases) {
      if (view.outcome() == null) {
        open++;
      } else if (view.outcome() == CaseOutcome.SUPPLIED) {
        if (isAdministered(view)) {
          administered++;
        } else {
          notAdministered++;
        }
      } else if (view.outcome() == CaseOutcome.DECLINED) {
        declined++;
      } else if (view.outcome() == CaseOutcome.EXPIRED) {
        expired++;
      } else {
        blocked++;
      }
    }
    return new ReviewFigures.OosOutcomes(administered, notAdministered, declined, expired, blocked, open);
  }

  private static Map<String, Integer> failuresByParameter(List<CaseView> oosCases) {
    Map<String, Integer> failures = new TreeMap<>();
    oosCases.forEach(view -> parameters(view).forEach(parameter -> failures.merge(parameter, 1, Integer::sum)));
    return failures;
  }

  private static List<ReviewFigures.Month> byMonth(LocalDate start, LocalDate end, List<Instant> inSpecReleases,
      List<CaseView> oosCases) {
    List<ReviewFigures.Month> months = new ArrayList<>();
    for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(end)); month = month.plusMonths(1)) {
      YearMonth current = month;
      months.add(new ReviewFigures.Month(month,
          (int) inSpecReleases.stream().filter(released -> YearMonth.from(released.atZone(ZoneOffset.UTC)).equals(current)).count(),
          (int) oosCases.stream().filter(view -> YearMonth.from(detected(view)).equals(current)).count()));
    }
    return months;
  }

  private static ReviewFigures.OosBatch oosBatch(CaseView view) {
    return new ReviewFigures.OosBatch(view.caseNumber(), view.batchNumber(), detected(view), parameters(view),
        view.outcome() == null ? "OPEN" : view.outcome().name(), isAdministered(view),
        view.deadlines().stream().filter(deadline -> deadline.kind().equals(DeadlineKind.SUPERVISORY_AUTHORITY_NOTIFICATION))
            .map(deadline -> deadline.status().name()).findFirst().orElse("NOT_APPLICABLE"));
  }

  private static boolean isAdministered(CaseView view) {
    return view.milestones().get("administered") != null;
  }

  private static List<String> parameters(CaseView view) {
    return view.oosResults().stream().map(result -> result.parameter()).distinct().toList();
  }

  private static LocalDate detected(CaseView view) {
    return view.milestones().get("detected").atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static double rate(int oos, int inSpec) {
    return oos + inSpec == 0 ? 0 : round(100.0 * oos / (oos + inSpec));
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
