package eu.oosatmp.casefile;

import eu.oosatmp.web.DateTimeInput;
import java.time.Instant;
import java.util.Map;

/** The values a user submitted for a step, after the form contract has checked their keys and types. */
record StepValues(Map<String, Object> values) {

  String text(String field) {
    Object value = values.get(field);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  boolean isTrue(String field) {
    return Boolean.TRUE.equals(values.get(field));
  }

  Instant instant(String field) {
    return DateTimeInput.parse(field, values.get(field));
  }

  /** As recorded: a time as ISO-8601 UTC, everything else as given. */
  Object recorded(String field) {
    Object value = values.get(field);
    if (field.endsWith("At") && value != null) {
      Instant instant = instant(field);
      return instant == null ? null : instant.toString();
    }
    return value;
  }
}
