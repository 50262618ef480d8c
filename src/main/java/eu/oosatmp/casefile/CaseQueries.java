package eu.oosatmp.casefile;

import eu.oosatmp.casefile.CaseRecords.CaseRecord;
import eu.oosatmp.casefile.CaseView.CaseState;
import eu.oosatmp.notification.Aggregate;
import eu.oosatmp.notification.Delivery;
import eu.oosatmp.notification.NotificationKind;
import eu.oosatmp.notification.Notifications;
import eu.oosatmp.security.AsSystem;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/** Builds the case views of the API from the case records, notifications, deadlines and open tasks. */
@Service
public class CaseQueries {

  private final CaseRepository cases;
  private final CaseRecords records;
  private final Notifications notifications;
  private final Deadlines deadlines;
  private final TaskService taskService;
  private final AsSystem asSystem;
  private final Clock clock;

  public CaseQueries(CaseRepository cases, CaseRecords records, Notifications notifications, Deadlines deadlines,
      TaskService taskService, AsSystem asSystem, Clock clock) {
    this.cases = cases;
    this.records = records;
    this.notifications = notifications;
    this.deadlines = deadlines;
    this.taskService = taskService;
    this.asSystem = asSystem;
    this.clock = clock;
  }

  public Optional<CaseView> find(String caseNumber) {
    return cases.find(caseNumber).map(this::view);
  }

  public List<CaseView> list(String productCode, CaseState state, Instant openedFrom, Instant openedTo,
      String onlyPhysician) {
    return cases.findCaseNumbers(productCode, openedFrom, openedTo).stream()
        .map(number -> cases.find(number).orElseThrow())
        .filter(oosCase -> onlyPhysician == null || onlyPhysician.equals(oosCase.treatingPhysician()))
        .map(this::view)
        .filter(view -> state == null || view.state() == state)
        .toList();
  }

  private CaseView view(CaseRepository.OosCase oosCase) {
    String caseNumber = oosCase.caseNumber();
    List<CaseRecord> caseRecords = records.all(caseNumber);
    Optional<CaseRecord> closed = last(caseRecords, RecordType.CASE_CLOSED);
    Instant now = clock.instant();
    List<Delivery> deliveries = notifications.deliveries(Aggregate.oosCase(caseNumber));
    return new CaseView(caseNumber, oosCase.productCode(), oosCase.batchNumber(), oosCase.releaseSiteCode(),
        oosCase.treatingSiteCodes(), oosCase.treatingPhysician(), oosCase.patientPseudonym(), oosCase.batchExpiry(),
        oosCase.openedBy(),
        closed.isPresent() ? CaseState.CLOSED : CaseState.OPEN,
        closed.map(record -> CaseOutcome.valueOf(record.text("outcome"))).orElse(null),
        closed.isPresent() ? List.of() : currentSteps(caseNumber),
        milestones(oosCase, caseRecords, deliveries),
        deadlines.all(caseNumber).stream()
            .map(deadline -> new CaseView.DeadlineView(deadline.kind(), deadline.startsAt(), deadline.dueAt(),
                deadline.status(now)))
            .toList(),
        cases.results(caseNumber),
        deliveries.stream()
            .map(delivery -> new CaseView.NotificationView(delivery.kind(), delivery.recipient(), delivery.status(),
                delivery.queuedAt(), delivery.sentAt()))
            .toList());
  }

  private Map<String, Instant> milestones(CaseRepository.OosCase oosCase, List<CaseRecord> caseRecords,
      List<Delivery> sent) {
    Map<String, Instant> milestones = new LinkedHashMap<>();
    milestones.put("detected", oosCase.openedAt());
    put(milestones, "physicianInformed", firstSent(sent, NotificationKind.PHYSICIAN_OOS_INFORMATION));
    put(milestones, "sponsorNotified", firstSent(sent, NotificationKind.SPONSOR_NOTIFICATION));
    put(milestones, "riskEvaluationSent", firstSent(sent, NotificationKind.RISK_EVALUATION));
    put(milestones, "decision", last(caseRecords, RecordType.SUPPLY_DECISION).map(CaseRecord::recordedAt));
    put(milestones, "qpVerification", last(caseRecords, RecordType.QP_VERIFICATION).map(CaseRecord::recordedAt));
    put(milestones, "supplied", last(caseRecords, RecordType.SUPPLY).map(record -> Instant.parse(record.text("suppliedAt"))));
    put(milestones, "administered", last(caseRecords, RecordType.ADMINISTRATION)
        .filter(record -> record.text("administeredAt") != null)
        .map(record -> Instant.parse(record.text("administeredAt"))));
    put(milestones, "authoritiesNotified", firstSent(sent, NotificationKind.SUPERVISORY_AUTHORITY_NOTIFICATION));
    put(milestones, "patientInformed", last(caseRecords, RecordType.PATIENT_INFORMATION)
        .map(record -> Instant.parse(record.text("patientInformedAt"))));
    put(milestones, "closed", last(caseRecords, RecordType.CASE_CLOSED).map(CaseRecord::recordedAt));
    return milestones;
  }

  /** Open tasks of the case whoever may work on them: the view is about the case, not the caller's work. */
  private List<String> currentSteps(String caseNumber) {
    return asSystem.call(() -> taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .orderByTaskCreateTime().asc().list().stream().map(Task::getName).distinct().toList());
  }

  /** When the first message of the kind reached the mail server: queued is not yet told. */
  private static Optional<Instant> firstSent(List<Delivery> deliveries, NotificationKind kind) {
    return deliveries.stream().filter(delivery -> delivery.kind() == kind && delivery.isSent())
        .map(Delivery::sentAt).min(Instant::compareTo);
  }

  private static Optional<CaseRecord> last(List<CaseRecord> caseRecords, RecordType type) {
    Predicate<CaseRecord> ofType = record -> record.type() == type;
    return caseRecords.stream().filter(ofType).reduce((first, second) -> second);
  }

  private static void put(Map<String, Instant> milestones, String name, Optional<Instant> time) {
    milestones.put(name, time.orElse(null));
  }
}
