package eu.oosatmp.review;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What a periodic review compiles for one product and period (Q&A 3): OOS batches by outcome against the
 * batches released within specification, their breakdown by failed parameter and by month, the comparison
 * with the previous period, and each OOS batch with its 48-hour notification.
 */
public record ReviewFigures(
    String productCode,
    String productName,
    String marketingAuthorisationHolder,
    LocalDate periodStart,
    LocalDate periodEnd,
    int releasedWithinSpecification,
    OosOutcomes oosOutcomes,
    double oosRatePercent,
    Map<String, Integer> failuresByParameter,
    List<Month> byMonth,
    PreviousPeriod previousPeriod,
    List<OosBatch> oosBatches) {

  /** OOS batches of the period (cases opened in it) by how they ended. */
  public record OosOutcomes(int suppliedAndAdministered, int suppliedNotAdministered, int declined, int expired,
      int blocked, int stillOpen) {

    public int total() {
      return suppliedAndAdministered + suppliedNotAdministered + declined + expired + blocked + stillOpen;
    }
  }

  public record Month(YearMonth month, int releasedWithinSpecification, int oosBatches) {}

  public record PreviousPeriod(LocalDate periodStart, LocalDate periodEnd, int releasedWithinSpecification,
      int oosBatches, double oosRatePercent, double changePoints) {}

  /** notification48h: MET, LATE, MISSED, OPEN, or NOT_APPLICABLE (not supplied, or a clinical trial). */
  public record OosBatch(String caseNumber, String batchNumber, LocalDate detected, List<String> failedParameters,
      String outcome, boolean administered, String notification48h) {}

  public record TrendFinding(String finding, String reason) {}

  public int maxFailuresOfOneParameter() {
    return failuresByParameter.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }
}
