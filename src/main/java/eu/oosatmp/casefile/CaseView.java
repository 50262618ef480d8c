package eu.oosatmp.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A case as staff and auditors see it: its facts, state, current steps, milestones and deadlines. */
public record CaseView(
    String caseNumber,
    String productCode,
    String batchNumber,
    String releaseSiteCode,
    List<String> treatingSiteCodes,
    String treatingPhysician,
    String patientPseudonym,
    Instant batchExpiry,
    String openedBy,
    CaseState state,
    CaseOutcome outcome,
    List<String> currentSteps,
    Map<String, Instant> milestones,
    List<DeadlineView> deadlines,
    List<CaseRepository.OosResult> oosResults) {

  public enum CaseState {
    OPEN,
    CLOSED
  }

  public record DeadlineView(DeadlineKind kind, Instant startsAt, Instant dueAt, DeadlineStatus status) {}
}
