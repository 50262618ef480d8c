package eu.oosatmp.integrity;

import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_DECIDE_ON_SUPPLY;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_EVALUATE_PATIENT_RISK;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_INVESTIGATE_ROOT_CAUSE;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_RECORD_SUPPLY;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TASK_VERIFY_BATCH_AS_QP;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.oosatmp.support.CaseDriver.Forms;
import eu.oosatmp.support.CaseJson;
import eu.oosatmp.support.TaskApi;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Opens cases through the product API and works them through /engine-rest as their users do, with the
 * job executor running; reads back what an attack may have changed as the administrator.
 */
final class Cases {

  private final int port;
  private final JdbcClient jdbc;

  Cases(int port, JdbcClient jdbc) {
    this.port = port;
    this.jdbc = jdbc;
  }

  record OpenCase(String caseNumber, String processInstanceId) {}

  /** What an attack on a case must leave as it was. */
  record Snapshot(List<String> openTasks, Map<String, String> variables, long caseRecords, long caseRows,
      long processInstances, long batches, boolean running) {}

  Client as(String user) {
    return Client.basic(port, user);
  }

  OpenCase open() {
    return open(request -> {});
  }

  OpenCase open(Consumer<ObjectNode> change) {
    ObjectNode request = CaseJson.openRequest("KYMRIAH", "NL-LEIDEN-REL", "CZ-PRAGUE-HOSP");
    change.accept(request);
    Client.Response opened = as("qa").post("/api/oos-cases", request.toString());
    assertThat(opened.status()).as("case opened: %s", opened).isEqualTo(201);
    String caseNumber = opened.json().get("caseNumber").asText();
    String processInstanceId = TaskApi.await(() -> {
      JsonNode instances = as("admin").get("/engine-rest/process-instance?businessKey=" + caseNumber).json();
      return instances.isEmpty() ? null : instances.get(0).get("id").asText();
    });
    return new OpenCase(caseNumber, processInstanceId);
  }

  /** The id of the case's open task of that kind, once the job executor has created it. */
  String task(OpenCase openCase, String taskKey) {
    return TaskApi.await(() -> {
      JsonNode tasks = as("admin").get("/engine-rest/task?processInstanceId=" + openCase.processInstanceId()
          + "&taskDefinitionKey=" + taskKey).json();
      return tasks.isEmpty() ? null : tasks.get(0).get("id").asText();
    });
  }

  boolean isOpen(String taskId) {
    return as("admin").get("/engine-rest/task/" + taskId).status() == 200;
  }

  Client.Response complete(String user, String taskId, Map<String, Object> form) {
    return as(user).post("/engine-rest/task/" + taskId + "/complete", Vars.of(form).form());
  }

  void completeOk(String user, String taskId, Map<String, Object> form) {
    Client.Response response = complete(user, taskId, form);
    assertThat(response.status()).as("completion: %s", response).isEqualTo(204);
  }

  /** Works the case as its users would until the task of that kind is open; returns its id. */
  String driveTo(OpenCase openCase, String taskKey) {
    List<String> path = List.of(TASK_INVESTIGATE_ROOT_CAUSE, TASK_EVALUATE_PATIENT_RISK, TASK_DECIDE_ON_SUPPLY,
        TASK_VERIFY_BATCH_AS_QP, TASK_RECORD_SUPPLY);
    for (int step = 0; step < 10; step++) {
      Map<String, String> open = TaskApi.await(() -> {
        awaitQuiet(openCase);
        Map<String, String> tasks = new java.util.HashMap<>();
        as("admin").get("/engine-rest/task?processInstanceId=" + openCase.processInstanceId()).json()
            .forEach(task -> tasks.put(task.get("taskDefinitionKey").asText(), task.get("id").asText()));
        return tasks.isEmpty() ? null : tasks;
      });
      if (open.containsKey(taskKey)) {
        return open.get(taskKey);
      }
      // The investigation runs beside the supply path: it is not in the way of the later steps.
      String next = path.stream().skip(1).filter(open::containsKey).findFirst()
          .orElseThrow(() -> new IllegalStateException("No way to " + taskKey + " from " + open.keySet()));
      switch (next) {
        case TASK_EVALUATE_PATIENT_RISK -> completeOk("qa", open.get(next), Forms.riskEvaluation());
        case TASK_DECIDE_ON_SUPPLY -> completeOk("physician", open.get(next), Forms.decision("REQUEST_SUPPLY"));
        case TASK_VERIFY_BATCH_AS_QP -> completeOk("qp", open.get(next), Forms.qpVerification(true));
        default -> throw new IllegalStateException("No way to " + taskKey + " from " + open.keySet());
      }
    }
    throw new IllegalStateException("No way to " + taskKey);
  }

