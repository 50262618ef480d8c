package eu.oosatmp.review;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;

/** A review period, first and last day inclusive. */
public record ReviewPeriod(LocalDate start, LocalDate end) {

  /** The half-year before the one that contains the given instant (UTC): what the scheduled review covers. */
  public static ReviewPeriod previousHalfYear(Instant now) {
    LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate currentHalfStart = LocalDate.of(today.getYear(), today.getMonthValue() <= 6 ? 1 : 7, 1);
    LocalDate previousStart = currentHalfStart.minusMonths(6);
    return new ReviewPeriod(previousStart, currentHalfStart.minusDays(1));
  }

  public String label() {
    return start + " to " + end;
  }
}
