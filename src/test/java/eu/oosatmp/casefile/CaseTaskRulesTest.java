package eu.oosatmp.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.oosatmp.casefile.CaseRecords.CaseRecord;
import eu.oosatmp.casefile.CaseRepository.OosCase;
import eu.oosatmp.casefile.CaseRepository.OosResult;
import eu.oosatmp.integrity.RuleViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of the case's steps, on plain values: no engine, no Spring. */
class CaseTaskRulesTest {

  private static final Instant OPENED = Instant.parse("2026-11-20T08:00:00Z");
  private static final Instant EXPIRY = Instant.parse("2026-11-30T00:00:00Z");
  private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

  private final List<CaseRecord> records = new ArrayList<>();

  @Test
  void aMicrobialResultNeedsTheContaminationControlStrategyReview() {
    Map<String, Object> investigation = Map.of("phase1Findings", "none", "rootCause", "unknown");
    assertRefused(CaseTask.INVESTIGATION, investigation, "Sterility", "ccsReviewOutcome");
    assertAccepted(CaseTask.INVESTIGATION, investigation, "Viability");
  }

  @Test
  void supplyIsRequestedOnlyToAvoidAnImmediateHazardAndBeforeExpiry() {
    Map<String, Object> request = new HashMap<>(Map.of("supplyDecision", "REQUEST_SUPPLY", "patientCondition", "c",
        "alternativesConsidered", "a", "consequencesOfNotTreating", "n", "immediateHazardAvoided", false));
    assertRefused(CaseTask.SUPPLY_DECISION, request, "Viability", "immediateHazardAvoided");
    request.put("immediateHazardAvoided", true);
    assertAccepted(CaseTask.SUPPLY_DECISION, request, "Viability");
  }

  @Test
  void anExpiredBatchCannotBeConfirmedByTheQp() {
    Map<String, Object> confirmed = Map.of("importProcedures", "NOT_IMPORTED", "verificationsPerformed", true,
        "qpConfirmed", true);
    assertAccepted(CaseTask.QP_VERIFICATION, confirmed, "Viability");
    assertThatThrownBy(() -> CaseTask.QP_VERIFICATION.details(new StepValues(confirmed), context("Viability",
        EXPIRY.plusSeconds(60)))).isInstanceOfSatisfying(RuleViolation.class,
            refusal -> assertThat(refusal.sentence()).contains("expired"));
  }

  @Test
  void supplyComesAfterTheRequestAndTheQpVerificationAndBeforeExpiry() {
    records.add(record(RecordType.SUPPLY_DECISION, Instant.parse("2026-11-22T10:00:00Z"), Map.of()));
    records.add(record(RecordType.QP_VERIFICATION, Instant.parse("2026-11-23T10:00:30Z"), Map.of()));
    assertRefused(CaseTask.SUPPLY, supply("2020-01-05T10:00:00Z"), "Viability", "suppliedAt");
    assertRefused(CaseTask.SUPPLY, supply("2026-11-23T09:59:00Z"), "Viability", "suppliedAt");
    assertAccepted(CaseTask.SUPPLY, supply("2026-11-23T10:00:00Z"), "Viability");
    assertRefused(CaseTask.SUPPLY, supply("2026-11-24T12:01:00Z"), "Viability", "suppliedAt");
  }

  @Test
  void administrationComesAfterSupplyAndAfterThePatientWasInformed() {
    records.add(record(RecordType.SUPPLY, Instant.parse("2026-11-23T12:00:00Z"),
        Map.of("suppliedAt", "2026-11-23T11:00:00Z")));
    Map<String, Object> administered = Map.of("administration", "ADMINISTERED", "administeredAt", "2026-11-24 09:00");
    assertRefused(CaseTask.ADMINISTRATION, administered, "Viability", "administeredAt");

    records.add(record(RecordType.PATIENT_INFORMATION, Instant.parse("2026-11-24T08:00:00Z"),
        Map.of("patientInformedAt", "2026-11-24T08:00:00Z")));
    assertAccepted(CaseTask.ADMINISTRATION, administered, "Viability");
    assertRefused(CaseTask.ADMINISTRATION, Map.of("administration", "ADMINISTERED",
        "administeredAt", "2026-11-23 10:00"), "Viability", "administeredAt");
    assertRefused(CaseTask.ADMINISTRATION, Map.of("administration", "ADMINISTERED",
        "administeredAt", "2026-11-24 07:59"), "Viability", "administeredAt");
    assertAccepted(CaseTask.ADMINISTRATION, Map.of("administration", "NOT_ADMINISTERED",
        "notAdministeredReason", "patient deteriorated"), "Viability");
  }

  @Test
  void thePatientIsInformedAfterTheCaseWasOpenedAndNotInTheFuture() {
    assertRefused(CaseTask.PATIENT_INFORMATION, informed("2026-11-19 08:00"), "Viability", "patientInformedAt");
    assertRefused(CaseTask.PATIENT_INFORMATION, informed("2026-11-25 08:00"), "Viability", "patientInformedAt");
    assertAccepted(CaseTask.PATIENT_INFORMATION, informed("2026-11-24 08:00"), "Viability");
  }

  @Test
  void datesOutsideTheYearsARecordCanCarryAreRefusedNotWrapped() {
    assertRefused(CaseTask.PATIENT_INFORMATION, informed("+999999999-12-31T23:59:59Z"), "Viability",
        "patientInformedAt");
    assertRefused(CaseTask.PATIENT_INFORMATION, informed("05.12.2026"), "Viability", "patientInformedAt");
  }

  @Test
  void recordsTimesAsUtcInstants() {
    Map<String, Object> details = CaseTask.PATIENT_INFORMATION.details(
        new StepValues(informed("2026-11-24 09:00 +01:00")), context("Viability", NOW));
    assertThat(details).containsEntry("patientInformedAt", "2026-11-24T08:00:00Z");
  }

  private static Map<String, Object> supply(String suppliedAt) {
    return Map.of("suppliedAt", suppliedAt, "acceptanceReference", "REF-1", "physicianAcceptanceConfirmed", true);
  }

  private static Map<String, Object> informed(String at) {
    return Map.of("patientInformed", true, "informationLanguage", "de", "patientInformedAt", at);
  }

  private void assertRefused(CaseTask step, Map<String, Object> values, String parameter, String field) {
    assertThatThrownBy(() -> step.details(new StepValues(values), context(parameter, NOW)))
        .isInstanceOfSatisfying(RuleViolation.class, refusal -> assertThat(refusal.field()).isEqualTo(field));
  }

  private void assertAccepted(CaseTask step, Map<String, Object> values, String parameter) {
    assertThatCode(() -> step.details(new StepValues(values), context(parameter, NOW))).doesNotThrowAnyException();
  }

  private StepContext context(String parameter, Instant now) {
    OosCase oosCase = new OosCase("OOS-2026-0001", "KYMRIAH", "B1", "NL-REL", "physician", "PAT-1", EXPIRY, OPENED,
        "qa", List.of("CZ-PRAGUE"));
    OosResult result = new OosResult(1, parameter, "spec", "72", "%", "method", OPENED, OPENED, "qa", null, null);
    return new StepContext(now, new CaseFacts(oosCase, null, null, List.of(), List.of(result)), records);
  }

  private static CaseRecord record(RecordType type, Instant at, Map<String, Object> details) {
    return new CaseRecord(0, type, at, "someone", null, details);
  }
}
