package eu.oosatmp.integrity;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Reads and replaces the arguments Camunda's command objects hold in protected fields. Camunda 7.24 is
 * the final Camunda 7 release, so these fields no longer change; CommandGuardFieldsTest pins them.
 */
final class CommandFields {

  private CommandFields() {}

  @SuppressWarnings("unchecked")
  static <T> T get(Command<?> command, String name) {
    try {
      return (T) field(command.getClass(), name).get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getSimpleName(), e);
    }
  }

  static void set(Command<?> command, String name, Object value) {
    try {
      field(command.getClass(), name).set(command, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot set " + name + " of " + command.getClass().getSimpleName(), e);
    }
  }

  static boolean has(Class<?> type, String name) {
    try {
      field(type, name);
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  private static Field field(Class<?> type, String name) {
    for (Class<?> current = type; current != null; current = current.getSuperclass()) {
      try {
        Field field = current.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException e) {
        // declared further up
      }
    }
    throw new IllegalStateException(type.getSimpleName() + " has no field " + name);
  }
}
