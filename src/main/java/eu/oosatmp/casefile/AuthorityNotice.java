package eu.oosatmp.casefile;

import static eu.oosatmp.notification.NotificationKind.DEADLINE_ESCALATION;
import static eu.oosatmp.notification.NotificationKind.DEADLINE_REMINDER;
import static eu.oosatmp.notification.NotificationKind.NOT_ADMINISTERED_NOTICE;

import eu.oosatmp.authority.Authority;
import eu.oosatmp.notification.MailTemplates;
import eu.oosatmp.notification.Message;
import eu.oosatmp.notification.NotificationKind;
import eu.oosatmp.notification.PersonNames;
import eu.oosatmp.notification.UtcTime;
import eu.oosatmp.product.Party;
import eu.oosatmp.product.PartyContact;
import eu.oosatmp.product.Product;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * What authorities, and regulatory and QA staff, receive. An authority always receives the structured facts
 * of the case as its records stand when the notification is sent (Q&A 2 and 4), under the cover note that
 * regulatory affairs wrote, from the party the written agreement names for authorities (Q&A 1).
 */
@Component
public class AuthorityNotice {

  private final MailTemplates templates;
  private final CaseRecords records;
  private final PersonNames names;

  public AuthorityNotice(MailTemplates templates, CaseRecords records, PersonNames names) {
    this.templates = templates;
    this.records = records;
    this.names = names;
  }

  /**
   * The cover note regulatory affairs start from. The case facts follow it when sent; the investigation is
   * named here only as it stands at drafting, since it may conclude before the notification is sent.
   */
  static String draft(CaseFacts facts, Instant suppliedAt, Optional<CaseRecords.CaseRecord> investigation) {
    return String.join("\n",
        "We notify you of the supply of an out-of-specification batch of the authorised cell/tissue-based ATMP "
            + facts.product().displayName() + ", batch " + facts.oosCase().batchNumber()
            + " (EMA/CAT Q&A on OOS batches, question 2).",
        "",
        "The batch was supplied to the treating site on " + UtcTime.format(suppliedAt)
            + " at the request of the treating physician, after the manufacturer's risk evaluation was sent to them.",
        investigation
            .map(concluded -> "The root-cause investigation was concluded on " + UtcTime.format(concluded.recordedAt())
                + "; root cause: " + concluded.text("rootCause"))
            .orElse("The root-cause investigation was ongoing when this notification was drafted."),
        "",
        "The case facts, as recorded when this notification is sent, follow below.");
  }

  Message toAuthority(CaseFacts facts, Authority authority, NotificationKind kind, String coverNote) {
    Product product = facts.product();
    List<PartyContact> parties = Stream.of(Party.MAH, Party.MANUFACTURER, Party.IMPORTER)
        .map(product::party)
        .filter(party -> party.name() != null)
        .toList();
    return templates.message(kind, authority.notificationEmail(), product.authorityContact(),
        CaseMessages.subject(templates, kind, facts, authority.acronym()), Locale.ENGLISH,
        Map.of("facts", facts, "coverNote", coverNote, "parties", parties, "contact", product.authorityContact(),
            "physician", names.of(facts.oosCase().treatingPhysician()),
            "progress", CaseProgress.of(records.all(facts.caseNumber()), names)));
  }

  /** Authorities hear it from their contact under the written agreement, a sponsor from the manufacturer. */
  Message notAdministered(CaseFacts facts, String recipient, String reason) {
    Party signatory = recipient.equals(facts.product().parties().sponsorEmail()) ? Party.MANUFACTURER
        : facts.product().writtenAgreement().authorityContact();
    return templates.message(NOT_ADMINISTERED_NOTICE, recipient, facts.product().party(signatory),
        CaseMessages.subject(templates, NOT_ADMINISTERED_NOTICE, facts), Locale.ENGLISH,
        Map.of("facts", facts, "reason", reason));
  }

  Message deadlineReminder(CaseFacts facts, String recipient, Instant dueAt) {
    return toStaff(DEADLINE_REMINDER, facts, recipient, dueAt);
  }

  Message deadlineMissed(CaseFacts facts, String recipient, Instant dueAt) {
    return toStaff(DEADLINE_ESCALATION, facts, recipient, dueAt);
  }

  private Message toStaff(NotificationKind kind, CaseFacts facts, String recipient, Instant dueAt) {
    return templates.message(kind, recipient, null, CaseMessages.subject(templates, kind, facts), Locale.ENGLISH,
        Map.of("facts", facts, "dueAt", dueAt));
  }
}
