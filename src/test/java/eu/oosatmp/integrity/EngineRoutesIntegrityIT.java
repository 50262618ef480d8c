package eu.oosatmp.integrity;

import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_EVALUATE_PATIENT_RISK;
import static eu.oosatmp.integrity.Refusal.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.oosatmp.integrity.Cases.OpenCase;
import eu.oosatmp.integrity.Cases.Snapshot;
import eu.oosatmp.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Attacks around the forms: process data written through the engine's variable, modification, message,
 * signal and error routes, and processes started directly. The product's own steps write variables
 * and start processes; a user, a case worker or the administrator alike, is refused and changes nothing.
 */
@IntegrationTest
@ActiveProfiles("dev")
class EngineRoutesIntegrityIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FORGED = "qa";
  /** One case for all route attacks; replaced when an attack got through and changed it. */
  private static Target shared;

  @LocalServerPort
  int port;
  @Autowired
  JdbcClient jdbc;
  Cases cases;

  /** The case under attack: its open risk evaluation (a task QA works on) and its process definition. */
  record Target(OpenCase openCase, String taskId, String definitionId) {

    String pi() {
      return openCase.processInstanceId();
    }
  }

  record Route(String name, BiFunction<Client, Target, Client.Response> call) {

    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeEach
  void setUp() {
    cases = new Cases(port, jdbc);
  }

  static Stream<Arguments> variableRoutes() {
    String forged = Vars.single(FORGED);
    String modification = Vars.none().with("treatingPhysician", FORGED).modifications();
    ObjectNode variables = Vars.none().with("treatingPhysician", FORGED).node();
    List<Route> routes = List.of(
        new Route("PUT /task/{id}/variables/{name}", (as, t) ->
            as.put("/engine-rest/task/" + t.taskId() + "/variables/treatingPhysician", forged)),
        new Route("POST /task/{id}/variables (modifications)", (as, t) ->
            as.post("/engine-rest/task/" + t.taskId() + "/variables", modification)),
        new Route("PUT /task/{id}/localVariables/{name}", (as, t) ->
            as.put("/engine-rest/task/" + t.taskId() + "/localVariables/treatingPhysician", forged)),
        new Route("POST /task/{id}/localVariables (modifications)", (as, t) ->
            as.post("/engine-rest/task/" + t.taskId() + "/localVariables", modification)),
        new Route("DELETE /task/{id}/variables/{name}", (as, t) ->
            as.delete("/engine-rest/task/" + t.taskId() + "/variables/treatingPhysician")),
        new Route("PUT /process-instance/{id}/variables/{name}", (as, t) ->
            as.put("/engine-rest/process-instance/" + t.pi() + "/variables/treatingPhysician", forged)),
        new Route("POST /process-instance/{id}/variables (modifications)", (as, t) ->
            as.post("/engine-rest/process-instance/" + t.pi() + "/variables", modification)),
        new Route("DELETE /process-instance/{id}/variables/{name}", (as, t) ->
            as.delete("/engine-rest/process-instance/" + t.pi() + "/variables/treatingPhysician")),
        new Route("POST /process-instance/{id}/variables/{name}/data (multipart)", (as, t) ->
            as.postMultipart("/engine-rest/process-instance/" + t.pi() + "/variables/treatingPhysician/data",
                Map.of("data", FORGED, "valueType", "String"))),
        new Route("POST /task/{id}/variables/{name}/data (multipart)", (as, t) ->
            as.postMultipart("/engine-rest/task/" + t.taskId() + "/variables/treatingPhysician/data",
                Map.of("data", FORGED, "valueType", "String"))),
        new Route("PUT /execution/{id}/localVariables/{name}", (as, t) ->
            as.put("/engine-rest/execution/" + t.pi() + "/localVariables/treatingPhysician", forged)),
        new Route("POST /execution/{id}/localVariables (modifications)", (as, t) ->
            as.post("/engine-rest/execution/" + t.pi() + "/localVariables", modification)),
        new Route("POST /process-instance/variables-async", (as, t) ->
            as.post("/engine-rest/process-instance/variables-async", object()
                .<ObjectNode>set("processInstanceIds", JSON.createArrayNode().add(t.pi()))
                .set("variables", variables.deepCopy()).toString())),
        new Route("POST /process-instance/{id}/modification", (as, t) ->
            as.post("/engine-rest/process-instance/" + t.pi() + "/modification", modificationBody(variables))),
        new Route("POST /process-instance/{id}/modification-async", (as, t) ->
            as.post("/engine-rest/process-instance/" + t.pi() + "/modification-async", modificationBody(variables))),
        new Route("POST /process-definition/{id}/restart", (as, t) ->
            as.post("/engine-rest/process-definition/" + t.definitionId() + "/restart", object()
                .<ObjectNode>set("processInstanceIds", JSON.createArrayNode().add(t.pi()))
                .set("instructions", JSON.createArrayNode().add(object().put("type", "startBeforeActivity")
                    .put("activityId", "Task_RecordSupply"))).toString())),
        new Route("POST /migration/execute", (as, t) -> {
          Client.Response plan = as.post("/engine-rest/migration/generate", object()
              .put("sourceProcessDefinitionId", t.definitionId())
              .put("targetProcessDefinitionId", t.definitionId()).toString());
          if (plan.status() != 200) {
            return plan;
          }
          ObjectNode body = object();
          body.set("migrationPlan", plan.json());
          body.set("processInstanceIds", JSON.createArrayNode().add(t.pi()));
          return as.post("/engine-rest/migration/execute", body.toString());
        }),
        new Route("POST /message (correlate with processVariables)", (as, t) ->
            as.post("/engine-rest/message", object().put("messageName", "EmaInformationRequest")
                .put("processInstanceId", t.pi()).set("processVariables", variables.deepCopy()).toString())),
        new Route("POST /message (correlate all with processVariables)", (as, t) ->
            as.post("/engine-rest/message", object().put("messageName", "EmaInformationRequest").put("all", true)
                .set("processVariables", variables.deepCopy()).toString())),
        new Route("POST /signal", (as, t) ->
            as.post("/engine-rest/signal", object().put("name", "OosBatchWithdrawn")
                .set("variables", variables.deepCopy()).toString())),
        new Route("POST /condition (conditional start with variables)", (as, t) ->
            as.post("/engine-rest/condition", object().set("variables", variables.deepCopy()).toString())),
        new Route("POST /task/{id}/bpmnError", (as, t) ->
            as.post("/engine-rest/task/" + t.taskId() + "/bpmnError", object().put("errorCode", "OOS_WITHDRAWN")
                .put("errorMessage", "Withdrawn").set("variables", variables.deepCopy()).toString())),
        new Route("POST /task/{id}/bpmnEscalation", (as, t) ->
            as.post("/engine-rest/task/" + t.taskId() + "/bpmnEscalation", object()
                .put("escalationCode", "OOS_ESCALATED").set("variables", variables.deepCopy()).toString())));
    return Stream.of("qa", "admin").flatMap(user -> routes.stream().map(route -> Arguments.of(user, route)));
  }

  @ParameterizedTest(name = "{1} as {0}")
  @MethodSource("variableRoutes")
  void variablesCannotBeWrittenOrTheCaseSteeredAroundItsForms(String user, Route route) {
    Target target = target();
    Snapshot before = cases.snapshot(target.openCase());

    Client.Response response = route.call().apply(cases.as(user), target);

    Snapshot after = cases.snapshot(target.openCase());
    if (!after.equals(before)) {
      shared = null;
    }
    assertRefused(response, 403, null);
    assertThat(cases.isOpen(target.taskId())).as("risk evaluation still open").isTrue();
    assertThat(cases.variable(target.openCase(), "treatingPhysician")).isEqualTo("physician");
    assertThat(after).isEqualTo(before);
  }

  @Test
  void processesStartOnlyThroughTheProduct() {
    long caseRows = cases.count("SELECT COUNT(*) FROM oos_case");
    long reviewRows = cases.count("SELECT COUNT(*) FROM periodic_review");
    long caseInstances = instances("OosBatchHandling");
    long reviewInstances = instances("OosPeriodicReview");
    String direct = Vars.none().with("caseNumber", "OOS-2099-0001").with("openedBy", "qa").form();

    for (String user : List.of("qa", "admin")) {
      assertRefused(cases.as(user).post("/engine-rest/process-definition/key/OosBatchHandling/start", direct),
          403, null);
    }
    assertRefused(cases.as("regulatory").post("/engine-rest/process-definition/key/OosPeriodicReview/start",
        Vars.none().with("productCode", "KYMRIAH").form()), 403, null);
    String submitForm = "/engine-rest/process-definition/key/OosBatchHandling/submit-form";
    Map<String, Object> openedByPhysician = startForm();
    openedByPhysician.put("openedBy", "physician");
    assertRefused(cases.as("qa").post(submitForm, Vars.of(openedByPhysician).form()), 400, "openedBy");
    ObjectNode withBusinessKey = (ObjectNode) jsonOf(Vars.of(startForm()).form());
    withBusinessKey.put("businessKey", "OOS-2099-0002");
    assertRefused(cases.as("qa").post(submitForm, withBusinessKey.toString()), 400, "businessKey");

    assertThat(cases.count("SELECT COUNT(*) FROM oos_case")).as("cases stored").isEqualTo(caseRows);
    assertThat(cases.count("SELECT COUNT(*) FROM periodic_review")).as("reviews stored").isEqualTo(reviewRows);
    assertThat(instances("OosBatchHandling")).as("cases started").isEqualTo(caseInstances);
    assertThat(instances("OosPeriodicReview")).as("reviews started").isEqualTo(reviewInstances);
    assertThat(cases.as("admin").get("/engine-rest/history/process-instance?processInstanceBusinessKey=OOS-2099-0001").json())
        .isEmpty();
    assertThat(cases.as("admin").get("/engine-rest/history/process-instance?processInstanceBusinessKey=OOS-2099-0002").json())
        .isEmpty();

    // Control: the start form as it is opens the case.
    Client.Response started = cases.as("qa").post(submitForm, Vars.of(startForm()).form());
    assertThat(started.status()).as("%s", started).isEqualTo(200);
    assertThat(instances("OosBatchHandling")).isEqualTo(caseInstances + 1);
  }

  private Target target() {
    if (shared == null || !cases.isOpen(shared.taskId())) {
      OpenCase openCase = cases.open();
      String taskId = cases.task(openCase, TASK_EVALUATE_PATIENT_RISK);
      String definitionId = cases.as("admin").get("/engine-rest/process-instance/" + openCase.processInstanceId())
          .json().get("definitionId").asText();
      shared = new Target(openCase, taskId, definitionId);
    }
    return shared;
  }

  private long instances(String key) {
    return cases.as("admin").get("/engine-rest/history/process-instance/count?processDefinitionKey=" + key).json()
        .get("count").asLong();
  }

  private static String modificationBody(ObjectNode variables) {
    ObjectNode instruction = object().put("type", "startBeforeActivity").put("activityId", "Task_RecordSupply");
    instruction.set("variables", variables.deepCopy());
    ObjectNode body = object().put("skipCustomListeners", true).put("skipIoMappings", true);
    body.set("instructions", JSON.createArrayNode().add(instruction));
    return body.toString();
  }

  private static Map<String, Object> startForm() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("productCode", "BREYANZI");
    form.put("batchNumber", "B-ATK-" + System.nanoTime() % 1_000_000);
    form.put("releaseSiteCode", "DE-MARBURG-REL");
    form.put("treatingSiteCodes", "CZ-PRAGUE-HOSP");
    form.put("treatingPhysician", "physician");
    form.put("patientPseudonym", "PAT-9X1C6T");
    form.put("batchExpiry", now.plusDays(5).toString());
    form.put("oosParameter", "Viability");
    form.put("oosSpecification", ">= 80 %");
    form.put("oosResult", "71");
    form.put("oosUnit", "%");
    form.put("oosMethod", "Flow cytometry (Ph. Eur. 2.7.29)");
    form.put("oosTestedAt", now.minusHours(4).toString());
    return form;
  }

  private static ObjectNode object() {
    return JSON.createObjectNode();
  }

  private static com.fasterxml.jackson.databind.JsonNode jsonOf(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
