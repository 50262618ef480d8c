package eu.oosatmp.casefile;

import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_ASK_NATIONAL_AUTHORITY;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_CONFIRM_PATIENT_INFORMED;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_DECIDE_ON_SUPPLY;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_EVALUATE_PATIENT_RISK;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_INVESTIGATE_ROOT_CAUSE;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_NOTIFY_SUPERVISORY_AUTHORITY;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_RECORD_ADMINISTRATION;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_RECORD_SUPPLY;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_REGISTER_PHARMACOVIGILANCE;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_VERIFY_BATCH_AS_QP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import eu.oosatmp.support.CaseDriver;
import eu.oosatmp.support.CaseDriver.Forms;
import eu.oosatmp.support.ProcessTest;
import eu.oosatmp.support.TestMailServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.BeforeEach;
import eu.oosatmp.integrity.RuleViolation;
import eu.oosatmp.notification.Delivery;
import eu.oosatmp.notification.NotificationKind;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** Every path of OosBatchHandling with the real delegates, DMN, database and SMTP server. */
@ProcessTest
@Import({ProcessEngineCoverageConfiguration.class, OosBatchHandlingProcessTest.Coverage.class})
class OosBatchHandlingProcessTest {

  private static final String NL_RELEASE = "NL-LEIDEN-REL";
  private static final String PRAGUE = "CZ-PRAGUE-HOSP";
  private static final String LYON = "FR-LYON-HOSP";
  private static final String SA_NETHERLANDS = "nl-cbg-meb@authorities.test";
  private static final String SUKL = "cz-sukl@authorities.test";
  private static final String PHYSICIAN = "physician@demo.oos-atmp.test";

