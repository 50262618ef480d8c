package eu.oosatmp.casefile;

import eu.oosatmp.web.DateTimeInput;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Values as forms submit them, after the form contract has checked their types. */
final class FormValues {

  private FormValues() {}

  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  static boolean isTrue(VariableScope scope, String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  static OffsetDateTime dateTime(VariableScope scope, String name) {
    Instant instant = instant(scope, name);
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(VariableScope scope, String name) {
    return DateTimeInput.parse(name, scope.getVariable(name));
  }
}
