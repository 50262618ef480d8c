package eu.oosatmp.casefile;

import static eu.oosatmp.casefile.OosBatchHandlingProcess.NOT_ADMINISTERED;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.REQUEST_SUPPLY;

import eu.oosatmp.integrity.RuleViolation;
import eu.oosatmp.web.DateTimeInput;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each user task records in the case file, and the rules its input must keep. The form contract
 * has already checked which fields arrive and their types; these are the rules of the regulation and
 * of time. A broken rule refuses the completion with a sentence the user sees; nothing is recorded then.
 */
enum CaseTask {

  INVESTIGATION(OosBatchHandlingProcess.TASK_INVESTIGATE_ROOT_CAUSE, RecordType.INVESTIGATION,
      List.of("phase1Findings", "rootCause"), List.of("laboratoryErrorFound", "phase2Findings", "capa",
      "ccsReviewOutcome")) {
    @Override
    void check(StepValues values, StepContext context) {
      if (context.facts().isMicrobial() && values.text("ccsReviewOutcome") == null) {
        throw RuleViolation.broken("ccsReviewOutcome", "A microbial OOS result needs the outcome of the "
            + "contamination control strategy review (EU GMP Annex 1).");
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
    void check(StepValues values, StepContext context) {
      if (REQUEST_SUPPLY.equals(values.text("supplyDecision")) && !values.isTrue("immediateHazardAvoided")) {
        throw RuleViolation.broken("immediateHazardAvoided", "An OOS batch may be requested only to avoid an "
            + "immediate significant hazard to the patient (EU GMP Part IV 11.53).");
      }
      notExpired(context, "supplyDecision", context.now(), "requested");
    }
  },
  QP_VERIFICATION(OosBatchHandlingProcess.TASK_VERIFY_BATCH_AS_QP, RecordType.QP_VERIFICATION,
      List.of("importProcedures"), List.of("verificationsPerformed", "qpConfirmed", "qpComment")) {
    @Override
    void check(StepValues values, StepContext context) {
      boolean confirmed = values.isTrue(OosBatchHandlingProcess.QP_CONFIRMED);
      if (confirmed && !values.isTrue("verificationsPerformed")) {
        throw RuleViolation.broken("verificationsPerformed", "Confirm that the verifications of the batch were "
            + "performed (Q&A 4).");
      }
      if (confirmed && "NOT_FOLLOWED".equals(values.text("importProcedures"))) {
        throw RuleViolation.broken("importProcedures", "An imported batch is confirmed only after the standard "
            + "import procedures (Q&A 4).");
      }
      if (confirmed) {
        notExpired(context, OosBatchHandlingProcess.QP_CONFIRMED, context.now(), "verified");
      }
    }

    @Override
    Map<String, Object> gatewayFacts(StepValues values) {
      return Map.of(OosBatchHandlingProcess.QP_CONFIRMED, values.isTrue(OosBatchHandlingProcess.QP_CONFIRMED));
    }
  },
  SUPPLY(OosBatchHandlingProcess.TASK_RECORD_SUPPLY, RecordType.SUPPLY,
      List.of("suppliedAt", "acceptanceReference"), List.of("physicianAcceptanceConfirmed")) {
    @Override
    void check(StepValues values, StepContext context) {
      if (!values.isTrue("physicianAcceptanceConfirmed")) {
        throw RuleViolation.broken("physicianAcceptanceConfirmed", "The physician's acceptance must be on record "
            + "before supply (Part IV 11.54).");
      }
      Instant suppliedAt = notInFuture(values, "suppliedAt", context);
      notBefore(suppliedAt, "suppliedAt", context.latest(RecordType.SUPPLY_DECISION), "the physician's request");
      notBefore(suppliedAt, "suppliedAt", context.latest(RecordType.QP_VERIFICATION), "the QP verification");
      notExpired(context, "suppliedAt", suppliedAt, "supplied");
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
    void check(StepValues values, StepContext context) {
      if (NOT_ADMINISTERED.equals(values.text(OosBatchHandlingProcess.ADMINISTRATION))) {
        require(values, "notAdministeredReason", "Say why the batch was not administered.");
        return;
      }
      require(values, "administeredAt", "Record when the batch was administered.");
      Instant administeredAt = notInFuture(values, "administeredAt", context);
      Instant suppliedAt = context.recordedTime(RecordType.SUPPLY, "suppliedAt").orElseThrow();
      if (administeredAt.isBefore(suppliedAt)) {
        throw RuleViolation.broken("administeredAt", "The batch cannot be administered before it was supplied ("
            + CaseFacts.time(suppliedAt) + ").");
      }
      Instant informedAt = context.recordedTime(RecordType.PATIENT_INFORMATION, "patientInformedAt")
          .orElseThrow(() -> RuleViolation.broken("administeredAt", "Record first that the patient was informed "
              + "about the OOS batch they are going to receive (Q&A 5)."));
      if (administeredAt.isBefore(informedAt)) {
        throw RuleViolation.broken("administeredAt", "The patient must be informed before administration; they "
            + "were informed at " + CaseFacts.time(informedAt) + " (Q&A 5).");
      }
    }
  },
  PATIENT_INFORMATION(OosBatchHandlingProcess.TASK_CONFIRM_PATIENT_INFORMED, RecordType.PATIENT_INFORMATION,
      List.of("informationLanguage", "patientInformedAt"), List.of("patientInformed")) {
    @Override
    void check(StepValues values, StepContext context) {
      if (!values.isTrue("patientInformed")) {
        throw RuleViolation.broken("patientInformed", "Confirm that the patient was informed (Q&A 5).");
      }
      Instant informedAt = notInFuture(values, "patientInformedAt", context);
      if (informedAt.isBefore(context.openedAt().truncatedTo(java.time.temporal.ChronoUnit.MINUTES))) {
        throw RuleViolation.broken("patientInformedAt", "The patient cannot have been informed about the OOS "
            + "batch before the case was opened (" + CaseFacts.time(context.openedAt()) + ").");
      }
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

  /** The fields this step records: the form's fields the step reads. */
  List<String> fields() {
    return java.util.stream.Stream.concat(required.stream(), optional.stream()).toList();
  }

  /** Checks the input and returns what is recorded: required and optional fields as given. */
  Map<String, Object> details(StepValues values, StepContext context) {
    required.forEach(field -> require(values, field, DateTimeInput.label(field) + " is required."));
    check(values, context);
    Map<String, Object> details = new LinkedHashMap<>();
    for (String field : fields()) {
      Object value = values.recorded(field);
      if (value != null || required.contains(field)) {
        details.put(field, value);
      }
    }
    return details;
  }

  void check(StepValues values, StepContext context) {}

  /** What the gateway after this step decides on, when the form may leave it out (an unticked box). */
  Map<String, Object> gatewayFacts(StepValues values) {
    return Map.of();
  }

  static void require(StepValues values, String field, String sentence) {
    if (values.text(field) == null) {
      throw RuleViolation.broken(field, sentence);
    }
  }

  static Instant notInFuture(StepValues values, String field, StepContext context) {
    Instant value = values.instant(field);
    if (value.isAfter(context.now())) {
      throw RuleViolation.broken(field, DateTimeInput.label(field) + " cannot be in the future (now: "
          + CaseFacts.time(context.now()) + ").");
    }
    return value;
  }

  private static void notBefore(Instant time, String field, Optional<CaseRecords.CaseRecord> earlierStep,
      String what) {
    // Forms take times to the minute: a step in the same minute as the earlier one is not before it.
    earlierStep.ifPresent(step -> {
      if (time.isBefore(step.recordedAt().truncatedTo(java.time.temporal.ChronoUnit.MINUTES))) {
        throw RuleViolation.broken(field, DateTimeInput.label(field) + " cannot be before " + what + " ("
            + CaseFacts.time(step.recordedAt()) + ").");
      }
    });
  }

  private static void notExpired(StepContext context, String field, Instant at, String what) {
    if (!at.isBefore(context.batchExpiry())) {
      throw RuleViolation.broken(field, "The batch expired at " + CaseFacts.time(context.batchExpiry())
          + ": it can no longer be " + what + ".");
    }
  }
}
