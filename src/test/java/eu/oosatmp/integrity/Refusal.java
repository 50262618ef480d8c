package eu.oosatmp.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.assertj.core.api.SoftAssertions;

/** What every refusal must look like: a 4xx problem with a plain sentence, naming the field at fault. */
final class Refusal {

  /** Engine codes, class names and SQL must never reach a user. */
  static final List<String> LEAKS = List.of("ENGINE-", "Exception", "org.camunda", "java.", "SELECT ", "INSERT ",
      "UPDATE ACT_", "DELETE FROM", "ACT_RU_", "ACT_HI_", "SQLState", "constraint [");

  private Refusal() {}

  static void assertRefused(Client.Response response, int status, String field) {
    SoftAssertions softly = new SoftAssertions();
    check(softly, response, status, field);
    softly.assertAll();
  }

  static void check(SoftAssertions softly, Client.Response response, int status, String field) {
    softly.assertThat(response.status()).as("status of %s", response).isEqualTo(status);
    softly.assertThat(response.contentType()).as("content type of %s", response)
        .startsWith("application/problem+json");
    for (String leak : LEAKS) {
      softly.assertThat(response.body()).as("leak in %s", response).doesNotContain(leak);
    }
    if (!response.contentType().startsWith("application/problem+json")) {
      return;
    }
    JsonNode problem = response.json();
    String detail = problem.path("detail").asText("");
    softly.assertThat(detail).as("detail of %s", response)
        .isNotBlank()
        .matches(sentence -> isSentence(sentence), "a plain sentence");
    softly.assertThat(problem.path("message").asText(null)).as("message of %s", response).isEqualTo(detail);
    softly.assertThat(problem.path("status").asInt()).as("problem status of %s", response).isEqualTo(status);
    if (field != null) {
      JsonNode errors = problem.path("errors");
      softly.assertThat(errors.isArray() && errors.size() > 0).as("errors[] of %s", response).isTrue();
      softly.assertThat(errors.findValuesAsText("field")).as("errors[].field of %s", response).contains(field);
      errors.forEach(error -> softly.assertThat(error.path("message").asText("")).as("errors[].message of %s",
          response).isNotBlank());
    }
  }

  /** Starts like a sentence, ends like one, and holds at least a few words. */
  static boolean isSentence(String text) {
    String trimmed = text.strip();
    return trimmed.length() > 10 && trimmed.split("\\s+").length >= 4
        && (Character.isUpperCase(trimmed.charAt(0)) || trimmed.charAt(0) == '"')
        && (trimmed.endsWith(".") || trimmed.endsWith(".)"));
  }

  static void assertOk(Client.Response response, int... statuses) {
    assertThat(statuses).as("answer of %s", response).contains(response.status());
  }
}
