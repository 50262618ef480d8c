package eu.oosatmp.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

/**
 * The product's own models pass the policy, without starting the application: the product's components
 * are found by the same scan Spring does. (Every application start checks them against the real context.)
 */
class ModelPolicyProductModelsTest {

  private static final Path RESOURCES = Path.of("src/main/resources");

  @Test
  void everyProductModelPasses() throws IOException {
    ModelPolicy policy = new ModelPolicy(productBeans());
    List<Path> models;
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      models = files.filter(file -> file.toString().matches(".*\\.(bpmn|dmn|form)")).toList();
    }

    assertThat(models).hasSizeGreaterThanOrEqualTo(4);
    for (Path model : models) {
      assertThatCode(() -> policy.check(RESOURCES.relativize(model).toString(), Files.readAllBytes(model)))
          .as(model.toString()).doesNotThrowAnyException();
    }
  }

  private static ApplicationBeans productBeans() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
    AnnotationBeanNameGenerator names = new AnnotationBeanNameGenerator();
    SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
    Set<BeanDefinition> components = scanner.findCandidateComponents("eu.oosatmp");
    Set<String> all = components.stream().map(bean -> names.generateBeanName(bean, registry))
        .collect(Collectors.toSet());
    Set<String> delegates = components.stream().filter(ModelPolicyProductModelsTest::isDelegate)
        .map(bean -> names.generateBeanName(bean, registry)).collect(Collectors.toSet());
    assertThat(delegates).contains("registerCase", "reviewTaskListener", "nameAskedAuthority");
    return new ApplicationBeans(delegates, all::contains);
  }

  private static boolean isDelegate(BeanDefinition bean) {
    Class<?> type = ClassUtils.resolveClassName(bean.getBeanClassName(), null);
    return JavaDelegate.class.isAssignableFrom(type) || TaskListener.class.isAssignableFrom(type)
        || ExecutionListener.class.isAssignableFrom(type);
  }
}
