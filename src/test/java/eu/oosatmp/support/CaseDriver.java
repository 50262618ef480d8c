package eu.oosatmp.support;

import eu.oosatmp.casefile.CaseOpening;
import eu.oosatmp.casefile.OpenCaseRequest;
import eu.oosatmp.notification.Notifications;
import eu.oosatmp.security.UserGroup;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Works a case through the process as its users would, through the engine's Java API. */
public final class CaseDriver {

  private static final AtomicInteger BATCHES = new AtomicInteger();
  private static final Map<String, UserGroup> DEMO_GROUPS = Map.of("qa", UserGroup.QUALITY_ASSURANCE,
      "qp", UserGroup.QUALIFIED_PERSONS, "physician", UserGroup.PHYSICIANS,
      "regulatory", UserGroup.REGULATORY_AFFAIRS, "pv", UserGroup.PHARMACOVIGILANCE);

  private final CaseOpening opening;
  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  /** While set, notifications stay in the outbox, as when the mail server is down. */
  private boolean holdDeliveries;

  public CaseDriver(ProcessEngine engine, CaseOpening opening) {
    this.opening = opening;
    this.identityService = engine.getIdentityService();
    this.runtimeService = engine.getRuntimeService();
    this.taskService = engine.getTaskService();
    this.managementService = engine.getManagementService();
  }

