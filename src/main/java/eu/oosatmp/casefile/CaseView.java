package eu.oosatmp.casefile;

import eu.oosatmp.notification.Delivery;
import eu.oosatmp.notification.NotificationKind;
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
    List<CaseRepository.OosResult> oosResults,
    List<NotificationView> notifications) {

  public enum CaseState {
    OPEN,
    CLOSED
  }

  /** A notification of the case; one not yet sent shows as PENDING, RETRYING or FAILED. */
  public record NotificationView(NotificationKind kind, String recipient, Delivery.Status status, Instant queuedAt,
      Instant sentAt) {}

  public record DeadlineView(DeadlineKind kind, Instant startsAt, Instant dueAt, DeadlineStatus status) {}
}
