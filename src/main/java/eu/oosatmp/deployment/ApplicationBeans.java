package eu.oosatmp.deployment;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.util.ClassUtils;

/**
 * The application components a model can reach by name. The engine resolves every expression identifier
 * that is not a variable against the whole Spring context, so a model may name only the product's own
 * delegates and listeners; any other bean name (services, repositories, Camunda's own services) is a way
 * around the product's checks.
 *
 * @param delegates beans a model may wire with {@code ${name}}
 * @param isBean    whether an identifier would resolve to an application component
 */
public record ApplicationBeans(Set<String> delegates, Predicate<String> isBean) {

  private static final String PRODUCT_PACKAGE = "eu.oosatmp.";

  public static ApplicationBeans of(ListableBeanFactory context) {
    // Bean definitions only (no eager initialisation): this runs while the engine, and the context, start.
    Set<String> delegates = Stream.of(JavaDelegate.class, TaskListener.class, ExecutionListener.class)
        .flatMap(type -> Arrays.stream(context.getBeanNamesForType(type, true, false)))
        .filter(name -> isProductClass(context.getType(name, false)))
        .collect(Collectors.toUnmodifiableSet());
    return new ApplicationBeans(delegates, context::containsBean);
  }

  private static boolean isProductClass(Class<?> type) {
    return type != null && ClassUtils.getUserClass(type).getName().startsWith(PRODUCT_PACKAGE);
  }
}
