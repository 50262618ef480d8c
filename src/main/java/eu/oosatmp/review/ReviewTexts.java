package eu.oosatmp.review;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Plain-text renderings of review figures for forms and e-mails. */
final class ReviewTexts {

  private ReviewTexts() {}

  static String figuresSummary(ReviewFigures figures) {
    ReviewFigures.OosOutcomes oos = figures.oosOutcomes();
    return String.join("\n",
        "Released within specification: " + figures.releasedWithinSpecification(),
        "OOS batches: " + oos.total() + " (supplied and administered " + oos.suppliedAndAdministered()
            + ", supplied not administered " + oos.suppliedNotAdministered() + ", declined " + oos.declined()
            + ", expired " + oos.expired() + ", blocked " + oos.blocked() + ", still open " + oos.stillOpen() + ")",
        "OOS rate: " + percent(figures.oosRatePercent()) + " % (previous period " + percent(
            figures.previousPeriod().oosRatePercent()) + " %, change " + percent(figures.previousPeriod().changePoints())
            + " points)",
        "Failures by parameter: " + (figures.failuresByParameter().isEmpty() ? "none"
            : figures.failuresByParameter().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "))));
  }

  /** Each finding by its reason, which says it in words; its code (OOS_RATE_ABOVE_THRESHOLD) is for machines. */
  static String trendSummary(List<ReviewFigures.TrendFinding> findings) {
    return findings.isEmpty() ? "No trend detected."
        : findings.stream().map(finding -> "- " + finding.reason()).collect(Collectors.joining("\n"));
  }

  private static String percent(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
