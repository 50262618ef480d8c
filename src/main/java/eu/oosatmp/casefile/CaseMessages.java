package eu.oosatmp.casefile;

import eu.oosatmp.notification.Message;
import java.time.Instant;

/** The wording of what the process sends to physicians, sponsors and staff. */
public final class CaseMessages {

  static final String SUPPLY_ONLY_AT_REQUEST = "The OOS batch is supplied only at your request, made after you "
      + "have considered the patient's condition and this risk evaluation.";

  private CaseMessages() {}

  public static String subject(CaseFacts facts, String what) {
    return "[" + facts.caseNumber() + "] " + what + ": " + facts.product().name() + " batch "
        + facts.oosCase().batchNumber();
  }

  static Message physicianOosInformation(CaseFacts facts, String physicianEmail) {
    return new Message(physicianEmail, subject(facts, "Out-of-specification result"), String.join("\n",
        "A release test of the batch made for your patient " + facts.oosCase().patientPseudonym()
            + " is out of specification. The batch cannot be certified by a Qualified Person.",
        "",
        facts.summary(),
        "",
        "The manufacturer is investigating the root cause and evaluating the risk for your patient. You will "
            + "receive the risk evaluation.",
        SUPPLY_ONLY_AT_REQUEST));
  }

  static Message sponsorNotification(CaseFacts facts) {
    return new Message(facts.product().parties().sponsorEmail(),
        subject(facts, "OOS batch in clinical trial " + facts.product().authorisationNumber()), String.join("\n",
            "As sponsor of the clinical trial you are notified immediately (EU GMP Part IV 11.54) that a batch "
                + "of the investigational ATMP is out of specification.",
            "",
            facts.summary()));
  }

  static Message riskEvaluation(CaseFacts facts, String physicianEmail, String riskSummary) {
    return new Message(physicianEmail, subject(facts, "Risk evaluation of the OOS batch"), String.join("\n",
        "The manufacturer's evaluation of the risks of the out-of-specification batch for your patient "
            + facts.oosCase().patientPseudonym() + ":",
        "",
        riskSummary,
        "",
        SUPPLY_ONLY_AT_REQUEST,
        "Please record your decision (request supply or decline) in the task list.",
        "",
        facts.summary()));
  }

  static Message decisionReminder(CaseFacts facts, String physicianEmail) {
    return new Message(physicianEmail, subject(facts, "Reminder: your decision on the OOS batch is awaited"),
        String.join("\n",
            "Your decision whether to request supply of the out-of-specification batch is still open.",
            "The batch expires " + CaseFacts.time(facts.oosCase().batchExpiry()) + ".",
            "",
            facts.summary()));
  }

  static Message noSupply(CaseFacts facts, String recipient, String reason) {
    return new Message(recipient, subject(facts, "The OOS batch will not be supplied"), String.join("\n",
        "The out-of-specification batch made for patient " + facts.oosCase().patientPseudonym()
            + " will not be supplied: " + reason,
        "",
        facts.summary()));
  }

  /** Why supply will not happen, from the last step that decided it. */
  static String noSupplyReason(CaseFacts facts, java.util.List<CaseRecords.CaseRecord> records) {
    CaseRecords.CaseRecord decisive = records.stream()
        .filter(record -> record.type() == RecordType.BATCH_EXPIRED || record.type() == RecordType.QP_VERIFICATION
            || record.type() == RecordType.SUPPLY_DECISION)
        .reduce((earlier, later) -> later)
        .orElseThrow(() -> new IllegalStateException("No decision recorded for " + facts.caseNumber()));
    return switch (decisive.type()) {
      case BATCH_EXPIRED -> "the batch expired on " + time(facts.oosCase().batchExpiry()) + ".";
      case QP_VERIFICATION -> "the Qualified Person did not confirm the verification of the batch"
          + (decisive.text("qpComment") == null ? "." : " (" + decisive.text("qpComment") + ").");
      default -> "the treating physician declined the supply on " + time(decisive.recordedAt()) + ".";
    };
  }

  public static String riskSummary(CaseRecords.CaseRecord evaluation) {
    return String.join("\n",
        "Hazards: " + evaluation.text("hazards"),
        "Severity: " + evaluation.text("severity") + "; probability: " + evaluation.text("probability")
            + "; detectability: " + evaluation.text("detectability"),
        "Overall risk (ICH Q9): " + evaluation.text("overallRisk"),
        "Alternatives for the patient: " + evaluation.text("patientAlternatives"),
        "Recommendation: " + evaluation.text("recommendation"),
        "Rationale: " + evaluation.text("riskRationale"),
        "Evaluated by " + evaluation.recordedBy() + " on " + CaseFacts.time(evaluation.recordedAt()));
  }

  public static String time(Instant instant) {
    return CaseFacts.time(instant);
  }
}
