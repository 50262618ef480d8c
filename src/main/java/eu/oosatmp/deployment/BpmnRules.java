package eu.oosatmp.deployment;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The rules for one BPMN resource. The whole DOM is walked, every element, attribute and text, rather
 * than the constructs known today: Camunda evaluates expressions in many places (names, documentation,
 * due dates, timers, input mappings) and whatever is not looked at would be a way in.
 */
final class BpmnRules {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  private final String resourceName;
  private final ExpressionRules expressions;

  BpmnRules(String resourceName, ExpressionRules expressions) {
    this.resourceName = resourceName;
    this.expressions = expressions;
  }

  void check(Document model) {
    checkElement(model.getDocumentElement());
  }

  private void checkElement(Element element) {
    checkKind(element);
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      checkAttribute(element, (Attr) attributes.item(i));
    }
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child instanceof Element childElement) {
        checkElement(childElement);
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        checkExpression(element, child.getNodeValue());
      }
    }
  }

  private void checkKind(Element element) {
    String kind = element.getLocalName();
    if (kind.equals("scriptTask") || kind.equals("script")) {
      refuse(element, "contains a script; models may not run scripts");
    }
    if (kind.equals("callActivity")) {
      refuse(element, "is a call activity; a model may not start other processes, as that would bypass their"
          + " start checks");
    }
    if (CAMUNDA.equals(element.getNamespaceURI()) && kind.equals("connector")) {
      refuse(element, "uses a connector; models may not call other systems directly");
    }
    if (CAMUNDA.equals(element.getNamespaceURI()) && kind.equals("field")) {
      // Field injection writes into the delegate object, and the product's delegates are shared singletons.
      refuse(element, "injects a field into a delegate; the product's delegates are configured by the product");
    }
    if (CAMUNDA.equals(element.getNamespaceURI()) && kind.equals("constraint")
        && element.getAttribute("name").equals("validator")) {
      refuse(element, "uses a custom form field validator, which runs code");
    }
    if (BPMN.equals(element.getNamespaceURI()) && kind.equals("userTask")) {
      checkUserTask(element);
    }
    if (BPMN.equals(element.getNamespaceURI()) && kind.equals("process")
        && !element.getAttribute("isExecutable").equals("false")) {
      Retention.problemOf(element.getAttributeNS(CAMUNDA, "historyTimeToLive"))
          .ifPresent(problem -> refuse(element, "the process " + problem));
    }
  }

  /** A task must say how it is completed (its form checks the input) and by whom (authorizations follow it). */
  private void checkUserTask(Element task) {
    if (isBlank(task, "formRef") && isBlank(task, "formKey")) {
      refuse(task, "the user task has no form; give it camunda:formRef (a deployed .form) or camunda:formKey");
    }
    if (isBlank(task, "candidateGroups") && isBlank(task, "candidateUsers") && isBlank(task, "assignee")) {
      refuse(task, "the user task is offered to nobody; give it camunda:candidateGroups, camunda:candidateUsers"
          + " or camunda:assignee");
    }
  }

  private void checkAttribute(Element element, Attr attribute) {
    String name = attribute.getLocalName();
    String value = attribute.getValue();
    if (name.equals("class") || name.endsWith("Class")) {
      refuse(element, "names the Java class " + value + " (" + attribute.getName() + "); models may only wire"
          + " the product's delegates and listeners with ${beanName}");
    } else if (CAMUNDA.equals(attribute.getNamespaceURI()) && name.equals("resource")) {
      refuse(element, "references the script resource " + value + "; models may not run scripts");
    } else if (name.equals("language")) {
      refuse(element, "has a script condition (language " + value + "); conditions must be expressions over"
          + " process variables");
    } else if (name.equals("delegateExpression") || name.endsWith("DelegateExpression")) {
      expressions.delegateProblemOf(value.trim()).ifPresent(problem -> refuse(element, problem));
    } else {
      checkExpression(element, value);
    }
  }

  private void checkExpression(Element element, String text) {
    if (ExpressionRules.mayBeExpression(text)) {
      expressions.problemOf(text.trim()).ifPresent(problem -> refuse(element, problem
          + "; expressions may only combine process variables and literals with operators"));
    }
  }

  private static boolean isBlank(Element element, String camundaAttribute) {
    return element.getAttributeNS(CAMUNDA, camundaAttribute).isBlank();
  }

  private void refuse(Element element, String reason) {
    throw ModelPolicy.refuse(resourceName, ModelXml.idOf(element), reason);
  }
}