  @TestConfiguration
  static class Coverage {
    /** Primary: the coverage listener looks the properties up by type and ignores them when two exist. */
    @Bean
    @Primary
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
      return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(0.9).build();
    }
  }

  @Autowired
  ProcessEngine processEngine;
  @Autowired
  CaseOpening opening;
  @Autowired
  CaseQueries queries;
  @Autowired
  Deadlines deadlines;
  @Autowired
  CaseCancellation cancellation;
  CaseDriver driver;

  @BeforeEach
  void setUp() {
    init(processEngine);
    driver = new CaseDriver(processEngine, opening);
  }

  @Test
  void physicianIsInformedImmediatelyAndAssessmentRunsInParallel() {
    String caseNumber = driver.open(CaseDriver.request("KYMRIAH", NL_RELEASE, PRAGUE, "Viability"));

    ProcessInstance instance = driver.instance(caseNumber);
    assertThat(instance).hasBusinessKey(caseNumber)
        .hasPassed("Task_RegisterCase", "Task_InformPhysician")
        .isWaitingAt(TASK_INVESTIGATE_ROOT_CAUSE, TASK_EVALUATE_PATIENT_RISK);
    assertThat(instance).task(TASK_EVALUATE_PATIENT_RISK).hasCandidateGroup("quality-assurance");
    assertThat(recipients(caseNumber, "Out-of-specification result")).containsExactly(PHYSICIAN);
  }

  @Test
  void declinedSupplyClosesTheCaseAfterTheInvestigation() {
    String caseNumber = toDecision("KYMRIAH", NL_RELEASE, PRAGUE, "Viability");
    assertThat(driver.instance(caseNumber)).task(TASK_DECIDE_ON_SUPPLY).isAssignedTo("physician");
    assertThat(recipients(caseNumber, "Risk evaluation")).containsExactly(PHYSICIAN);
    assertThat((String) driver.variable(caseNumber, "riskEvaluationSummary"))
        .contains("Overall risk (ICH Q9): Medium").contains("supplied only at your request");

    ProcessInstance instance = driver.instance(caseNumber);
    driver.complete(caseNumber, TASK_DECIDE_ON_SUPPLY, "physician", Forms.decision("DECLINE"));

    assertThat(instance).isEnded().hasNotPassed(TASK_VERIFY_BATCH_AS_QP);
    assertClosed(caseNumber, CaseOutcome.DECLINED);
    assertThat(recipients(caseNumber, "will not be supplied")).containsExactly(PHYSICIAN);
  }

  @Test
  void decisionReminderRepeatsWhileTheDecisionWaits() {
    String caseNumber = toDecision("KYMRIAH", NL_RELEASE, PRAGUE, "Viability");
    assertThat(driver.timer(caseNumber, "Event_DecisionReminder")).isNotNull();

    driver.fireTimer(caseNumber, "Event_DecisionReminder");
    driver.fireTimer(caseNumber, "Event_DecisionReminder");

    assertThat(recipients(caseNumber, "Reminder")).containsExactly(PHYSICIAN, PHYSICIAN);
    assertThat(driver.instance(caseNumber)).isWaitingAt(TASK_DECIDE_ON_SUPPLY);
  }

  @Test
  void batchExpiryBeforeTheDecisionEndsTheCaseAsExpired() {
    String caseNumber = toDecision("KYMRIAH", NL_RELEASE, PRAGUE, "Viability");
    CaseView view = queries.find(caseNumber).orElseThrow();
    assertThat(driver.timer(caseNumber, "Event_BatchExpired").getDuedate().toInstant()).isEqualTo(view.batchExpiry());
    ProcessInstance instance = driver.instance(caseNumber);

    driver.fireTimer(caseNumber, "Event_BatchExpired");

    assertThat(instance).isEnded().hasPassed("Task_RecordBatchExpired");
    assertClosed(caseNumber, CaseOutcome.EXPIRED);
  }

  @Test
  void qpNotConfirmingEndsTheCaseWithoutSupply() {
    String caseNumber = toQpVerification("KYMRIAH", NL_RELEASE, PRAGUE);
    assertThat(driver.instance(caseNumber)).task(TASK_VERIFY_BATCH_AS_QP).hasCandidateGroup("qualified-persons");
    ProcessInstance instance = driver.instance(caseNumber);

    driver.complete(caseNumber, TASK_VERIFY_BATCH_AS_QP, "qp", Forms.qpVerification(false));

    assertThat(instance).isEnded().hasNotPassed(TASK_RECORD_SUPPLY);
    assertClosed(caseNumber, CaseOutcome.NOT_VERIFIED);
    assertThat(recipients(caseNumber, "will not be supplied")).containsExactly(PHYSICIAN);
  }

  @Test
  void batchExpiringWhileTheQpVerifiesEndsTheCaseAsExpiredAndTellsThePhysician() {
    String caseNumber = toQpVerification("KYMRIAH", NL_RELEASE, PRAGUE);
    ProcessInstance instance = driver.instance(caseNumber);

    driver.fireTimer(caseNumber, "Event_BatchExpiredAtQpVerification");

    assertThat(instance).isEnded().hasPassed("Task_RecordBatchExpired", "Task_InformNoSupply")
        .hasNotPassed(TASK_RECORD_SUPPLY);
    assertClosed(caseNumber, CaseOutcome.EXPIRED);
    assertThat(TestMailServer.bodies(caseNumber, "will not be supplied")).singleElement().asString()
        .contains("the batch expired");
  }

  @Test
  void batchExpiringBeforeTheSupplyIsRecordedEndsTheCaseAsExpiredAndTellsTheSponsor() {
    String caseNumber = toQpVerification("DEMO-CT-CART", "DE-MARBURG-REL", "DE-HEIDELBERG-HOSP");
    driver.complete(caseNumber, TASK_VERIFY_BATCH_AS_QP, "qp", Forms.qpVerification(true));
    ProcessInstance instance = driver.instance(caseNumber);

    driver.fireTimer(caseNumber, "Event_BatchExpiredBeforeSupply");

    assertThat(instance).isEnded().hasPassed("Task_RecordBatchExpired").hasNotPassed("Gateway_PostSupplySplit");
    assertClosed(caseNumber, CaseOutcome.EXPIRED);
    assertThat(recipients(caseNumber, "will not be supplied")).hasSize(2).contains(PHYSICIAN);
  }

  @Test
  void cancellingACaseRecordsTheReasonEndsItsProcessAndKeepsItsHistory() {
    String caseNumber = toDecision("KYMRIAH", NL_RELEASE, PRAGUE, "Viability");
    String instanceId = driver.instance(caseNumber).getId();

    cancellation.cancel(caseNumber, "Opened for the wrong batch", "qa");

    assertClosed(caseNumber, CaseOutcome.CANCELLED);
    assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult()
        .getDeleteReason()).isEqualTo("Cancelled by qa: Opened for the wrong batch");
    assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(instanceId).count())
        .isGreaterThan(0);
  }

  @Test
  void notificationInTimeMeetsTheDeadlineAndInformsTheCzechAuthorityAtTheSameTime() {
    Instant suppliedAt = CaseDriver.hoursAgo(1);
    String caseNumber = toSupplied("KYMRIAH", NL_RELEASE, PRAGUE, suppliedAt);

    assertThat(driver.timer(caseNumber, "Event_NotificationDeadlineReached").getDuedate().toInstant())
        .isEqualTo(suppliedAt.plus(Duration.ofHours(48)));
    assertThat(driver.timer(caseNumber, "Event_NotificationReminderDue").getDuedate().toInstant())
        .isEqualTo(suppliedAt.plus(Duration.ofHours(24)));
    assertThat(driver.tasks(caseNumber, TASK_ASK_NATIONAL_AUTHORITY)).isEmpty();

    driver.complete(caseNumber, TASK_NOTIFY_SUPERVISORY_AUTHORITY, "regulatory", Forms.supervisoryNotification());

    assertThat(recipients(caseNumber, "Supply of an OOS ATMP batch")).containsExactlyInAnyOrder(SA_NETHERLANDS, SUKL);
    assertThat(deadline(caseNumber).status(Instant.now())).isEqualTo(DeadlineStatus.MET);
    finishPostSupply(caseNumber, Forms.administered(CaseDriver.hoursAgo(0)));
    assertClosed(caseNumber, CaseOutcome.SUPPLIED);
    assertThat(queries.find(caseNumber).orElseThrow().milestones())
        .extractingByKeys("detected", "physicianInformed", "riskEvaluationSent", "decision", "qpVerification",
            "supplied", "authoritiesNotified", "administered", "patientInformed", "closed")
        .doesNotContainNull();
  }

  @Test
  void missedDeadlineIsRemindedEscalatedRecordedAndTheLateNotificationRecordedAsLate() {
    String caseNumber = toSupplied("KYMRIAH", NL_RELEASE, PRAGUE, CaseDriver.hoursAgo(50));

    driver.fireTimer(caseNumber, "Event_NotificationReminderDue");
    assertThat(recipients(caseNumber, "notification due")).containsExactly("regulatory@demo.oos-atmp.test");
    driver.fireTimer(caseNumber, "Event_NotificationDeadlineReached");
    assertThat(recipients(caseNumber, "ESCALATION")).containsExactly("qa@demo.oos-atmp.test");
    assertThat(deadline(caseNumber).outcomes()).containsExactly(DeadlineStatus.MISSED);
    assertThat(driver.instance(caseNumber)).isWaitingAt(TASK_NOTIFY_SUPERVISORY_AUTHORITY);

    driver.complete(caseNumber, TASK_NOTIFY_SUPERVISORY_AUTHORITY, "regulatory", Forms.supervisoryNotification());

    assertThat(deadline(caseNumber).outcomes()).containsExactly(DeadlineStatus.MISSED, DeadlineStatus.LATE);
    assertThat(deadline(caseNumber).status(Instant.now())).isEqualTo(DeadlineStatus.LATE);
  }

  /** Approved in time is not enough: the 48 hours are kept when the message reaches the authority's server. */
  @Test
  void notificationApprovedInTimeButDeliveredAfterTheDeadlineIsMissedAndLate() {
    Instant suppliedAt = CaseDriver.hoursAgo(1);
    String caseNumber = toSupplied("KYMRIAH", NL_RELEASE, PRAGUE, suppliedAt);
    driver.holdDeliveries();
    driver.complete(caseNumber, TASK_NOTIFY_SUPERVISORY_AUTHORITY, "regulatory", Forms.supervisoryNotification());

    assertThat(driver.instance(caseNumber)).isWaitingAt(OosBatchHandlingProcess.AWAIT_SUPERVISORY_DELIVERY);
    assertThat(queries.find(caseNumber).orElseThrow().notifications())
        .filteredOn(notification -> notification.kind() == NotificationKind.SUPERVISORY_AUTHORITY_NOTIFICATION)
        .singleElement().satisfies(notification -> assertThat(notification.status()).isEqualTo(Delivery.Status.PENDING));
    assertThat(deadline(caseNumber).outcomes()).isEmpty();
    assertThat(queries.find(caseNumber).orElseThrow().milestones()).containsEntry("authoritiesNotified", null);

    Instant due = suppliedAt.plus(Duration.ofHours(48));
    ClockUtil.setCurrentTime(Date.from(due.plus(Duration.ofMinutes(5))));
    try {
      driver.fireTimer(caseNumber, "Event_DeliveryDeadlineReached");
      assertThat(deadline(caseNumber).outcomes()).containsExactly(DeadlineStatus.MISSED);
      assertThat(taskService().createTaskQuery().taskCandidateGroup("quality-assurance")
          .taskName("[" + caseNumber + "] 48-hour notification deadline missed").count())
          .as("QA is alerted in Tasklist too: mail may be what failed").isEqualTo(1);
      driver.releaseDeliveries();
      driver.runAsyncSteps(caseNumber);
    } finally {
      ClockUtil.reset();
    }

    assertThat(recipients(caseNumber, "ESCALATION")).containsExactly("qa@demo.oos-atmp.test");
    assertThat(recipients(caseNumber, "Supply of an OOS ATMP batch")).containsExactlyInAnyOrder(SA_NETHERLANDS, SUKL);
    assertThat(deadline(caseNumber).outcomes()).containsExactly(DeadlineStatus.MISSED, DeadlineStatus.LATE);
    assertThat(driver.instance(caseNumber)).isWaitingAt(TASK_CONFIRM_PATIENT_INFORMED);
  }

  @Test
  void authorityThatMustBeAskedIsAskedAndNotifiedWhenItSaysSo() {
    String caseNumber = toSupplied("KYMRIAH", NL_RELEASE, LYON, CaseDriver.hoursAgo(1));
    assertThat(driver.tasks(caseNumber, TASK_ASK_NATIONAL_AUTHORITY)).hasSize(1);
    assertThat(driver.instance(caseNumber)).task(TASK_ASK_NATIONAL_AUTHORITY).hasCandidateGroup("regulatory-affairs");

    driver.complete(caseNumber, TASK_ASK_NATIONAL_AUTHORITY, "regulatory", Forms.nationalAnswer("MUST_INFORM"));
    driver.complete(caseNumber, TASK_NOTIFY_SUPERVISORY_AUTHORITY, "regulatory", Forms.supervisoryNotification());

    assertThat(recipients(caseNumber, "Supply of an OOS ATMP batch"))
        .containsExactlyInAnyOrder("fr-ansm@authorities.test", SA_NETHERLANDS);
  }

  @Test
  void authorityAskedThatNeedsNoNotificationIsNotNotified() {
    String caseNumber = toSupplied("KYMRIAH", NL_RELEASE, LYON, CaseDriver.hoursAgo(1));

    driver.complete(caseNumber, TASK_ASK_NATIONAL_AUTHORITY, "regulatory", Forms.nationalAnswer("NOT_REQUIRED"));
    driver.complete(caseNumber, TASK_NOTIFY_SUPERVISORY_AUTHORITY, "regulatory", Forms.supervisoryNotification());

    assertThat(recipients(caseNumber, "Supply of an OOS ATMP batch")).containsExactly(SA_NETHERLANDS);
  }

  @Test
  void treatingSiteInTheReleaseSitesCountryNeedsNoSeparateNationalNotification() {
    String caseNumber = toSupplied("ABECMA", "DE-MARBURG-REL", "DE-HEIDELBERG-HOSP", CaseDriver.hoursAgo(1));
    assertThat(driver.tasks(caseNumber, TASK_ASK_NATIONAL_AUTHORITY)).isEmpty();

    driver.complete(caseNumber, TASK_NOTIFY_SUPERVISORY_AUTHORITY, "regulatory", Forms.supervisoryNotification());

    assertThat(recipients(caseNumber, "Supply of an OOS ATMP batch")).containsExactly("de-pei@authorities.test");
  }

  @Test
  void batchNotAdministeredIsToldToTheAuthoritiesAlreadyNotified() {
    String caseNumber = toSupplied("KYMRIAH", NL_RELEASE, PRAGUE, CaseDriver.hoursAgo(1));
    driver.complete(caseNumber, TASK_NOTIFY_SUPERVISORY_AUTHORITY, "regulatory", Forms.supervisoryNotification());

    finishPostSupply(caseNumber, Forms.notAdministered());

    assertThat(driver.instance(caseNumber)).isNull();
    assertThat(recipients(caseNumber, "not administered")).containsExactlyInAnyOrder(SA_NETHERLANDS, SUKL);
    assertClosed(caseNumber, CaseOutcome.SUPPLIED);
  }

  @Test
  void clinicalTrialBatchNotifiesTheSponsorImmediatelyAndSkipsTheAuthorityBranch() {
    String caseNumber = toSupplied("DEMO-CT-CART", "DE-MARBURG-REL", "DE-HEIDELBERG-HOSP", CaseDriver.hoursAgo(1));
    ProcessInstance instance = driver.instance(caseNumber);
    assertThat(recipients(caseNumber, "clinical trial")).containsExactly("trial-safety@demo-oncology-sponsor.test");
    assertThat(instance).hasPassed("Task_NotifySponsor");
    assertThat(driver.tasks(caseNumber, TASK_NOTIFY_SUPERVISORY_AUTHORITY)).isEmpty();

    finishPostSupply(caseNumber, Forms.notAdministered());

    assertThat(instance).isEnded().hasNotPassed("Task_StartNotificationDeadline");
    assertThat(recipients(caseNumber, "not administered")).containsExactly("trial-safety@demo-oncology-sponsor.test");
    assertThat(deadlines.all(caseNumber)).isEmpty();
  }

  @Test
  void microbialResultNeedsTheContaminationControlStrategyReview() {
    String caseNumber = driver.open(CaseDriver.request("KYMRIAH", NL_RELEASE, PRAGUE, "Sterility"));
    assertThat(driver.variable(caseNumber, "microbialOos")).isEqualTo(true);

    assertThatThrownBy(() -> driver.complete(caseNumber, TASK_INVESTIGATE_ROOT_CAUSE, "qa", Forms.investigation()))
        .isInstanceOfSatisfying(RuleViolation.class,
            refusal -> assertThat(refusal.field()).isEqualTo("ccsReviewOutcome"));
    assertThat(driver.instance(caseNumber)).isWaitingAt(TASK_INVESTIGATE_ROOT_CAUSE, TASK_EVALUATE_PATIENT_RISK);
  }

  @Test
  void supplyMayBeRequestedOnlyToAvoidAnImmediateSignificantHazard() {
    String caseNumber = toDecision("KYMRIAH", NL_RELEASE, PRAGUE, "Viability");
    java.util.Map<String, Object> withoutHazard = new java.util.HashMap<>(Forms.decision("REQUEST_SUPPLY"));
    withoutHazard.put("immediateHazardAvoided", false);

    assertThatThrownBy(() -> driver.complete(caseNumber, TASK_DECIDE_ON_SUPPLY, "physician", withoutHazard))
        .isInstanceOfSatisfying(RuleViolation.class,
            refusal -> assertThat(refusal.field()).isEqualTo("immediateHazardAvoided"));
    assertThat(driver.instance(caseNumber)).isWaitingAt(TASK_DECIDE_ON_SUPPLY);
  }

  private String toDecision(String product, String releaseSite, String treatingSite, String parameter) {
    String caseNumber = driver.open(CaseDriver.request(product, releaseSite, treatingSite, parameter));
    driver.complete(caseNumber, TASK_INVESTIGATE_ROOT_CAUSE, "qa", Forms.investigation());
    driver.complete(caseNumber, TASK_EVALUATE_PATIENT_RISK, "qa", Forms.riskEvaluation());
    return caseNumber;
  }

  private String toQpVerification(String product, String releaseSite, String treatingSite) {
    String caseNumber = toDecision(product, releaseSite, treatingSite, "Viability");
    driver.complete(caseNumber, TASK_DECIDE_ON_SUPPLY, "physician", Forms.decision("REQUEST_SUPPLY"));
    return caseNumber;
  }

  /** Works the case up to the QP's verification before the supply, as it happened. */
  private String toSupplied(String product, String releaseSite, String treatingSite, Instant suppliedAt) {
    ClockUtil.setCurrentTime(Date.from(suppliedAt.minus(Duration.ofHours(2))));
    String caseNumber;
    try {
      caseNumber = toQpVerification(product, releaseSite, treatingSite);
      driver.complete(caseNumber, TASK_VERIFY_BATCH_AS_QP, "qp", Forms.qpVerification(true));
    } finally {
      ClockUtil.reset();
    }
    driver.complete(caseNumber, TASK_RECORD_SUPPLY, "qa", Forms.supply(suppliedAt));
    return caseNumber;
  }

  private void finishPostSupply(String caseNumber, java.util.Map<String, Object> administration) {
    driver.complete(caseNumber, TASK_CONFIRM_PATIENT_INFORMED, "physician",
        Forms.patientInformed(CaseDriver.hoursAgo(1)));
    driver.complete(caseNumber, TASK_RECORD_ADMINISTRATION, "physician", administration);
    driver.complete(caseNumber, TASK_REGISTER_PHARMACOVIGILANCE, "pv", Forms.pharmacovigilance());
  }

  private void assertClosed(String caseNumber, CaseOutcome outcome) {
    CaseView view = queries.find(caseNumber).orElseThrow();
    assertThat(view.state()).isEqualTo(CaseView.CaseState.CLOSED);
    assertThat(view.outcome()).isEqualTo(outcome);
    assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .singleResult().getEndTime()).isNotNull();
  }

  private Deadlines.Deadline deadline(String caseNumber) {
    return deadlines.find(caseNumber, DeadlineKind.SUPERVISORY_AUTHORITY_NOTIFICATION).orElseThrow();
  }

  private static List<String> recipients(String caseNumber, String subjectText) {
    return TestMailServer.recipients(caseNumber, subjectText);
  }
}
