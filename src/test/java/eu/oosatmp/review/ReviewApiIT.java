package eu.oosatmp.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.oosatmp.support.Http;
import eu.oosatmp.support.IntegrationTest;
import eu.oosatmp.support.TaskApi;
import eu.oosatmp.support.TestMailServer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A periodic review started, approved, submitted and questioned over the REST APIs, with the job executor running. */
@IntegrationTest
@ActiveProfiles("dev")
class ReviewApiIT {

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtimeService;

  @Test
  void reviewIsStartedApprovedSubmittedAndQuestionedOverTheApi() throws Exception {
    Http regulatory = new Http(port).as("regulatory");
    assertThat(regulatory.post("/api/batches/import", "text/csv", ("""
        productCode,batchNumber,releaseSiteCode,releasedAt,withinSpecification
        CARVYKTI,CV-23-001,NL-LEIDEN-REL,2023-02-01T09:00:00Z,true
        CARVYKTI,CV-23-002,NL-LEIDEN-REL,2023-03-01T09:00:00Z,true
        CARVYKTI,CV-23-003,NL-LEIDEN-REL,2023-03-15T09:00:00Z,false
        """).getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);

    Http.Response started = regulatory.postJson("/api/reviews",
        "{\"productCode\": \"CARVYKTI\", \"periodStart\": \"2023-01-01\", \"periodEnd\": \"2023-06-30\"}");
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String processInstanceId = started.json().get("processInstanceId").asText();
    JsonNode review = TaskApi.await(() -> {
      JsonNode list = regulatory.get("/api/reviews?processInstanceId=" + processInstanceId).json();
      return !list.isEmpty() && list.get(0).get("status").asText().equals("AWAITING_APPROVAL") ? list.get(0) : null;
    });
    long reviewId = review.get("id").asLong();
    assertThat(review.get("figures").get("releasedWithinSpecification").asInt()).isEqualTo(2);
    assertThat(review.get("figures").get("oosRatePercent").asDouble()).isZero();

    Http.Response pdf = regulatory.get("/api/reviews/" + reviewId + "/report.pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF");
    assertThat(new Http(port).as("auditor").get("/api/reviews/" + reviewId + "/report.csv").body())
        .contains("CARVYKTI");
    assertThat(regulatory.postJson("/api/reviews/" + reviewId + "/information-requests",
        "{\"request\": \"too early\"}").status()).isEqualTo(409);

    String approval = TaskApi.awaitTaskOf(regulatory, processInstanceId, "Task_ApproveReport");
    assertThat(regulatory.get("/engine-rest/task/" + approval + "/form-variables?variableNames=reportLink").body())
        .contains("/api/reviews/" + reviewId + "/report.pdf");
    assertThat(TaskApi.complete(new Http(port).as("qa"), approval,
        Map.of("reportApproved", true, "approvalComment", "Approved.")).status()).isEqualTo(403);
    assertThat(TaskApi.complete(regulatory, approval, Map.of("reportApproved", true, "approvalComment", "Approved."))
        .status()).isEqualTo(204);

    TaskApi.await(() -> regulatory.get("/api/reviews/" + reviewId).json().get("status").asText().equals("SUBMITTED")
        ? true : null);
    // The submission is recorded in its step; the e-mail leaves the outbox in a job of its own.
    TaskApi.await(() -> regulatory.get("/api/reviews/" + reviewId + "/notifications").json()
        .findValuesAsText("status").contains("SENT") ? true : null);
    assertThat(TestMailServer.messagesAbout("[Periodic review " + reviewId + "] Quality Defect report")).hasSize(1);
    assertThat(regulatory.get("/api/reviews/" + reviewId + "/notifications").json().get(0).get("kind").asText())
        .isEqualTo("REVIEW_SUBMISSION");

    List<Http.Response> requests = sendTogether(4, () -> regulatory.postJson(
        "/api/reviews/" + reviewId + "/information-requests", "{\"request\": \"Please explain the OOS of CV-23-003.\"}"));
    assertThat(requests).extracting(Http.Response::status).containsExactlyInAnyOrder(202, 409, 409, 409);
    assertThat(requests).filteredOn(response -> response.status() == 409).allSatisfy(response -> {
      assertThat(response.isProblem()).isTrue();
      assertThat(response.json().get("detail").asText()).contains("is not waiting for a request from EMA");
    });
    assertThat(regulatory.get("/api/reviews/" + reviewId).json().get("records").findValuesAsText("type"))
        .containsOnlyOnce(ReviewRecordType.INFORMATION_REQUEST);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(processInstanceId).count()).isZero();
    String answer = TaskApi.awaitTaskOf(regulatory, processInstanceId, "Task_AnswerInformationRequest");
    assertThat(TaskApi.complete(regulatory, answer, Map.of("informationAnswer", "Root cause: transport delay."))
        .status()).isEqualTo(204);
    TaskApi.await(() -> TestMailServer.messagesAbout("[Periodic review " + reviewId + "] Answer").isEmpty() ? null : true);
  }