  /** Works the case to its end along the shortest path: the physician declines the supply. */
  void close(OpenCase openCase) {
    completeOk("qa", task(openCase, TASK_INVESTIGATE_ROOT_CAUSE), Forms.investigation());
    completeOk("qa", task(openCase, TASK_EVALUATE_PATIENT_RISK), Forms.riskEvaluation());
    completeOk("physician", task(openCase, TASK_DECIDE_ON_SUPPLY), Forms.decision("DECLINE"));
    TaskApi.await(() -> as("admin").get("/engine-rest/history/process-instance/" + openCase.processInstanceId())
        .json().path("state").asText().equals("COMPLETED") ? true : null);
  }

  static Instant hoursAgo(int hours) {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(hours, ChronoUnit.HOURS);
  }

  /** The variable's value as the administrator reads it, or null when the process holds no such variable. */
  String variable(OpenCase openCase, String name) {
    Client.Response response = as("admin").get("/engine-rest/process-instance/" + openCase.processInstanceId()
        + "/variables/" + name);
    if (response.status() == 404) {
      return null;
    }
    assertThat(response.status()).as("variable read: %s", response).isEqualTo(200);
    return response.json().get("value").asText();
  }

  Snapshot snapshot(OpenCase openCase) {
    Client admin = as("admin");
    awaitQuiet(openCase);
    List<String> tasks = new ArrayList<>();
    admin.get("/engine-rest/task?processInstanceId=" + openCase.processInstanceId() + "&sortBy=id&sortOrder=asc")
        .json().forEach(task -> tasks.add(task.get("taskDefinitionKey").asText() + "/" + task.get("id").asText()));
    Map<String, String> variables = new java.util.TreeMap<>();
    Client.Response instance = admin.get("/engine-rest/process-instance/" + openCase.processInstanceId());
    if (instance.status() == 200) {
      admin.get("/engine-rest/process-instance/" + openCase.processInstanceId() + "/variables?deserializeValues=false")
          .json().fields().forEachRemaining(entry -> variables.put(entry.getKey(), entry.getValue().path("type")
              .asText() + ":" + entry.getValue().path("value").toString()));
    }
    return new Snapshot(tasks, variables, count("SELECT COUNT(*) FROM case_record WHERE case_number = ?",
        openCase.caseNumber()), count("SELECT COUNT(*) FROM oos_case"),
        admin.get("/engine-rest/history/process-instance/count").json().get("count").asLong(),
        admin.get("/engine-rest/batch/count").json().get("count").asLong(), instance.status() == 200);
  }

  /** Waits until the job executor has no asynchronous continuation of the case left to run. */
  void awaitQuiet(OpenCase openCase) {
    TaskApi.await(() -> as("admin").get("/engine-rest/job/count?messages=true&processInstanceId="
        + openCase.processInstanceId()).json().get("count").asLong() == 0 ? true : null);
  }

  long count(String sql, Object... parameters) {
    var statement = jdbc.sql(sql);
    for (Object parameter : parameters) {
      statement = statement.param(parameter);
    }
    return statement.query(Long.class).single();
  }

  static Map<String, Object> plus(Map<String, Object> form, String name, Object value) {
    Map<String, Object> changed = new java.util.LinkedHashMap<>(form);
    changed.put(name, value);
    return changed;
  }

  static Map<String, Object> supply() {
    return Forms.supply(hoursAgo(2));
  }
}
