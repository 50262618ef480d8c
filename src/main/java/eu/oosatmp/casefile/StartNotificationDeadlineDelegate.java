package eu.oosatmp.casefile;

import eu.oosatmp.authority.AuthorityRepository;
import eu.oosatmp.authority.Authority;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.NATIONAL_AUTHORITIES_TO_ASK;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.NATIONAL_AUTHORITIES_TO_INFORM;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.NATIONAL_AUTHORITIES_TO_INFORM_TEXT;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.NOTIFICATION_BODY;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.NOTIFICATION_DEADLINE_DUE;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.NOTIFICATION_REMINDER_DUE;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.SUPERVISORY_AUTHORITY_NAME;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Q&A 2: the Supervisory Authority is informed within 48 hours of supply. The deadline counts from the
 * recorded supply time, not from when a task was created; the reminder falls half-way.
 */
@Component("startNotificationDeadline")
public class StartNotificationDeadlineDelegate implements JavaDelegate {

  static final Duration NOTIFICATION_PERIOD = Duration.ofHours(48);
  static final Duration REMINDER_AFTER = Duration.ofHours(24);

  private final CaseFile caseFile;
  private final CaseRecords records;
  private final Deadlines deadlines;
  private final AuthorityRepository authorities;

  public StartNotificationDeadlineDelegate(CaseFile caseFile, CaseRecords records, Deadlines deadlines,
      AuthorityRepository authorities) {
    this.caseFile = caseFile;
    this.records = records;
    this.deadlines = deadlines;
    this.authorities = authorities;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFacts facts = caseFile.facts(execution.getProcessBusinessKey());
    Instant suppliedAt = Instant.parse(records.latest(facts.caseNumber(), RecordType.SUPPLY)
        .orElseThrow(() -> new IllegalStateException("No supply recorded for " + facts.caseNumber()))
        .text("suppliedAt"));
    Deadlines.Deadline deadline = deadlines.start(facts.caseNumber(), DeadlineKind.SUPERVISORY_AUTHORITY_NOTIFICATION, suppliedAt,
        suppliedAt.plus(NOTIFICATION_PERIOD));
    Authority supervisory = authorities.findNationalAuthority(facts.releaseSite().countryCode()).orElseThrow();

    execution.setVariable(NOTIFICATION_REMINDER_DUE, Date.from(deadline.startsAt().plus(REMINDER_AFTER)));
    execution.setVariable(NOTIFICATION_DEADLINE_DUE, Date.from(deadline.dueAt()));
    execution.setVariable(SUPERVISORY_AUTHORITY_NAME,
        supervisory.name() + " (" + supervisory.acronym() + "), " + supervisory.notificationEmail());
    execution.setVariable(NOTIFICATION_BODY, DisplayText.fitted(AuthorityNotice.draft(facts, suppliedAt,
        records.latest(facts.caseNumber(), RecordType.INVESTIGATION)), facts.caseNumber()));
    execution.setVariable(NATIONAL_AUTHORITIES_TO_INFORM, new ArrayList<String>());
    execution.setVariable(NATIONAL_AUTHORITIES_TO_ASK, new ArrayList<String>());
    execution.setVariable(NATIONAL_AUTHORITIES_TO_INFORM_TEXT, "none");
  }
}
