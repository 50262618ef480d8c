package eu.oosatmp.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.oosatmp.support.CaseJson;
import eu.oosatmp.support.Http;
import eu.oosatmp.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** A case opened with Tasklist's start form: the form's submission is what Tasklist sends to the engine. */
@IntegrationTest
@ActiveProfiles("dev")
class StartFormIT {

  @LocalServerPort
  int port;
  @Autowired
  JdbcClient jdbc;

  @Test
  void qualityAssuranceGetsTheStartFormFromTasklist() {
    Http.Response form = new Http(port).as("qa")
        .get("/engine-rest/process-definition/key/OosBatchHandling/deployed-start-form");

    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body()).contains("oos-case-start").contains("treatingSiteCodes");
  }

  @Test
  void startFormOpensTheCaseWithItsCaseNumberAsBusinessKey() {
    Map<String, Object> form = startForm("B-TL-" + System.nanoTime() % 100000);

    Http.Response started = submit(form);

    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String businessKey = started.json().get("businessKey").asText();
    assertThat(businessKey).matches("OOS-\\d{4}-\\d{4}");
    JsonNode view = new Http(port).as("qa").get("/api/oos-cases/" + businessKey).json();
    assertThat(view.get("batchNumber").asText()).isEqualTo(form.get("batchNumber"));
    assertThat(view.get("treatingSiteCodes")).extracting(JsonNode::asText)
        .containsExactly("CZ-PRAGUE-HOSP", "DE-HEIDELBERG-HOSP");
    assertThat(view.get("openedBy").asText()).isEqualTo("qa");
    assertThat(view.get("oosResults").get(0).get("parameter").asText()).isEqualTo("Endotoxin");
  }

  @Test
  void refusedStartFormShowsTheReasonAndStoresNothing() {
    Map<String, Object> form = startForm("B-TL-BAD");
    form.put("productCode", "DEMO-DEV-TIL");
    long cases = jdbc.sql("SELECT COUNT(*) FROM oos_case").query(Long.class).single();

    Http.Response refused = submit(form);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.isProblem()).isTrue();
    assertThat(refused.json().get("message").asText()).contains("no legal supply route").doesNotContain("ENGINE-");
    assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("productCode");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM oos_case").query(Long.class).single()).isEqualTo(cases);
  }

  private Http.Response submit(Map<String, Object> form) {
    return new Http(port).as("qa").postJson("/engine-rest/process-definition/key/OosBatchHandling/submit-form",
        CaseJson.completion(form));
  }

  private static Map<String, Object> startForm(String batchNumber) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("productCode", "BREYANZI");
    form.put("batchNumber", batchNumber);
    form.put("releaseSiteCode", "DE-MARBURG-REL");
    form.put("treatingSiteCodes", "CZ-PRAGUE-HOSP, DE-HEIDELBERG-HOSP");
    form.put("treatingPhysician", "physician");
    form.put("patientPseudonym", "PAT-9X1C6T");
    form.put("batchExpiry", now.plusDays(5).toString());
    form.put("oosParameter", "Endotoxin");
    form.put("oosSpecification", "< 5 EU/kg");
    form.put("oosResult", "7.2");
    form.put("oosUnit", "EU/kg");
    form.put("oosMethod", "LAL kinetic chromogenic (Ph. Eur. 2.6.14)");
    form.put("oosTestedAt", now.minusHours(4).toString());
    return form;
  }
}
