package eu.oosatmp.review;

import static eu.oosatmp.review.OosPeriodicReviewProcess.PERIOD_END;
import static eu.oosatmp.review.OosPeriodicReviewProcess.PERIOD_START;
import static eu.oosatmp.review.OosPeriodicReviewProcess.PRODUCT_CODE;

import eu.oosatmp.integrity.RuleViolation;
import eu.oosatmp.web.DateTimeInput;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Service;

/**
 * What a person may ask a review for, checked in the start transaction whichever route the start takes
 * (Tasklist start form, /engine-rest, POST /api/reviews): a period that has ended, and a known product
 * with releases or OOS cases in it, or every product (no product code).
 */
@Service
public class ReviewStartRules {

  private final ReviewCompiler compiler;
  private final Clock clock;

  public ReviewStartRules(ReviewCompiler compiler, Clock clock) {
    this.compiler = compiler;
    this.clock = clock;
  }

  /** The product ("" for every product) and period of a review; the product is checked against the period. */
  public record Scope(String productCode, ReviewPeriod period) {}

  public Scope check(Object productCode, Object periodStart, Object periodEnd) {
    ReviewPeriod period = new ReviewPeriod(day(PERIOD_START, periodStart), day(PERIOD_END, periodEnd));
    if (!period.end().isAfter(period.start())) {
      throw RuleViolation.broken(PERIOD_END, "The last day of the period must come after its first day, "
          + period.start() + ".");
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    if (!period.end().isBefore(today)) {
      throw RuleViolation.broken(PERIOD_END, "A review covers a period that has ended: its last day must be "
          + "before today, " + today + ".");
    }
    String product = productCode == null ? "" : productCode.toString().trim();
    if (!product.isEmpty() && !compiler.isKnownProduct(product)) {
      throw RuleViolation.broken(PRODUCT_CODE, "There is no product with code " + product + ".");
    }
    if (!product.isEmpty() && !compiler.productsWithActivity(period.start(), period.end()).contains(product)) {
      throw RuleViolation.broken(PRODUCT_CODE, "Product " + product + " had no batch releases and no OOS cases "
          + "from " + period.label() + ": there is nothing to review.");
    }
    return new Scope(product, period);
  }

  private static LocalDate day(String field, Object value) {
    LocalDate day = DateTimeInput.day(field, value);
    if (day == null) {
      throw RuleViolation.invalid(field, DateTimeInput.label(field) + " is required.");
    }
    return day;
  }
}
