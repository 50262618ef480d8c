package eu.oosatmp.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.variable.value.PrimitiveValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The fields a deployed Camunda Form declares, and the one check every submission of it must pass:
 * only those fields, each of its declared type and options, within the length a variable can hold.
 * Fields shown for information (read-only or disabled) may be sent back only unchanged.
 */
public final class FormContract {

  /** Camunda stores a text variable in a 4,000-character column. */
  public static final int MAX_TEXT_LENGTH = 4000;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final java.time.format.DateTimeFormatter REST_DATE =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  public record Field(String key, String type, String label, boolean required, boolean informational,
      boolean conditional, List<String> options, int maxLength, Pattern pattern) {}

  private final String formId;
  private final Map<String, Field> fields;

  private FormContract(String formId, Map<String, Field> fields) {
    this.formId = formId;
    this.fields = fields;
  }

  public static FormContract read(InputStream form) {
    try {
      JsonNode root = JSON.readTree(form);
      Map<String, Field> fields = new LinkedHashMap<>();
      collect(root.path("components"), fields);
      return new FormContract(root.path("id").asText(), fields);
    } catch (IOException e) {
      throw new IllegalStateException("A deployed form is not valid JSON", e);
    }
  }

  /** A task without a Camunda Form accepts no values at all. */
  static FormContract none() {
    return new FormContract(null, Map.of());
  }

  public String formId() {
    return formId;
  }

  public Map<String, Field> fields() {
    return fields;
  }

  /** The submission without the fields shown for information, once {@link #check} has found them unchanged. */
  public Map<String, Object> editable(Map<String, ?> submitted) {
    Map<String, Object> editable = new LinkedHashMap<>(submitted);
    fields.values().stream().filter(Field::informational).forEach(field -> editable.remove(field.key()));
    return editable;
  }

  /**
   * Refuses the submission unless it holds only this form's fields, typed as declared.
   *
   * @param current the value a field has now, for the fields shown for information
   */
  public void check(Map<String, ?> submitted, Function<String, Object> current) {
    for (Map.Entry<String, ?> entry : submitted.entrySet()) {
      Field field = fields.get(entry.getKey());
      if (field == null) {
        throw RuleViolation.invalid(entry.getKey(), "\"" + entry.getKey() + "\" is not a field of this form: only "
            + "the form's own fields can be submitted.");
      }
      checkValue(field, plain(entry.getValue()), current);
    }
    for (Field field : fields.values()) {
      if (field.required() && !field.conditional() && !field.informational()
          && isBlank(plain(submitted.get(field.key())), field)) {
        throw RuleViolation.invalid(field.key(), field.label() + " is required.");
      }
    }
  }

  private static void checkValue(Field field, Object value, Function<String, Object> current) {
    if (field.informational()) {
      if (!sameValue(value, plain(current.apply(field.key())))) {
        throw RuleViolation.invalid(field.key(), field.label() + " is shown for information and cannot be changed.");
      }
      return;
    }
    if (value == null) {
      return;
    }
    switch (field.type()) {
      case "checkbox" -> {
        if (!(value instanceof Boolean)) {
          throw RuleViolation.invalid(field.key(), field.label() + " must be ticked or not (true or false).");
        }
      }
      case "number" -> {
        if (!(value instanceof Number)) {
          throw RuleViolation.invalid(field.key(), field.label() + " must be a number.");
        }
      }
      case "radio", "select" -> {
        if (!(value instanceof String text) || !field.options().contains(text)) {
          throw RuleViolation.invalid(field.key(), field.label() + " must be one of: "
              + String.join(", ", field.options()) + ".");
        }
      }
      default -> checkText(field, value);
    }
  }

  private static void checkText(Field field, Object value) {
    if (!(value instanceof String text)) {
      throw RuleViolation.invalid(field.key(), field.label() + " must be text.");
    }
    if (text.length() > field.maxLength()) {
      throw RuleViolation.invalid(field.key(), field.label() + " is longer than " + field.maxLength()
          + " characters.");
    }
    if (field.pattern() != null && !text.isEmpty() && !field.pattern().matcher(text).matches()) {
      throw RuleViolation.invalid(field.key(), field.label() + " \"" + RuleViolation.excerpt(text)
          + "\" is not in the expected format.");
    }
  }

  private static boolean isBlank(Object value, Field field) {
    if ("checkbox".equals(field.type())) {
      return !Boolean.TRUE.equals(value);
    }
    return value == null || value.toString().isBlank();
  }

  /** Tasklist sends a display field back as it received it: a date as Camunda's REST date text. */
  private static boolean sameValue(Object submitted, Object current) {
    if (submitted == null || current == null) {
      return submitted == current || String.valueOf(submitted == null ? current : submitted).isEmpty();
    }
    if (current instanceof Date date && submitted instanceof String text) {
      try {
        return REST_DATE.parse(text, java.time.OffsetDateTime::from).toInstant().equals(date.toInstant());
      } catch (java.time.format.DateTimeParseException e) {
        return false;
      }
    }
    return Objects.equals(submitted, current) || submitted.toString().equals(current.toString());
  }

  private static Object plain(Object value) {
    if (value instanceof TypedValue typed) {
      if (!(typed instanceof PrimitiveValue<?>) && typed.getValue() != null) {
        return typed;
      }
      return typed.getValue();
    }
    return value;
  }

  private static void collect(JsonNode components, Map<String, Field> fields) {
    for (JsonNode component : components) {
      if (component.has("components")) {
        collect(component.get("components"), fields);
      }
      if (!component.hasNonNull("key")) {
        continue;
      }
      String key = component.get("key").asText();
      JsonNode validate = component.path("validate");
      List<String> options = new ArrayList<>();
      component.path("values").forEach(option -> options.add(option.path("value").asText()));
      String pattern = validate.path("pattern").asText(null);
      String label = component.hasNonNull("label") ? component.get("label").asText()
          : component.path("dateLabel").asText(key);
      fields.put(key, new Field(key, component.path("type").asText("textfield"), label,
          validate.path("required").asBoolean(false),
          component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false),
          component.has("conditional"), List.copyOf(options),
          validate.path("maxLength").asInt(MAX_TEXT_LENGTH), pattern == null ? null : Pattern.compile(pattern)));
    }
  }
}
