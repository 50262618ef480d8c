package eu.oosatmp.integrity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Typed variables as Camunda's REST API takes them: {"name": {"value": ..., "type": ...}}. */
final class Vars {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode variables = JSON.createObjectNode();

  static Vars of(Map<String, Object> values) {
    Vars vars = new Vars();
    values.forEach(vars::with);
    return vars;
  }

  static Vars none() {
    return new Vars();
  }

  /** Booleans as Boolean, whole numbers as Integer, everything else as String. */
  Vars with(String name, Object value) {
    ObjectNode variable = variables.putObject(name);
    if (value instanceof Boolean flag) {
      variable.put("value", flag).put("type", "Boolean");
    } else if (value instanceof Integer number) {
      variable.put("value", number).put("type", "Integer");
    } else {
      variable.put("value", value.toString()).put("type", "String");
    }
    return this;
  }

  ObjectNode node() {
    return variables.deepCopy();
  }

  /** The body of /complete, /submit-form, /resolve: {"variables": {...}}. */
  String form() {
    return wrapped("variables");
  }

  /** The body of POST .../variables: {"modifications": {...}}. */
  String modifications() {
    return wrapped("modifications");
  }

  String wrapped(String property) {
    ObjectNode body = JSON.createObjectNode();
    body.set(property, node());
    return body.toString();
  }

  /** One typed value, the body of PUT .../variables/{name}. */
  static String single(Object value) {
    Vars vars = new Vars().with("v", value);
    return vars.variables.get("v").toString();
  }
}
