package eu.oosatmp.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * form-js's own date picker reads typed dates month first; every date field of the Camunda Forms is a
 * text field bound to the one year-first rule of {@link DateTimeInput} instead.
 */
class DateFieldFormsTest {

  private static final Map<String, Set<String>> DATE_TIME_FIELDS = Map.of(
      "oos-case-start", Set.of("batchExpiry", "oosTestedAt"),
      "oos-supply-record", Set.of("suppliedAt"),
      "oos-administration", Set.of("administeredAt"),
      "oos-patient-information", Set.of("patientInformedAt"));
  private static final Map<String, Set<String>> DATE_FIELDS = Map.of(
      "oos-review-start", Set.of("periodStart", "periodEnd"));

  private static final Map<String, JsonNode> FORMS = new LinkedHashMap<>();

  @BeforeAll
  static void readForms() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
      try (InputStream in = form.getInputStream()) {
        JsonNode root = json.readTree(in);
        FORMS.put(root.get("id").asText(), root);
      }
    }
    assertThat(FORMS).containsKeys(DATE_TIME_FIELDS.keySet().toArray(String[]::new));
  }

  @Test
  void noFormUsesTheDatePicker() {
    FORMS.forEach((id, form) -> assertThat(form.findValues("type"))
        .as(id).extracting(JsonNode::asText).doesNotContain("datetime"));
  }

  @Test
  void dateTimeFieldsAreTextTellingAndCheckingTheFormat() {
    DATE_TIME_FIELDS.forEach((formId, keys) -> keys.forEach(key -> {
      JsonNode field = field(formId, key);
      assertThat(field.path("type").asText()).as(key).isEqualTo("textfield");
      assertThat(field.path("id").asText()).isEqualTo("Field_" + key);
      assertThat(field.path("label").asText()).as(key).isNotBlank();
      assertThat(field.path("description").asText()).as(key).contains(DateTimeInput.FORMAT);
      assertThat(field.path("validate").path("pattern").asText()).as(key).isEqualTo(DateTimeInput.FORM_PATTERN);
      assertThat(field.path("validate").path("required").asBoolean()).as(key).isTrue();
    }));
    assertThat(field("oos-administration", "administeredAt").path("conditional").path("hide").asText())
        .isEqualTo("=administration != \"ADMINISTERED\"");
  }

  @Test
  void dateFieldsAreTextTellingAndCheckingTheFormat() {
    DATE_FIELDS.forEach((formId, keys) -> keys.forEach(key -> {
      JsonNode field = field(formId, key);
      assertThat(field.path("type").asText()).as(key).isEqualTo("textfield");
      assertThat(field.path("description").asText()).as(key).contains(DateTimeInput.DATE_FORMAT);
      assertThat(field.path("validate").path("pattern").asText()).as(key)
          .isEqualTo(DateTimeInput.DATE_FORM_PATTERN);
    }));
  }

  @Test
  void componentIdsStayUniqueWithinEachForm() {
    FORMS.forEach((formId, form) -> {
      Set<String> ids = new HashSet<>();
      form.findValues("id").stream().map(JsonNode::asText)
          .forEach(id -> assertThat(ids.add(id)).as(formId + " " + id).isTrue());
      assertThat(form.path("schemaVersion").asInt()).as(formId).isEqualTo(16);
    });
  }

  private static JsonNode field(String formId, String key) {
    return FORMS.get(formId).findParents("key").stream()
        .filter(component -> key.equals(component.path("key").asText()))
        .findFirst().orElseThrow(() -> new AssertionError(formId + " has no field " + key));
  }
}
