package eu.oosatmp.casefile;

import static eu.oosatmp.notification.NotificationKind.DECISION_REMINDER;
import static eu.oosatmp.notification.NotificationKind.NO_SUPPLY_NOTICE;
import static eu.oosatmp.notification.NotificationKind.PHYSICIAN_OOS_INFORMATION;
import static eu.oosatmp.notification.NotificationKind.RISK_EVALUATION;
import static eu.oosatmp.notification.NotificationKind.SPONSOR_NOTIFICATION;

import eu.oosatmp.notification.MailLanguages;
import eu.oosatmp.notification.MailTemplates;
import eu.oosatmp.notification.Message;
import eu.oosatmp.notification.NotificationKind;
import eu.oosatmp.notification.PersonNames;
import eu.oosatmp.product.Party;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the process sends to physicians and sponsors. The physician reads the language of the treating site's
 * country, with the English text below, and hears from the party the written agreement names for physicians
 * (Q&A 1). The sponsor hears from the manufacturer, which detected the OOS (Part IV 11.54).
 */
@Component
public class CaseMessages {

  private final MailTemplates templates;
  private final MailLanguages languages;
  private final PersonNames names;
  private final RiskEvaluationDocument riskEvaluationDocument;

  public CaseMessages(MailTemplates templates, MailLanguages languages, PersonNames names,
      RiskEvaluationDocument riskEvaluationDocument) {
    this.templates = templates;
    this.languages = languages;
    this.names = names;
    this.riskEvaluationDocument = riskEvaluationDocument;
  }

  /** Why a batch will not be supplied: the step that decided it, when, and the QP's comment if any. */
  public record NoSupplyReason(String kind, Instant at, String comment) {}

  /** "[OOS-2026-0001] Risk evaluation of the OOS batch: Kymriah batch B123", the phrase by kind. */
  static String subject(MailTemplates templates, NotificationKind kind, CaseFacts facts, Object... arguments) {
    return templates.text("subject.case", facts.caseNumber(), templates.text("subject." + kind.name(), arguments),
        facts.product().name(), facts.oosCase().batchNumber());
  }

  /** Q&A 2: the physician is informed immediately. */
  Message physicianOosInformation(CaseFacts facts, String physicianEmail) {
    return toPhysician(PHYSICIAN_OOS_INFORMATION, facts, physicianEmail, Map.of("facts", facts), List.of());
  }

  /** Part IV 11.54: the sponsor of a clinical trial is notified immediately. */
  Message sponsorNotification(CaseFacts facts) {
    return toSponsor(SPONSOR_NOTIFICATION, facts, Map.of("facts", facts), facts.product().authorisationNumber());
  }

  /** Q&A 1: the manufacturer's evaluation of the risks goes to the physician, in words and as a document. */
  Message riskEvaluation(CaseFacts facts, String physicianEmail, CaseRecords.CaseRecord evaluation) {
    RecordedStep step = RecordedStep.of(evaluation, names);
    Message.Attachment document = new Message.Attachment("risk-evaluation-" + facts.caseNumber() + ".pdf",
        "application/pdf", riskEvaluationDocument.pdf(facts, step));
    return toPhysician(RISK_EVALUATION, facts, physicianEmail, Map.of("facts", facts, "evaluation", step),
        List.of(document));
  }

  /** The evaluation as the physician's decision form shows it, in English, the request rule first. */
  String riskSummary(CaseRecords.CaseRecord evaluation) {
    return templates.text("physician.supplyOnlyAtRequest") + "\n\n"
        + templates.render("fragments/risk-evaluation", Locale.ENGLISH,
            Map.of("evaluation", RecordedStep.of(evaluation, names)));
  }

  Message decisionReminder(CaseFacts facts, String physicianEmail) {
    return toPhysician(DECISION_REMINDER, facts, physicianEmail, Map.of("facts", facts), List.of());
  }

  Message noSupplyToPhysician(CaseFacts facts, String physicianEmail, NoSupplyReason reason) {
    return toPhysician(NO_SUPPLY_NOTICE, facts, physicianEmail, Map.of("facts", facts, "reason", reason),
        List.of());
  }

  Message noSupplyToSponsor(CaseFacts facts, NoSupplyReason reason) {
    return toSponsor(NO_SUPPLY_NOTICE, facts, Map.of("facts", facts, "reason", reason));
  }

  /** Why supply will not happen, from the last step that decided it. */
  static NoSupplyReason noSupplyReason(CaseFacts facts, List<CaseRecords.CaseRecord> records) {
    CaseRecords.CaseRecord decisive = records.stream()
        .filter(record -> record.type() == RecordType.BATCH_EXPIRED || record.type() == RecordType.QP_VERIFICATION
            || record.type() == RecordType.SUPPLY_DECISION)
        .reduce((earlier, later) -> later)
        .orElseThrow(() -> new IllegalStateException("No decision recorded for " + facts.caseNumber()));
    return switch (decisive.type()) {
      case BATCH_EXPIRED -> new NoSupplyReason("BATCH_EXPIRED", facts.oosCase().batchExpiry(), null);
      case QP_VERIFICATION -> new NoSupplyReason("QP_NOT_CONFIRMED", decisive.recordedAt(), decisive.text("qpComment"));
      default -> new NoSupplyReason("DECLINED", decisive.recordedAt(), null);
    };
  }

  private Message toPhysician(NotificationKind kind, CaseFacts facts, String physicianEmail,
      Map<String, ?> variables, List<Message.Attachment> attachments) {
    return templates.message(kind, physicianEmail, facts.product().physicianContact(), subject(templates, kind, facts),
        physicianLanguage(facts), variables, attachments);
  }

  private Message toSponsor(NotificationKind kind, CaseFacts facts, Map<String, ?> variables,
      Object... subjectArguments) {
    return templates.message(kind, facts.product().parties().sponsorEmail(),
        facts.product().party(Party.MANUFACTURER), subject(templates, kind, facts, subjectArguments), Locale.ENGLISH,
        variables);
  }

  /** The physician works at the case's (first) treating site, the patient's. */
  private Locale physicianLanguage(CaseFacts facts) {
    return languages.ofCountry(facts.treatingSites().get(0).countryCode());
  }
}
