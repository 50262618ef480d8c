package eu.oosatmp.review;

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
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.oosatmp.casefile.CaseOpening;
import eu.oosatmp.integrity.RuleViolation;
import eu.oosatmp.product.BatchReleaseRequest;
import eu.oosatmp.product.BatchReleases;
import eu.oosatmp.support.CaseDriver;
import eu.oosatmp.support.CaseDriver.Forms;
import eu.oosatmp.support.ProcessTest;
import eu.oosatmp.support.TestMailServer;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.TimeCycle;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import eu.oosatmp.integrity.ProductCalls;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The periodic review on a hand-checked dataset: reviewed period 2025-01-01 to 2025-06-30, previous
 * period 2024-07-01 to 2024-12-31, with releases and OOS cases on both sides of the year boundary.
 */
@ProcessTest
@Import({ProcessEngineCoverageConfiguration.class, OosPeriodicReviewProcessTest.Coverage.class})
class OosPeriodicReviewProcessTest {

  private static final String RELEASE_SITE = "DE-MARBURG-REL";
  private static final String TREATING_SITE = "DE-HEIDELBERG-HOSP";
  private static final AtomicInteger BATCHES = new AtomicInteger();
  private static boolean datasetLoaded;
  private static List<String> spheroxCases = new ArrayList<>();