  @Test
  void invalidReviewRequestsAreRefused() {
    Http regulatory = new Http(port).as("regulatory");

    Http.Response missing = regulatory.postJson("/api/reviews", "{\"periodStart\": \"2025-01-01\"}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("errors").get(0).get("field").asText()).isEqualTo("periodEnd");
    assertRefused(regulatory.postJson("/api/reviews",
        "{\"periodStart\": \"2025-07-01\", \"periodEnd\": \"2025-01-01\"}"), 422, "periodEnd");
    assertRefused(regulatory.postJson("/api/reviews",
        "{\"productCode\": \"NOPE\", \"periodStart\": \"2025-01-01\", \"periodEnd\": \"2025-06-30\"}"),
        422, "productCode");
    assertRefused(regulatory.postJson("/api/reviews",
        "{\"productCode\": \"KYMRIAH\", \"periodStart\": \"2003-01-01\", \"periodEnd\": \"2003-06-30\"}"),
        422, "productCode");
    assertRefused(regulatory.postJson("/api/reviews", "{\"periodStart\": \"2025-01-01\", \"periodEnd\": \""
        + LocalDate.now(ZoneOffset.UTC).plusDays(1) + "\"}"), 422, "periodEnd");
    assertRefused(regulatory.postJson("/api/reviews",
        "{\"periodStart\": \"1999-07-01\", \"periodEnd\": \"2000-01-01\"}"), 400, "periodStart");
    assertThat(regulatory.postJson("/api/reviews", "{\"periodStart\": \"first of May\", \"periodEnd\": \"2025-06-30\"}")
        .json().get("errors").get(0).get("field").asText()).isEqualTo("periodStart");
    assertThat(new Http(port).as("qa").postJson("/api/reviews",
        "{\"periodStart\": \"2025-01-01\", \"periodEnd\": \"2025-06-30\"}").status()).isEqualTo(403);
    assertThat(regulatory.get("/api/reviews/999999").status()).isEqualTo(404);
    assertThat(new Http(port).as("physician").get("/api/reviews").status()).isEqualTo(403);
    assertThat(regulatory.postJson("/api/reviews/999999/information-requests", "{\"request\": \"?\"}").status())
        .isEqualTo(404);
    assertThat(regulatory.postJson("/api/reviews/999999/information-requests", "{}").status()).isEqualTo(400);
  }

  private static void assertRefused(Http.Response response, int status, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.isProblem()).isTrue();
    assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
  }

  /** The same request from several clients at the same moment. */
  private static List<Http.Response> sendTogether(int clients, Supplier<Http.Response> request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Http.Response>> responses = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        responses.add(pool.submit(() -> {
          start.await();
          return request.get();
        }));
      }
      start.countDown();
      List<Http.Response> results = new ArrayList<>();
      for (Future<Http.Response> response : responses) {
        results.add(response.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
