package eu.oosatmp.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Request bodies for the case API and the engine's REST API. */
public final class CaseJson {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger BATCHES = new AtomicInteger();

  private CaseJson() {}

  /** A valid request to open a case, to be changed field by field by a test. */
  public static ObjectNode openRequest(String product, String releaseSite, String treatingSite) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    ObjectNode request = JSON.createObjectNode()
        .put("productCode", product)
        .put("batchNumber", "API-" + System.nanoTime() % 1_000_000 + "-" + BATCHES.incrementAndGet())
        .put("releaseSiteCode", releaseSite)
        .put("treatingPhysician", "physician")
        .put("patientPseudonym", "PAT-2M8W4R")
        .put("batchExpiry", now.plusDays(7).toString());
    request.putArray("treatingSiteCodes").add(treatingSite);
    request.putArray("oosResults").addObject()
        .put("parameter", "CAR expression")
        .put("specification", ">= 15 %")
        .put("result", "11")
        .put("unit", "%")
        .put("method", "Flow cytometry")
        .put("testedAt", now.minusHours(3).toString());
    return request;
  }

  public static com.fasterxml.jackson.databind.JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Not JSON: " + json, e);
    }
  }

  /** Task completion body for /engine-rest/task/{id}/complete: typed variables as a form submits them. */
  public static String completion(Map<String, Object> values) {
    ObjectNode variables = JSON.createObjectNode();
    values.forEach((name, value) -> {
      ObjectNode variable = variables.putObject(name);
      if (value instanceof Boolean flag) {
        variable.put("value", flag).put("type", "Boolean");
      } else {
        variable.put("value", value.toString()).put("type", "String");
      }
    });
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", variables);
    return body.toString();
  }
}
