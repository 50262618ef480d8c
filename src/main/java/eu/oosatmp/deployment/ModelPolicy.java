package eu.oosatmp.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.oosatmp.integrity.RuleViolation;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * What a deployed resource may contain. Models are data, not code (DESIGN.md, "Integrity principles"):
 * process owners deploy with the Modeler or /engine-rest, and anything a model can express runs inside
 * the engine with every application component in reach. So a model may only wire the product's own
 * delegates and listeners and state simple conditions over process variables; everything else is refused
 * before the deployment takes effect, with a sentence naming the resource and the element to fix.
 */
public final class ModelPolicy {

  static final String FIELD = "deployment";
  private static final List<String> BPMN = List.of(".bpmn", ".bpmn20.xml");
  private static final List<String> DMN = List.of(".dmn", ".dmn11.xml");
  private static final List<String> IMAGES = List.of(".png", ".svg");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ExpressionRules expressions;

  public ModelPolicy(ApplicationBeans beans) {
    this.expressions = new ExpressionRules(beans);
  }

  /** Passes silently or throws a {@link RuleViolation} for the first thing in the resource that is not allowed. */
  public void check(String resourceName, byte[] content) {
    String name = resourceName.toLowerCase(Locale.ROOT);
    if (endsWithAny(name, BPMN)) {
      new BpmnRules(resourceName, expressions).check(ModelXml.parse(resourceName, content));
    } else if (endsWithAny(name, DMN)) {
      new DmnRules(resourceName).check(ModelXml.parse(resourceName, content));
    } else if (name.endsWith(".form")) {
      checkForm(resourceName, content);
    } else if (!endsWithAny(name, IMAGES)) {
      // CMMN, scripts, HTML forms and the like: each could carry code, and the product needs none of them.
      throw RuleViolation.invalid(FIELD, "Resource " + resourceName + " is not allowed in a deployment: only BPMN"
          + " (.bpmn, .bpmn20.xml), DMN (.dmn, .dmn11.xml), Camunda forms (.form) and diagrams (.png, .svg) are.");
    }
  }

  /** Tasklist renders a form by its id; a form without one, or not JSON at all, would fail only at a user's task. */
  private static void checkForm(String resourceName, byte[] content) {
    JsonNode form;
    try {
      form = JSON.readTree(content);
    } catch (IOException e) {
      throw RuleViolation.invalid(FIELD, "Form " + resourceName + " is not valid JSON.");
    }
    JsonNode id = form == null ? null : form.get("id");
    if (id == null || !id.isTextual() || id.asText().isBlank()) {
      throw RuleViolation.invalid(FIELD, "Form " + resourceName + " has no \"id\".");
    }
  }

  static RuleViolation refuse(String resourceName, String elementId, String reason) {
    return RuleViolation.invalid(FIELD, "Model " + resourceName + ", element " + elementId + ": " + reason + ".");
  }

  private static boolean endsWithAny(String name, List<String> suffixes) {
    return suffixes.stream().anyMatch(name::endsWith);
  }
}
