package eu.oosatmp.deployment;

import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstLiteral;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.Tree;
import org.camunda.bpm.impl.juel.TreeBuilder;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Which JUEL expressions a model may contain: conditions over process variables, nothing that reaches an
 * object. Expressions are parsed with the JUEL parser the engine itself uses, so the policy sees exactly
 * the structure the engine would evaluate, whatever spacing or nesting a model uses.
 */
final class ExpressionRules {

  /** Names the engine itself resolves to live engine objects, from which every engine service is reachable. */
  private static final Set<String> ENGINE_OBJECTS =
      Set.of("execution", "task", "caseExecution", "externalTask", "variableScope");

  // The engine's ExpressionFactoryImpl parses with method invocations and varargs, so must the policy:
  // otherwise a method call would merely be a syntax error here, with a less helpful message.
  private final TreeBuilder parser = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);
  private final ApplicationBeans beans;

  ExpressionRules(ApplicationBeans beans) {
    this.beans = beans;
  }

  /** Text the engine may evaluate as an expression; anything else is plain text to it. */
  static boolean mayBeExpression(String text) {
    return text.contains("${") || text.contains("#{");
  }

  /** Why the expression is not allowed, if it is not. */
  Optional<String> problemOf(String expression) {
    Optional<Tree> tree = parse(expression);
    if (tree.isEmpty()) {
      return Optional.of("the expression " + expression + " is not valid");
    }
    return problemIn(tree.get().getRoot()).map(reason -> "the expression " + expression + " " + reason);
  }

  /** Why the delegate expression does not wire one of the product's delegates or listeners, if it does not. */
  Optional<String> delegateProblemOf(String expression) {
    Optional<String> named = parse(expression)
        .filter(tree -> !tree.isDeferred())
        .map(Tree::getRoot)
        .filter(AstEval.class::isInstance)
        .map(root -> root.getChild(0))
        .filter(AstIdentifier.class::isInstance)
        .map(identifier -> ((AstIdentifier) identifier).getName());
    if (named.isEmpty()) {
      return Optional.of("the delegate expression " + expression
          + " must be ${beanName}, naming one of the product's delegates or listeners");
    }
    String bean = named.get();
    if (beans.delegates().contains(bean)) {
      return Optional.empty();
    }
    if (beans.isBean().test(bean)) {
      return Optional.of("references bean " + bean + ", which is not one of the product's delegates or listeners");
    }
    return Optional.of("references delegate bean " + bean + ", which does not exist");
  }

  private Optional<Tree> parse(String expression) {
    try {
      return Optional.of(parser.build(expression));
    } catch (TreeBuilderException e) {
      return Optional.empty();
    }
  }

  private Optional<String> problemIn(Node node) {
    Optional<String> own = problemOfNode(node);
    for (int i = 0; own.isEmpty() && i < node.getCardinality(); i++) {
      own = problemIn(node.getChild(i));
    }
    return own;
  }

  private Optional<String> problemOfNode(Node node) {
    if (node instanceof AstMethod || node instanceof AstFunction) {
      return Optional.of("calls a method or function");
    }
    if (node instanceof AstProperty) {
      // Getters are methods: ${execution.processEngineServices} reaches every engine service.
      return Optional.of("reads a property with . or [ ]");
    }
    if (node instanceof AstIdentifier identifier) {
      return problemOfName(identifier.getName());
    }
    if (node instanceof AstText || node instanceof AstComposite || node instanceof AstEval
        || node instanceof AstNested || node instanceof AstLiteral || node instanceof AstUnary
        || node instanceof AstBinary || node instanceof AstChoice) {
      return Optional.empty();
    }
    return Optional.of("uses " + node.getClass().getSimpleName() + ", which models may not use");
  }

  private Optional<String> problemOfName(String name) {
    if (ENGINE_OBJECTS.contains(name) || name.startsWith("processEngine")) {
      return Optional.of("names the engine object " + name);
    }
    if (beans.isBean().test(name) && !beans.delegates().contains(name)) {
      return Optional.of("names the application component " + name);
    }
    return Optional.empty();
  }
}
