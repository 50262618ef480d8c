package eu.oosatmp.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/** Tasks of a case through the engine's REST API, as Tasklist uses it, while the job executor runs. */
public final class TaskApi {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private TaskApi() {}

  /** The id of the case's open task of that kind, once the job executor has created it. */
  public static String awaitTask(Http as, String caseNumber, String taskKey) {
    return await(() -> {
      JsonNode tasks = as.get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber
          + "&taskDefinitionKey=" + taskKey).json();
      return tasks.isEmpty() ? null : tasks.get(0).get("id").asText();
    });
  }

  /** The id of the open task of that kind in the process instance, once the job executor has created it. */
  public static String awaitTaskOf(Http as, String processInstanceId, String taskKey) {
    return await(() -> {
      JsonNode tasks = as.get("/engine-rest/task?processInstanceId=" + processInstanceId
          + "&taskDefinitionKey=" + taskKey).json();
      return tasks.isEmpty() ? null : tasks.get(0).get("id").asText();
    });
  }

  public static Http.Response complete(Http as, String taskId, Map<String, Object> formValues) {
    return as.postJson("/engine-rest/task/" + taskId + "/complete", CaseJson.completion(formValues));
  }

  /** Waits until every notification queued for the case has left the outbox; returns their records. */
  public static JsonNode awaitAllSent(Http as, String caseNumber) {
    return await(() -> {
      JsonNode deliveries = as.get("/api/oos-cases/" + caseNumber + "/notifications").json();
      return allSent(deliveries) ? deliveries : null;
    });
  }

  /** Whether every notification in the delivery records has been sent. */
  public static boolean allSent(JsonNode deliveries) {
    return deliveries.findValuesAsText("status").stream().allMatch("SENT"::equals);
  }

  /** Polls until the probe answers; the job executor works asynchronously, no timer is waited for. */
  public static <T> T await(Supplier<T> probe) {
    return Poll.until("The job executor's work", PATIENCE, Duration.ofMillis(100), probe);
  }
}
