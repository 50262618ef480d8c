package eu.oosatmp.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.oosatmp.support.CaseJson;
import eu.oosatmp.support.Http;
import eu.oosatmp.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Opening, reading and correcting cases over the product API; every refusal stores nothing. */
@IntegrationTest
@ActiveProfiles("dev")
class CaseApiIT {

  @LocalServerPort
  int port;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  HistoryService historyService;
  Http qa;

  @BeforeEach
  void setUp() {
    qa = new Http(port).as("qa");
  }

  @Test
  void qaOpensACaseAndReadsItBack() {
    ObjectNode request = CaseJson.openRequest("KYMRIAH", "NL-LEIDEN-REL", "CZ-PRAGUE-HOSP");

    Http.Response created = qa.postJson("/api/oos-cases", request.toString());

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String caseNumber = created.json().get("caseNumber").asText();
    assertThat(caseNumber).matches("OOS-\\d{4}-\\d{4}");
    assertThat(created.location()).isEqualTo("/api/oos-cases/" + caseNumber);
    JsonNode view = qa.get("/api/oos-cases/" + caseNumber).json();
    assertThat(view.get("state").asText()).isEqualTo("OPEN");
    assertThat(view.get("batchNumber").asText()).isEqualTo(request.get("batchNumber").asText());
    assertThat(view.get("milestones").get("detected").isNull()).isFalse();
    assertThat(view.get("oosResults").get(0).get("result").asText()).isEqualTo("11");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count())
        .isOne();
    assertThat(qa.get("/api/oos-cases?product=KYMRIAH&state=OPEN").json())
        .extracting(node -> node.get("caseNumber").asText()).contains(caseNumber);
    assertThat(qa.get("/api/oos-cases?state=CLOSED").json())
        .extracting(node -> node.get("caseNumber").asText()).doesNotContain(caseNumber);
  }

  @Test
  void correctionIsANewResultWithAReasonAndTheOriginalStaysAsItWas() {
    String caseNumber = qa.postJson("/api/oos-cases",
        CaseJson.openRequest("YESCARTA", "NL-LEIDEN-REL", "FR-LYON-HOSP").toString()).json().get("caseNumber").asText();
    long originalId = qa.get("/api/oos-cases/" + caseNumber).json().get("oosResults").get(0).get("id").asLong();

    Http.Response refused = qa.postJson("/api/oos-cases/" + caseNumber + "/oos-results/" + originalId + "/corrections",
        "{\"result\": \"12\"}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");

    Http.Response corrected = qa.postJson("/api/oos-cases/" + caseNumber + "/oos-results/" + originalId + "/corrections",
        "{\"result\": \"12\", \"reason\": \"Transcription error in the LIMS export\"}");
    assertThat(corrected.status()).isEqualTo(201);

    JsonNode results = qa.get("/api/oos-cases/" + caseNumber).json().get("oosResults");
    assertThat(results).hasSize(2);
    assertThat(results.get(0).get("result").asText()).isEqualTo("11");
    assertThat(results.get(0).has("correctsResultId")).isFalse();
    assertThat(results.get(1).get("result").asText()).isEqualTo("12");
    assertThat(results.get(1).get("correctsResultId").asLong()).isEqualTo(originalId);
    assertThat(results.get(1).get("correctionReason").asText()).contains("Transcription");
  }

  @Test
  void onlyQualityAssuranceOpensCases() {
    Http.Response response = new Http(port).as("physician")
        .postJson("/api/oos-cases", CaseJson.openRequest("KYMRIAH", "NL-LEIDEN-REL", "CZ-PRAGUE-HOSP").toString());

    assertThat(response.status()).isEqualTo(403);
  }

  @Test
  void missingFieldIsRefused() {
    assertRefused(request -> request.remove("productCode"), 400, "productCode");
    assertRefused(request -> request.remove("treatingSiteCodes"), 400, "treatingSiteCodes");
    assertRefused(request -> ((ObjectNode) request.get("oosResults").get(0)).remove("testedAt"), 400,
        "oosResults[0].testedAt");
  }

  @Test
  void malformedFieldIsRefused() {
    assertRefused(request -> request.put("batchExpiry", "next week"), 400, "batchExpiry");
    assertRefused(request -> request.put("patientPseudonym", "Jane Doe"), 400, "patientPseudonym");
  }

  /** ISO-8601 allows years no batch can carry and no database column can hold; none may end as a 500. */
  @Test
  void timeOutsideThePlausibleYearsIsRefused() {
    for (String time : IMPLAUSIBLE_TIMES) {
      assertRefused(request -> request.put("batchExpiry", time), 400, "batchExpiry");
      assertRefused(request -> ((ObjectNode) request.get("oosResults").get(0)).put("testedAt", time), 400,
          "oosResults[0].testedAt");
    }
    assertRefused(request -> request.put("batchExpiry", 1e20), 400, "batchExpiry");
    assertRefused(request -> request.put("batchExpiry", -1e20), 400, "batchExpiry");
  }

  @Test
  void implausibleYearIsNamedInTheMessage() {
    ObjectNode request = CaseJson.openRequest("TECARTUS", "NL-LEIDEN-REL", "ES-BARCELONA-HOSP");
    request.put("batchExpiry", "0001-01-01T00:00:00Z");

    JsonNode problem = qa.postJson("/api/oos-cases", request.toString()).json();

    assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("batchExpiry");
    assertThat(problem.get("errors").get(0).get("message").asText())
        .isEqualTo("must lie between the years 2000 and 2099");
  }

  @Test
  void moreThanTwentyOosResultsAreRefused() {
    assertRefused(request -> {
      ArrayNode results = (ArrayNode) request.get("oosResults");
      for (int i = 1; i < 21; i++) {
        results.add(results.get(0).deepCopy());
      }
    }, 400, "oosResults");
  }

  @Test
  void twentyOosResultsAreAccepted() {
    ObjectNode request = CaseJson.openRequest("TECARTUS", "NL-LEIDEN-REL", "ES-BARCELONA-HOSP");
    ArrayNode results = (ArrayNode) request.get("oosResults");
    for (int i = 1; i < 20; i++) {
      results.add(results.get(0).deepCopy());
    }

    Http.Response created = qa.postJson("/api/oos-cases", request.toString());

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(qa.get(created.location()).json().get("oosResults")).hasSize(20);
  }

  @Test
  void unknownReferencesAreRefused() {
    assertRefused(request -> request.put("productCode", "NO-SUCH-PRODUCT"), 422, "productCode");
    assertRefused(request -> request.put("releaseSiteCode", "NO-SUCH-SITE"), 422, "releaseSiteCode");
    assertRefused(request -> request.put("releaseSiteCode", "CZ-PRAGUE-HOSP"), 422, "releaseSiteCode");
    assertRefused(request -> request.putArray("treatingSiteCodes").add("NO-SUCH-SITE"), 422, "treatingSiteCodes");
    assertRefused(request -> request.put("treatingPhysician", "nobody"), 422, "treatingPhysician");
    assertRefused(request -> request.put("treatingPhysician", "qa"), 422, "treatingPhysician");
  }

  @Test
  void expiredBatchIsRefused() {
    assertRefused(request -> request.put("batchExpiry", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString()),
        422, "batchExpiry");
  }

  @Test
  void productWithoutLegalSupplyRouteIsRefused() {
    assertRefused(request -> request.put("productCode", "DEMO-DEV-TIL"), 422, "productCode");
  }

  @Test
  void secondOpenCaseForTheSameBatchIsAConflict() {
    ObjectNode request = CaseJson.openRequest("TECARTUS", "NL-LEIDEN-REL", "ES-BARCELONA-HOSP");
    assertThat(qa.postJson("/api/oos-cases", request.toString()).status()).isEqualTo(201);

    assertRefused(second -> second.put("batchNumber", request.get("batchNumber").asText())
        .put("productCode", "TECARTUS"), 409, "batchNumber");
  }

  @Test
  void unknownCaseIsNotFound() {
    Http.Response response = qa.get("/api/oos-cases/OOS-1999-0001");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.isProblem()).isTrue();
    assertThat(qa.get("/api/oos-cases?state=HALF_OPEN").json().get("errors").get(0).get("field").asText())
        .isEqualTo("state");
  }

  private static final List<String> IMPLAUSIBLE_TIMES = List.of("+999999999-12-31T23:59:59Z",
      "+999999999-12-31T23:59:59-18:00", "-999999999-01-01T00:00:00+18:00", "0001-01-01T00:00:00Z",
      "10000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "1999-12-31T23:59:59Z", "2100-01-01T00:00:00Z");

  private void assertRefused(Consumer<ObjectNode> change, int status, String field) {
    ObjectNode request = CaseJson.openRequest("TECARTUS", "NL-LEIDEN-REL", "ES-BARCELONA-HOSP");
    change.accept(request);
    long casesBefore = count("oos_case");
    long resultsBefore = count("oos_result");
    long instancesBefore = historyService.createHistoricProcessInstanceQuery().count();

    Http.Response response = qa.postJson("/api/oos-cases", request.toString());

    assertThat(response.status()).as(field + ": " + response.body()).isEqualTo(status);
    assertThat(response.isProblem()).isTrue();
    assertThat(response.json().get("errors")).extracting(error -> error.get("field").asText()).contains(field);
    assertThat(count("oos_case")).as("cases stored").isEqualTo(casesBefore);
    assertThat(count("oos_result")).as("results stored").isEqualTo(resultsBefore);
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).as("processes started")
        .isEqualTo(instancesBefore);
  }

  private long count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }
}
