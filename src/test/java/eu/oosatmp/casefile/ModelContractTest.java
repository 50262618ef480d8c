package eu.oosatmp.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import eu.oosatmp.integrity.FormContract;
import eu.oosatmp.review.OosPeriodicReviewProcess;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/**
 * Holds the models, forms and constants classes to one contract, without starting anything: the ids the
 * code names exist in the model, every user task has its deployment-bound form, every field a step
 * records is on its form and every field a form submits is recorded, and every delegate a model wires
 * is a bean of the package that owns the process.
 */
class ModelContractTest {

  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Map<String, FormContract> FORMS = forms();

  @Test
  void batchHandlingModelMatchesItsConstantsFormsAndSteps() {
    BpmnModelInstance model = model("OosBatchHandling");
    assertProcessContract(model, OosBatchHandlingProcess.class, OosBatchHandlingProcess.PROCESS_ID, "casefile");
    ReceiveTask awaitDelivery = model.getModelElementById(OosBatchHandlingProcess.AWAIT_SUPERVISORY_DELIVERY);
    assertThat(awaitDelivery.getMessage().getName())
        .isEqualTo(OosBatchHandlingProcess.MESSAGE_SUPERVISORY_NOTIFICATION_DELIVERED);

    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      CaseTask step = CaseTask.of(task.getId()).orElseThrow(() -> new AssertionError("No case step for " + task.getId()));
      FormContract form = FORMS.get(task.getCamundaFormRef());
      Set<String> editable = form.fields().values().stream().filter(field -> !field.informational())
          .map(FormContract.Field::key).collect(Collectors.toSet());
      assertThat(form.fields().keySet()).as(task.getId() + " records only its form's fields")
          .containsAll(step.fields());
      assertThat(step.fields()).as(task.getId() + " records every field its form submits").containsAll(editable);
    }
    assertThat(options("oos-supply-decision", OosBatchHandlingProcess.SUPPLY_DECISION))
        .contains(OosBatchHandlingProcess.REQUEST_SUPPLY);
    assertThat(options("oos-administration", OosBatchHandlingProcess.ADMINISTRATION))
        .contains(OosBatchHandlingProcess.NOT_ADMINISTERED);
    assertThat(FORMS.get("oos-qp-verification").fields().get(OosBatchHandlingProcess.QP_CONFIRMED).type())
        .isEqualTo("checkbox");
  }

  @Test
  void periodicReviewModelMatchesItsConstantsAndForms() {
    BpmnModelInstance model = model("OosPeriodicReview");
    assertProcessContract(model, OosPeriodicReviewProcess.class, OosPeriodicReviewProcess.PROCESS_ID, "review");
    assertThat(FORMS.get("oos-review-approval").fields())
        .containsKeys(OosPeriodicReviewProcess.REPORT_APPROVED, OosPeriodicReviewProcess.APPROVAL_COMMENT);
    assertThat(FORMS.get("oos-review-start").fields()).containsKeys(OosPeriodicReviewProcess.PRODUCT_CODE,
        OosPeriodicReviewProcess.PERIOD_START, OosPeriodicReviewProcess.PERIOD_END);
  }

  private static void assertProcessContract(BpmnModelInstance model, Class<?> constants, String processId,
      String ownerPackage) {
    assertThat((Object) model.getModelElementById(processId)).as("process id").isNotNull();
    Collection<UserTask> tasks = model.getModelElementsByType(UserTask.class);
    assertThat(tasks.stream().map(UserTask::getId)).as("user tasks named in " + constants.getSimpleName())
        .containsExactlyInAnyOrderElementsOf(constantsStartingWith(constants, "TASK_"));
    for (UserTask task : tasks) {
      assertThat(FORMS).as(task.getId() + " form").containsKey(task.getCamundaFormRef());
      assertThat(task.getCamundaFormRefBinding()).as(task.getId() + " form binding").isEqualTo("deployment");
    }
    assertThat(model.getModelElementsByType(Message.class).stream().map(Message::getName))
        .as("messages named in " + constants.getSimpleName())
        .containsExactlyInAnyOrderElementsOf(constantsStartingWith(constants, "MESSAGE_"));
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null) {
        assertThat(FORMS).as(start.getId() + " form").containsKey(start.getCamundaFormRef());
        assertThat(start.getCamundaFormRefBinding()).isEqualTo("deployment");
      }
    }
    Set<String> beans = beanNames("eu.oosatmp." + ownerPackage);
    assertThat(delegateBeans(processId)).as("delegates wired by " + processId + " live in " + ownerPackage)
        .isSubsetOf(beans).isNotEmpty();
  }

  private static List<String> constantsStartingWith(Class<?> constants, String prefix) {
    return Arrays.stream(constants.getFields())
        .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getName().startsWith(prefix))
        .map(ModelContractTest::value)
        .toList();
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> delegateBeans(String processId) {
    try {
      String xml = Files.readString(RESOURCES.resolve("bpmn/" + processId + ".bpmn"));
      return Pattern.compile("camunda:delegateExpression=\"\\$\\{(\\w+)}\"").matcher(xml).results()
          .map(match -> match.group(1)).collect(Collectors.toSet());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> beanNames(String basePackage) {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
    return scanner.findCandidateComponents(basePackage).stream()
        .filter(definition -> definition.getBeanClassName().startsWith(basePackage + "."))
        .filter(definition -> definition.getBeanClassName().indexOf('.', basePackage.length() + 1) < 0)
        .map(ModelContractTest::beanName)
        .collect(Collectors.toSet());
  }

  private static String beanName(BeanDefinition definition) {
    try {
      Class<?> type = Class.forName(definition.getBeanClassName());
      Component component = type.getAnnotation(Component.class);
      Service service = type.getAnnotation(Service.class);
      String name = component != null ? component.value() : service != null ? service.value() : "";
      return name.isEmpty() ? Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1)
          : name;
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> options(String formId, String key) {
    return FORMS.get(formId).fields().get(key).options();
  }

  private static BpmnModelInstance model(String processId) {
    return Bpmn.readModelFromFile(RESOURCES.resolve("bpmn/" + processId + ".bpmn").toFile());
  }

  private static Map<String, FormContract> forms() {
    Map<String, FormContract> forms = new HashMap<>();
    try (Stream<Path> files = Files.list(RESOURCES.resolve("forms"))) {
      for (Path file : files.filter(path -> path.toString().endsWith(".form")).toList()) {
        try (InputStream form = Files.newInputStream(file)) {
          FormContract contract = FormContract.read(form);
          assertThat(file.getFileName().toString()).isEqualTo(contract.formId() + ".form");
          forms.put(contract.formId(), contract);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return forms;
  }
}