  @TestConfiguration
  static class Coverage {
    /** Primary: the coverage listener looks the properties up by type and ignores them when two exist. */
    @Bean
    @Primary
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
      return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(0.9)
          .excludeProcessDefinitionKeys("OosBatchHandling").build();
    }
  }

  @Autowired
  ProcessEngine engine;
  @Autowired
  CaseOpening opening;
  @Autowired
  BatchReleases releases;
  @Autowired
  Reviews reviews;
  @Autowired
  ReviewController reviewApi;
  @Autowired
  ObjectMapper json;
  CaseDriver cases;

  @BeforeEach
  void setUp() {
    init(engine);
    cases = new CaseDriver(engine, opening);
    if (!datasetLoaded) {
      loadDataset();
      datasetLoaded = true;
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void figuresOfTheHandCheckedDatasetAreExact() {
    long reviewId = startReview("SPHEROX");
    ReviewFigures figures = figures(reviewId);

    assertThat(figures.releasedWithinSpecification()).isEqualTo(5);
    assertThat(figures.oosOutcomes()).isEqualTo(new ReviewFigures.OosOutcomes(1, 1, 1, 0, 1, 0));
    assertThat(figures.oosRatePercent()).isEqualTo(44.4);
    assertThat(figures.failuresByParameter()).containsExactly(Map.entry("Identity", 1), Map.entry("Viability", 3));
    assertThat(figures.byMonth()).containsExactly(
        new ReviewFigures.Month(YearMonth.of(2025, 1), 2, 1),
        new ReviewFigures.Month(YearMonth.of(2025, 2), 0, 1),
        new ReviewFigures.Month(YearMonth.of(2025, 3), 2, 1),
        new ReviewFigures.Month(YearMonth.of(2025, 4), 0, 0),
        new ReviewFigures.Month(YearMonth.of(2025, 5), 0, 1),
        new ReviewFigures.Month(YearMonth.of(2025, 6), 1, 0));
    assertThat(figures.previousPeriod()).isEqualTo(new ReviewFigures.PreviousPeriod(LocalDate.of(2024, 7, 1),
        LocalDate.of(2024, 12, 31), 3, 1, 25.0, 19.4));
    assertThat(figures.oosBatches()).extracting(ReviewFigures.OosBatch::caseNumber, ReviewFigures.OosBatch::outcome,
        ReviewFigures.OosBatch::administered, ReviewFigures.OosBatch::notification48h).containsExactly(
        org.assertj.core.groups.Tuple.tuple(spheroxCases.get(0), "SUPPLIED", true, "MET"),
        org.assertj.core.groups.Tuple.tuple(spheroxCases.get(1), "DECLINED", false, "NOT_APPLICABLE"),
        org.assertj.core.groups.Tuple.tuple(spheroxCases.get(2), "NOT_VERIFIED", false, "NOT_APPLICABLE"),
        org.assertj.core.groups.Tuple.tuple(spheroxCases.get(3), "SUPPLIED", false, "LATE"));
  }

  @Test
  void trendIsDetectedAndTheReportCarriesFiguresCasesAndFindings() throws IOException {
    long reviewId = startReview("SPHEROX");

    ReviewView view = reviewApi.get(reviewId);
    assertThat(view.status()).isEqualTo("AWAITING_APPROVAL");
    assertThat(findingCodes(view)).containsExactlyInAnyOrder("OOS_RATE_ABOVE_THRESHOLD",
        "REPEATED_PARAMETER_FAILURE", "RISE_AGAINST_PREVIOUS_PERIOD");
    String text = pdfText(reviews.latestReport(reviewId).orElseThrow().pdf());
    assertThat(text).contains("Spherox", "CO.DON GmbH", "2025-01-01", "2025-06-30", "44.4", "25.0", "19.4",
        "REPEATED_PARAMETER_FAILURE", "The same parameter failed in 2 or more batches", "MET", "LATE");
    spheroxCases.forEach(caseNumber -> assertThat(text).contains(caseNumber));
    assertThat(reviewApi.csv(reviewId).getBody()).contains(spheroxCases.get(3));
  }

  @Test
  void noTrendWhenRateAndChangeStayWithinThresholds() throws IOException {
    long reviewId = startReview("BREYANZI");

    assertThat(figures(reviewId).oosRatePercent()).isEqualTo(5.0);
    assertThat(figures(reviewId).previousPeriod().changePoints()).isEqualTo(5.0);
    assertThat(findingCodes(reviewApi.get(reviewId))).isEmpty();
    assertThat(pdfText(reviews.latestReport(reviewId).orElseThrow().pdf())).contains("No trend detected");
  }

  @Test
  void approvedReportGoesToEmaAndAnInformationRequestIsAnswered() throws Exception {
    long reviewId = startReview("SPHEROX");
    String processInstanceId = reviews.find(reviewId).orElseThrow().processInstanceId();
    assertThat(task(processInstanceId, "Task_ApproveReport").getDueDate()).isNotNull();

    complete(processInstanceId, "Task_ApproveReport", Map.of("reportApproved", true, "approvalComment", "Approved."));

    MimeMessage submission = emaMail(reviewId, "Quality Defect report");
    assertThat(((Multipart) submission.getContent()).getBodyPart(1).getFileName())
        .isEqualTo("periodic-review-" + reviewId + ".pdf");
    assertThat(reviewApi.get(reviewId).status()).isEqualTo("SUBMITTED");
    assertThat(reviews.latest(reviewId, ReviewRecordType.APPROVAL).orElseThrow().recordedBy()).isEqualTo("regulatory");

    assertThat(reviewApi.informationRequest(reviewId,
        new ReviewController.InformationRequest("Please send the root-cause reports of the Viability failures."))
        .getStatusCode().value()).isEqualTo(202);
    assertThat(reviewApi.get(reviewId).status()).isEqualTo("INFORMATION_REQUESTED");
    complete(processInstanceId, "Task_AnswerInformationRequest",
        Map.of("informationAnswer", "Attached: investigation reports of all three Viability failures."));
    assertThat(emaMail(reviewId, "Answer to your request").getContent().toString()).contains("Attached");

    fireTimer(processInstanceId, "Event_NoFurtherRequest");
    assertThat(reviewApi.get(reviewId).status()).isEqualTo("CLOSED");
  }

  @Test
  void reviewClosesWhenEmaAsksNothingWithinTheResponseWindow() {
    long reviewId = startReview("BREYANZI");
    String processInstanceId = reviews.find(reviewId).orElseThrow().processInstanceId();
    fireTimer(processInstanceId, "Event_ApprovalOverdue");
    assertThat(TestMailServer.messagesAbout("[Periodic review " + reviewId + "] Approval")).isNotEmpty();
    complete(processInstanceId, "Task_ApproveReport", Map.of("reportApproved", false,
        "approvalComment", "Correct the release data of March first."));
    assertThat(reviews.records(reviewId).stream().filter(record -> record.type().equals(ReviewRecordType.FIGURES)))
        .hasSize(2);
    complete(processInstanceId, "Task_ApproveReport", Map.of("reportApproved", true, "approvalComment", "OK."));

    Job window = job(processInstanceId, "Event_NoFurtherRequest");
    assertThat(window.getDuedate()).isAfter(Date.from(Instant.now().plusSeconds(89L * 24 * 3600)));
    fireTimer(processInstanceId, "Event_NoFurtherRequest");

    assertThat(reviewApi.get(reviewId).status()).isEqualTo("CLOSED");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count())
        .isZero();
  }

  @Test
  void tasklistStartFormIsRefusedInTheStartTransactionNamingTheField() {
    assertThat(refusedTasklistStart("NOPE", "2025-01-01", "2025-06-30").field()).isEqualTo("productCode");
    assertThat(refusedTasklistStart("CARVYKTI", "2025-01-01", "2025-06-30").sentence())
        .contains("no batch releases and no OOS cases");
    assertThat(refusedTasklistStart("SPHEROX", "2025-06-30", "2025-01-01").field()).isEqualTo("periodEnd");
    assertThat(refusedTasklistStart("SPHEROX", "2025-01-01", "2099-06-30").sentence()).contains("has ended");
    assertThat(refusedTasklistStart("SPHEROX", "1999-01-01", "2025-06-30").field()).isEqualTo("periodStart");
    assertThat(refusedTasklistStart("SPHEROX", "first of May", "2025-06-30").field()).isEqualTo("periodStart");
    assertThat(refusedTasklistStart("SPHEROX", "2025-01-01", null).field()).isEqualTo("periodEnd");

    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
  }

  @Test
  void tasklistStartRecordsTheSignedInUserAsStarter() {
    assertThat(catchThrowableOfType(RuleViolation.class, () -> tasklistStart(Map.of("productCode", "BREYANZI",
        "periodStart", "2025-01-01", "periodEnd", "2025-06-30", "requestedBy", "someone-else"))).field())
        .isEqualTo("requestedBy");
    ProcessInstance instance = tasklistStart(Map.of("productCode", " BREYANZI ", "periodStart", "2025-01-01",
        "periodEnd", "2025-06-30"));
    runJobs(instance.getId());

    Reviews.Review review = reviews.find(reviews.ids(instance.getId()).get(0)).orElseThrow();
    assertThat(review.startedBy()).isEqualTo("regulatory");
    assertThat(review.productCode()).isEqualTo("BREYANZI");
  }

  private RuleViolation refusedTasklistStart(String productCode, String periodStart, String periodEnd) {
    Map<String, Object> values = new java.util.HashMap<>();
    values.put("productCode", productCode);
    values.put("periodStart", periodStart);
    values.put("periodEnd", periodEnd);
    List<String> before = reviewInstanceIds();
    RuleViolation refusal = catchThrowableOfType(RuleViolation.class, () -> tasklistStart(values));
    assertThat(refusal).as(values.toString()).isNotNull();
    assertThat(reviewInstanceIds()).isEqualTo(before);
    return refusal;
  }

  /** As Tasklist submits the start form: the form's values, by the signed-in user. */
  private ProcessInstance tasklistStart(Map<String, Object> values) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(OosPeriodicReviewProcess.PROCESS_ID).latestVersion().singleResult().getId();
    engine.getIdentityService().setAuthentication("regulatory", List.of("regulatory-affairs"));
    try {
      return engine.getFormService().submitStartForm(definitionId, values);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void scheduleRunsOnTheFirstOfJanuaryAndJulyAcrossYearBoundaries() {
    String cycle = engine.getRepositoryService().getBpmnModelInstance(engine.getRepositoryService()
            .createProcessDefinitionQuery().processDefinitionKey(OosPeriodicReviewProcess.PROCESS_ID)
            .latestVersion().singleResult().getId())
        .getModelElementsByType(TimeCycle.class).iterator().next().getTextContent();
    CycleBusinessCalendar calendar = new CycleBusinessCalendar();

    assertThat(calendar.resolveDuedate(cycle, at("2026-12-31T23:00:00Z"))).isEqualTo(at("2027-01-01T06:00:00Z"));
    assertThat(calendar.resolveDuedate(cycle, at("2027-01-01T06:00:01Z"))).isEqualTo(at("2027-07-01T06:00:00Z"));
    assertThat(calendar.resolveDuedate(cycle, at("2027-07-01T06:00:01Z"))).isEqualTo(at("2028-01-01T06:00:00Z"));
    assertThat(ReviewPeriod.previousHalfYear(Instant.parse("2027-01-01T06:00:00Z")))
        .isEqualTo(new ReviewPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)));
    assertThat(ReviewPeriod.previousHalfYear(Instant.parse("2027-07-01T06:00:00Z")))
        .isEqualTo(new ReviewPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30)));
  }

  @Test
  void scheduledStartReviewsThePreviousHalfYearForEveryActiveProduct() {
    ClockUtil.setCurrentTime(at("2025-07-01T06:00:00Z"));
    List<String> before = reviewInstanceIds();
    Job timerStart = engine.getManagementService().createJobQuery().timers().processDefinitionKey(
        OosPeriodicReviewProcess.PROCESS_ID).activityId("StartEvent_ReviewScheduled").singleResult();

    engine.getManagementService().executeJob(timerStart.getId());

    ProcessInstance started = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(OosPeriodicReviewProcess.PROCESS_ID).list().stream()
        .filter(instance -> !before.contains(instance.getId()))
        .findFirst().orElseThrow();
    runJobs(started.getId());
    assertThat(reviews.ids(started.getId()).stream().map(id -> reviews.find(id).orElseThrow().productCode()))
        .contains("SPHEROX", "BREYANZI");
    assertThat(engine.getRuntimeService().getVariable(started.getId(), "periodStart")).isEqualTo("2025-01-01");
  }

  private List<String> reviewInstanceIds() {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(OosPeriodicReviewProcess.PROCESS_ID).list().stream().map(ProcessInstance::getId).toList();
  }

  private long startReview(String productCode) {
    engine.getIdentityService().setAuthentication("regulatory", List.of("regulatory-affairs"));
    ProcessInstance instance;
    try {
      // As POST /api/reviews starts it, after the same checks as the Tasklist start form.
      instance = ProductCalls.run(() -> engine.getRuntimeService().startProcessInstanceByKey(
          OosPeriodicReviewProcess.PROCESS_ID,
          Map.of("productCode", productCode, "periodStart", "2025-01-01", "periodEnd", "2025-06-30")));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    runJobs(instance.getId());
    assertThat(instance).isWaitingAt("Task_ApproveReport");
    return reviews.ids(instance.getId()).get(0);
  }

  private ReviewFigures figures(long reviewId) {
    return json.convertValue(reviews.latest(reviewId, ReviewRecordType.FIGURES).orElseThrow().details(),
        ReviewFigures.class);
  }

  @SuppressWarnings("unchecked")
  private static List<String> findingCodes(ReviewView view) {
    return ((List<Map<String, Object>>) view.trendFindings()).stream().map(f -> (String) f.get("finding")).toList();
  }

  private Task task(String processInstanceId, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key)
        .singleResult();
  }

  private void complete(String processInstanceId, String key, Map<String, Object> values) {
    engine.getIdentityService().setAuthentication("regulatory", List.of("regulatory-affairs"));
    try {
      engine.getTaskService().complete(task(processInstanceId, key).getId(), values);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    runJobs(processInstanceId);
  }

  private Job job(String processInstanceId, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).timers()
        .activityId(activityId).singleResult();
  }

  private void fireTimer(String processInstanceId, String activityId) {
    engine.getManagementService().executeJob(job(processInstanceId, activityId).getId());
    runJobs(processInstanceId);
  }

  private void runJobs(String processInstanceId) {
    cases.runJobs(processInstanceId);
  }

  private static MimeMessage emaMail(long reviewId, String subjectText) {
    return TestMailServer.messagesAbout("[Periodic review " + reviewId + "] " + subjectText).get(0);
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static Date at(String instant) {
    return Date.from(Instant.parse(instant));
  }

  /** Releases and OOS cases of SPHEROX (trend) and BREYANZI (no trend), opened at their dates. */
  private void loadDataset() {
    release("SPHEROX", true, "2024-11-15T10:00:00Z", "2024-12-20T10:00:00Z", "2024-12-31T23:30:00Z",
        "2025-01-01T00:15:00Z", "2025-01-20T10:00:00Z", "2025-03-05T10:00:00Z", "2025-03-05T14:00:00Z",
        "2025-06-30T22:00:00Z", "2025-07-01T00:00:00Z");
    release("SPHEROX", false, "2025-02-01T10:00:00Z");
    release("BREYANZI", true, "2025-01-10T10:00:00Z", "2025-01-11T10:00:00Z", "2025-01-12T10:00:00Z",
        "2025-02-10T10:00:00Z", "2025-02-11T10:00:00Z", "2025-02-12T10:00:00Z", "2025-03-10T10:00:00Z",
        "2025-03-11T10:00:00Z", "2025-03-12T10:00:00Z", "2025-04-10T10:00:00Z", "2025-04-11T10:00:00Z",
        "2025-04-12T10:00:00Z", "2025-05-10T10:00:00Z", "2025-05-11T10:00:00Z", "2025-05-12T10:00:00Z",
        "2025-06-10T10:00:00Z", "2025-06-11T10:00:00Z", "2025-06-12T10:00:00Z", "2025-06-13T10:00:00Z");

    declined("SPHEROX", "Viability", "2024-12-10T09:00:00Z");
    spheroxCases.add(supplied("Viability", "2025-01-10T09:00:00Z", "2025-01-12T10:00:00Z", "2025-01-12T11:00:00Z",
        true));
    spheroxCases.add(declined("SPHEROX", "Viability", "2025-02-15T09:00:00Z"));
    spheroxCases.add(notVerified("Identity", "2025-03-20T09:00:00Z"));
    spheroxCases.add(supplied("Viability", "2025-05-05T09:00:00Z", "2025-05-07T10:00:00Z", "2025-05-10T10:00:00Z",
        false));
    declined("BREYANZI", "Viability", "2025-04-01T09:00:00Z");
    ClockUtil.reset();
  }

  private void release(String product, boolean withinSpecification, String... releasedAt) {
    List<BatchReleases.Row> rows = new ArrayList<>();
    for (String time : releasedAt) {
      rows.add(new BatchReleases.Row(0, new BatchReleaseRequest(product, "REL-" + BATCHES.incrementAndGet(),
          RELEASE_SITE, OffsetDateTime.parse(time), withinSpecification)));
    }
    releases.record(rows, List.of(), BatchReleases.Source.API, "qa");
  }

  private String assessed(String product, String parameter, String openedAt) {
    ClockUtil.setCurrentTime(at(openedAt));
    String caseNumber = cases.open(CaseDriver.request(product, RELEASE_SITE, TREATING_SITE, parameter));
    cases.complete(caseNumber, TASK_INVESTIGATE_ROOT_CAUSE, "qa", Forms.investigation());
    cases.complete(caseNumber, TASK_EVALUATE_PATIENT_RISK, "qa", Forms.riskEvaluation());
    return caseNumber;
  }

  private String declined(String product, String parameter, String openedAt) {
    String caseNumber = assessed(product, parameter, openedAt);
    cases.complete(caseNumber, TASK_DECIDE_ON_SUPPLY, "physician", Forms.decision("DECLINE"));
    return caseNumber;
  }

  private String notVerified(String parameter, String openedAt) {
    String caseNumber = assessed("SPHEROX", parameter, openedAt);
    cases.complete(caseNumber, TASK_DECIDE_ON_SUPPLY, "physician", Forms.decision("REQUEST_SUPPLY"));
    cases.complete(caseNumber, TASK_VERIFY_BATCH_AS_QP, "qp", Forms.qpVerification(false));
    return caseNumber;
  }

  private String supplied(String parameter, String openedAt, String suppliedAt, String notifiedAt,
      boolean administered) {
    String caseNumber = assessed("SPHEROX", parameter, openedAt);
    cases.complete(caseNumber, TASK_DECIDE_ON_SUPPLY, "physician", Forms.decision("REQUEST_SUPPLY"));
    cases.complete(caseNumber, TASK_VERIFY_BATCH_AS_QP, "qp", Forms.qpVerification(true));
    ClockUtil.setCurrentTime(at(suppliedAt));
    cases.complete(caseNumber, TASK_RECORD_SUPPLY, "qa", Forms.supply(Instant.parse(suppliedAt)));
    ClockUtil.setCurrentTime(at(notifiedAt));
    cases.complete(caseNumber, TASK_NOTIFY_SUPERVISORY_AUTHORITY, "regulatory", Forms.supervisoryNotification());
    cases.complete(caseNumber, TASK_CONFIRM_PATIENT_INFORMED, "physician", Forms.patientInformed(Instant.parse(notifiedAt)));
    cases.complete(caseNumber, TASK_RECORD_ADMINISTRATION, "physician",
        administered ? Forms.administered(Instant.parse(notifiedAt)) : Forms.notAdministered());
    cases.complete(caseNumber, TASK_REGISTER_PHARMACOVIGILANCE, "pv", Forms.pharmacovigilance());
    return caseNumber;
  }
}
