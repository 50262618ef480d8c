package eu.oosatmp.casefile;

import eu.oosatmp.authority.Authority;
import eu.oosatmp.notification.Message;
import java.time.Instant;

/** The wording of what authorities and regulatory staff receive. */
final class AuthorityNotice {

  private AuthorityNotice() {}

  static String draft(CaseFacts facts, Instant suppliedAt) {
    return String.join("\n",
        "Notification of the supply of an out-of-specification batch of an authorised cell/tissue-based ATMP "
            + "(EMA/CAT Q&A on OOS batches, question 2).",
        "",
        facts.summary(),
        "",
        "Supplied to the treating site on " + CaseMessages.time(suppliedAt)
            + " at the written request of the treating physician, after the risk evaluation was sent to them.",
        "Marketing authorisation holder: " + orDash(facts.product().parties().mah())
            + "; manufacturer: " + facts.product().parties().manufacturer()
            + (facts.product().parties().importer() == null ? "" : "; importer: " + facts.product().parties().importer()),
        "The root-cause investigation is ongoing; its outcome is kept with the case record.");
  }

  static Message toAuthority(CaseFacts facts, Authority authority, String body) {
    return new Message(authority.notificationEmail(),
        CaseMessages.subject(facts, "Supply of an OOS ATMP batch (" + authority.acronym() + ")"), body);
  }

  static Message notAdministered(CaseFacts facts, String recipient, String reason) {
    return new Message(recipient, CaseMessages.subject(facts, "OOS batch not administered"), String.join("\n",
        "Further to our notification: the out-of-specification batch supplied for patient "
            + facts.oosCase().patientPseudonym() + " was not administered.",
        "Reason: " + reason,
        "",
        facts.summary()));
  }

  static Message deadlineReminder(CaseFacts facts, String recipient, Instant dueAt) {
    return new Message(recipient, CaseMessages.subject(facts, "Supervisory Authority notification due"),
        String.join("\n",
            "The Supervisory Authority must be informed of the OOS supply by " + CaseMessages.time(dueAt)
                + " (48 hours after supply). Please complete the notification task.",
            "",
            facts.summary()));
  }

  static Message deadlineMissed(CaseFacts facts, String recipient, Instant dueAt) {
    return new Message(recipient, CaseMessages.subject(facts, "ESCALATION: 48-hour notification deadline missed"),
        String.join("\n",
            "The Supervisory Authority was not informed of the OOS supply by " + CaseMessages.time(dueAt)
                + ". The breach is recorded in the case. Please see that the notification is sent now and "
                + "handle the deviation.",
            "",
            facts.summary()));
  }

  private static String orDash(String value) {
    return value == null ? "-" : value;
  }
}
