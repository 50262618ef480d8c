package eu.oosatmp.deployment;

import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * The rules for one DMN resource. FEEL cannot reach application components; JUEL (evaluated by the
 * engine's Spring-aware expression manager) and script languages can, so only FEEL is allowed.
 */
final class DmnRules {

  static final String CAMUNDA = "http://camunda.org/schema/1.0/dmn";
  /** The values Camunda 7.24 treats as FEEL (ExpressionEvaluationHandler#isFeelExpressionLanguage). */
  private static final Set<String> FEEL = Set.of("feel",
      "http://www.omg.org/spec/FEEL/20140401",
      "http://www.omg.org/spec/DMN/20180521/FEEL/",
      "https://www.omg.org/spec/DMN/20191111/FEEL/",
      "https://www.omg.org/spec/DMN/20211108/FEEL/",
      "https://www.omg.org/spec/DMN/20230324/FEEL/");

  private final String resourceName;

  DmnRules(String resourceName) {
    this.resourceName = resourceName;
  }

  void check(Document model) {
    checkElement(model.getDocumentElement());
  }

  private void checkElement(Element element) {
    if (element.getLocalName().equals("decision")) {
      Retention.problemOf(element.getAttributeNS(CAMUNDA, "historyTimeToLive"))
          .ifPresent(problem -> refuse(element, "the decision " + problem));
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      if (attribute.getLocalName().equals("expressionLanguage") && !isFeel(attribute.getValue())) {
        refuse(element, "uses expression language " + attribute.getValue() + "; decisions must be written in FEEL");
      }
    }
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child) {
        checkElement(child);
      }
    }
  }

  private static boolean isFeel(String language) {
    // Exactly as the engine compares, so that nothing the engine would evaluate otherwise passes as FEEL.
    return FEEL.contains(language) || language.toLowerCase(Locale.ROOT).equals("feel");
  }

  private void refuse(Element element, String reason) {
    throw ModelPolicy.refuse(resourceName, ModelXml.idOf(element), reason);
  }
}