  public static OpenCaseRequest request(String product, String releaseSite, String treatingSite, String parameter) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    return new OpenCaseRequest(product, "B" + System.nanoTime() % 1_000_000 + "-" + BATCHES.incrementAndGet(),
        releaseSite, List.of(treatingSite), "physician", "PAT-7F3K9Q", now.plusDays(10),
        List.of(new OpenCaseRequest.OosResultInput(parameter, "≥ 80 %", "72", "%", "Flow cytometry (Ph. Eur. 2.7.24)",
            now.minusHours(2))));
  }

  /** Opens the case as QA and runs the process up to its first wait state. */
  public String open(OpenCaseRequest request) {
    String caseNumber = as("qa", () -> opening.open(request, "qa"));
    runAsyncSteps(caseNumber);
    return caseNumber;
  }

  public ProcessInstance instance(String caseNumber) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
  }

  public List<Task> tasks(String caseNumber, String taskKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey).list();
  }

  /** Completes the (first) open task of that kind as the user, with the form's values, then runs on. */
  public void complete(String caseNumber, String taskKey, String user, Map<String, Object> formValues) {
    Task task = tasks(caseNumber, taskKey).get(0);
    as(user, () -> {
      taskService.complete(task.getId(), new HashMap<>(formValues));
      return null;
    });
    runAsyncSteps(caseNumber);
  }

  /** Fires a timer now (whatever its due date) and runs on. */
  public void fireTimer(String caseNumber, String boundaryEventId) {
    managementService.executeJob(timer(caseNumber, boundaryEventId).getId());
    runAsyncSteps(caseNumber);
  }

  public Job timer(String caseNumber, String boundaryEventId) {
    return managementService.createJobQuery().processInstanceId(instance(caseNumber).getId()).timers()
        .activityId(boundaryEventId).singleResult();
  }

  public Object variable(String caseNumber, String name) {
    return runtimeService.getVariable(instance(caseNumber).getId(), name);
  }

  /** Executes the asynchronous continuations (not timers) of the case until it waits for people or time. */
  public void runAsyncSteps(String caseNumber) {
    ProcessInstance instance = instance(caseNumber);
    if (instance != null) {
      runJobs(instance.getId());
    }
  }

  /** Leaves notifications undelivered until {@link #releaseDeliveries()}. */
  public void holdDeliveries() {
    holdDeliveries = true;
  }

  /** Delivers every notification still in the outbox (of any case), then runs the cases on. */
  public void releaseDeliveries() {
    holdDeliveries = false;
    deliveryJobs(managementService.createJobQuery().messages().list())
        .forEach(job -> managementService.executeJob(job.getId()));
  }

  /** The outbox's delivery jobs among the jobs. */
  public static List<Job> deliveryJobs(List<Job> jobs) {
    return jobs.stream().filter(CaseDriver::isDelivery).toList();
  }

  /** Executes a process instance's asynchronous continuations (not timers) until none is left. */
  public void runJobs(String processInstanceId) {
    for (int round = 0; round < 100; round++) {
      List<Job> jobs = managementService.createJobQuery().processInstanceId(processInstanceId).messages().list()
          .stream().filter(job -> !(holdDeliveries && isDelivery(job))).toList();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
    throw new IllegalStateException("Process instance " + processInstanceId + " keeps creating jobs");
  }

  private static boolean isDelivery(Job job) {
    return Notifications.DELIVERY_JOB_TYPE.equals(((JobEntity) job).getJobHandlerType());
  }

  private <T> T as(String user, java.util.function.Supplier<T> action) {
    identityService.setAuthentication(user, List.of(DEMO_GROUPS.get(user).id()));
    try {
      return action.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  public static Instant hoursAgo(long hours) {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(hours, ChronoUnit.HOURS);
  }

  /** Valid form input per task, as the Camunda Forms submit it (date-times as ISO text). */
  public static final class Forms {

    private Forms() {}

    public static Map<String, Object> investigation() {
      return Map.of("phase1Findings", "No laboratory error: analyst, equipment and reagents verified.",
          "laboratoryErrorFound", false, "phase2Findings", "Low transduction efficiency in the manufacturing run.",
          "rootCause", "Patient starting material with low T-cell fitness.", "capa", "Review of apheresis criteria.");
    }

    public static Map<String, Object> riskEvaluation() {
      return Map.of("hazards", "Reduced efficacy; no safety signal from the failed parameter.",
          "severity", "MEDIUM", "probability", "LOW", "detectability", "HIGH", "overallRisk", "MEDIUM",
          "patientAlternatives", "No further apheresis possible; no other therapy line available.",
          "recommendation", "SUPPLY_ACCEPTABLE", "riskRationale", "Benefit expected to outweigh reduced potency.");
    }

    public static Map<String, Object> decision(String supplyDecision) {
      return Map.of("supplyDecision", supplyDecision, "immediateHazardAvoided", true,
          "patientCondition", "Relapsed DLBCL, rapidly progressing.", "alternativesConsidered", "None available.",
          "consequencesOfNotTreating", "Disease progression within weeks.");
    }

    public static Map<String, Object> qpVerification(boolean confirmed) {
      return Map.of("verificationsPerformed", true, "importProcedures", "NOT_IMPORTED", "qpConfirmed", confirmed,
          "qpComment", confirmed ? "All verifications performed." : "Transport temperature record incomplete.");
    }

    public static Map<String, Object> supply(Instant suppliedAt) {
      return Map.of("suppliedAt", suppliedAt.toString(), "physicianAcceptanceConfirmed", true,
          "acceptanceReference", "Signed request form of 2026-11-20");
    }

    public static Map<String, Object> supervisoryNotification() {
      return Map.of("notificationBody", "Notification of OOS supply (see case record).");
    }

    public static Map<String, Object> nationalAnswer(String answer) {
      return Map.of("nationalAuthorityAnswer", answer, "nationalAuthorityReference", "Phone call with duty officer");
    }

    public static Map<String, Object> administered(Instant at) {
      return Map.of("administration", "ADMINISTERED", "administeredAt", at.toString());
    }

    public static Map<String, Object> notAdministered() {
      return Map.of("administration", "NOT_ADMINISTERED", "notAdministeredReason", "Patient's condition worsened.");
    }

    public static Map<String, Object> patientInformed(Instant at) {
      return Map.of("patientInformed", true, "informationLanguage", "de", "patientInformedAt", at.toString());
    }

    public static Map<String, Object> pharmacovigilance() {
      return Map.of("pvCaseReference", "PV-2026-0042", "registryName", "EBMT registry",
          "followUpPlan", "Follow-up at 1, 3, 6 and 12 months.");
    }
  }
}
