package eu.oosatmp.casefile;

import static eu.oosatmp.casefile.OosBatchHandlingProcess.MICROBIAL_OOS;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.NOT_ADMINISTERED;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.REQUEST_SUPPLY;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What each user task records in the case file, and the rules its input must keep. A broken rule
 * refuses the completion with a message the user sees in Tasklist; nothing is recorded then.
 */
enum CaseTask {

  INVESTIGATION(OosBatchHandlingProcess.TASK_INVESTIGATE_ROOT_CAUSE, RecordType.INVESTIGATION,
      List.of("phase1Findings", "rootCause"), List.of("laboratoryErrorFound", "phase2Findings", "capa",
      "ccsReviewOutcome")) {
    @Override
    void check(DelegateTask task, Instant now) {
      if (FormValues.isTrue(task, MICROBIAL_OOS)) {
        require(task, "ccsReviewOutcome", "a microbial OOS result needs the contamination control strategy review");
      }
    }
  },
  RISK_EVALUATION(OosBatchHandlingProcess.TASK_EVALUATE_PATIENT_RISK, RecordType.RISK_EVALUATION,
      List.of("hazards", "severity", "probability", "detectability", "overallRisk", "patientAlternatives",
          "recommendation", "riskRationale"), List.of()),
  SUPPLY_DECISION(OosBatchHandlingProcess.TASK_DECIDE_ON_SUPPLY, RecordType.SUPPLY_DECISION,
      List.of("supplyDecision", "patientCondition", "alternativesConsidered", "consequencesOfNotTreating"),
      List.of("immediateHazardAvoided")) {
    @Override
    void check(DelegateTask task, Instant now) {
      if (REQUEST_SUPPLY.equals(FormValues.text(task, "supplyDecision"))
          && !FormValues.isTrue(task, "immediateHazardAvoided")) {
        throw refused("immediateHazardAvoided", "an OOS batch may be requested only to avoid an immediate "
            + "significant hazard to the patient (EU GMP Part IV 11.53)");
      }
    }
  },
  QP_VERIFICATION(OosBatchHandlingProcess.TASK_VERIFY_BATCH_AS_QP, RecordType.QP_VERIFICATION,
      List.of("importProcedures"), List.of("verificationsPerformed", "qpConfirmed", "qpComment")) {
    @Override
    void check(DelegateTask task, Instant now) {
      boolean confirmed = FormValues.isTrue(task, OosBatchHandlingProcess.QP_CONFIRMED);
      if (confirmed && !FormValues.isTrue(task, "verificationsPerformed")) {
        throw refused("verificationsPerformed", "confirm that the verifications were performed");
      }
      if (confirmed && "NOT_FOLLOWED".equals(FormValues.text(task, "importProcedures"))) {
        throw refused("importProcedures", "an imported batch is confirmed only after the import procedures");
      }
      task.setVariable(OosBatchHandlingProcess.QP_CONFIRMED, confirmed);
    }
  },
  SUPPLY(OosBatchHandlingProcess.TASK_RECORD_SUPPLY, RecordType.SUPPLY,
      List.of("suppliedAt", "acceptanceReference"), List.of("physicianAcceptanceConfirmed")) {
    @Override
    void check(DelegateTask task, Instant now) {
      if (!FormValues.isTrue(task, "physicianAcceptanceConfirmed")) {
        throw refused("physicianAcceptanceConfirmed", "the physician's acceptance must be on record before supply");
      }
      notInFuture(task, "suppliedAt", now);
    }
  },
  SUPERVISORY_NOTIFICATION(OosBatchHandlingProcess.TASK_NOTIFY_SUPERVISORY_AUTHORITY,
      RecordType.SUPERVISORY_NOTIFICATION, List.of(OosBatchHandlingProcess.NOTIFICATION_BODY), List.of()),
  NATIONAL_AUTHORITY_ANSWER(OosBatchHandlingProcess.TASK_ASK_NATIONAL_AUTHORITY,
      RecordType.NATIONAL_AUTHORITY_ANSWER,
      List.of(OosBatchHandlingProcess.ASKED_COUNTRY, "nationalAuthorityAnswer", "nationalAuthorityReference"),
      List.of()),
  ADMINISTRATION(OosBatchHandlingProcess.TASK_RECORD_ADMINISTRATION, RecordType.ADMINISTRATION,
      List.of(OosBatchHandlingProcess.ADMINISTRATION), List.of("administeredAt", "notAdministeredReason")) {
    @Override
    void check(DelegateTask task, Instant now) {
      if (NOT_ADMINISTERED.equals(FormValues.text(task, OosBatchHandlingProcess.ADMINISTRATION))) {
        require(task, "notAdministeredReason", "say why the batch was not administered");
      } else {
        require(task, "administeredAt", "record when the batch was administered");
        notInFuture(task, "administeredAt", now);
      }
    }
  },
  PATIENT_INFORMATION(OosBatchHandlingProcess.TASK_CONFIRM_PATIENT_INFORMED, RecordType.PATIENT_INFORMATION,
      List.of("informationLanguage", "patientInformedAt"), List.of("patientInformed")) {
    @Override
    void check(DelegateTask task, Instant now) {
      if (!FormValues.isTrue(task, "patientInformed")) {
        throw refused("patientInformed", "confirm that the patient was informed");
      }
      notInFuture(task, "patientInformedAt", now);
    }
  },
  PHARMACOVIGILANCE(OosBatchHandlingProcess.TASK_REGISTER_PHARMACOVIGILANCE,
      RecordType.PHARMACOVIGILANCE_FOLLOW_UP, List.of("pvCaseReference", "registryName", "followUpPlan"), List.of());

  private final String taskId;
  private final RecordType recordType;
  private final List<String> required;
  private final List<String> optional;

  CaseTask(String taskId, RecordType recordType, List<String> required, List<String> optional) {
    this.taskId = taskId;
    this.recordType = recordType;
    this.required = required;
    this.optional = optional;
  }

  static Optional<CaseTask> of(String taskDefinitionKey) {
    return Arrays.stream(values()).filter(task -> task.taskId.equals(taskDefinitionKey)).findFirst();
  }

  RecordType recordType() {
    return recordType;
  }

  /** Checks the input and returns what is recorded: required and optional fields as given. */
  Map<String, Object> details(DelegateTask task, Instant now) {
    required.forEach(field -> require(task, field, "is required"));
    check(task, now);
    Map<String, Object> details = new LinkedHashMap<>();
    for (String field : required) {
      details.put(field, value(task, field));
    }
    for (String field : optional) {
      Object value = value(task, field);
      if (value != null) {
        details.put(field, value);
      }
    }
    return details;
  }

  void check(DelegateTask task, Instant now) {}

  private static Object value(DelegateTask task, String field) {
    Object value = task.getVariable(field);
    if (value instanceof String && field.endsWith("At")) {
      return FormValues.instant(task, field).toString();
    }
    return value instanceof java.util.Date date ? date.toInstant().toString() : value;
  }

  static void require(DelegateTask task, String field, String message) {
    if (FormValues.text(task, field) == null) {
      throw refused(field, message);
    }
  }

  static void notInFuture(DelegateTask task, String field, Instant now) {
    Instant value = FormValues.instant(task, field);
    if (value != null && value.isAfter(now)) {
      throw refused(field, "cannot be in the future");
    }
  }

  static BadUserRequestException refused(String field, String message) {
    return new BadUserRequestException(field + ": " + message);
  }
}
