package eu.oosatmp.casefile;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Values as Camunda Forms submit them: text, booleans, and date-times as text with or without an offset. */
final class FormValues {

  private FormValues() {}

  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  static boolean isTrue(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean flag ? flag : "true".equalsIgnoreCase(String.valueOf(value));
  }

  /** A date-time without an offset is taken as UTC, the time shown everywhere in the product. */
  static OffsetDateTime dateTime(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Date date) {
      return date.toInstant().atOffset(ZoneOffset.UTC);
    }
    String text = text(scope, name);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        throw new BadUserRequestException(name + " is not a date and time: " + text);
      }
    }
  }

  static Instant instant(VariableScope scope, String name) {
    OffsetDateTime dateTime = dateTime(scope, name);
    return dateTime == null ? null : dateTime.toInstant();
  }
}
