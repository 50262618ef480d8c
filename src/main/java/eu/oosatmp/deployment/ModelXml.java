package eu.oosatmp.deployment;

import eu.oosatmp.integrity.RuleViolation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Reading BPMN and DMN as plain XML, so the rules see every attribute, not only those a model API knows. */
final class ModelXml {

  private ModelXml() {}

  static Document parse(String resourceName, byte[] content) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      // A model is untrusted input: no DOCTYPE, so no external entities and no entity expansion bombs.
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      // The refusal tells the process owner; the parser's own report on stderr would only be noise.
      builder.setErrorHandler(new DefaultHandler());
      return builder.parse(new ByteArrayInputStream(content));
    } catch (SAXException | IOException e) {
      throw RuleViolation.invalid(ModelPolicy.FIELD,
          "Model " + resourceName + " is not well-formed XML (or declares a DOCTYPE).");
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The XML parser cannot be configured safely", e);
    }
  }

  /** The id a process owner finds in the Modeler: the element's own, else that of the nearest element that has one. */
  static String idOf(Node node) {
    for (Node current = node; current instanceof Element element; current = current.getParentNode()) {
      if (element.hasAttribute("id")) {
        return element.getAttribute("id");
      }
    }
    return node.getLocalName();
  }
}
