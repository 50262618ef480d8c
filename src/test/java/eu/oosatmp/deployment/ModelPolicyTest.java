package eu.oosatmp.deployment;

import static eu.oosatmp.deployment.TestModels.decision;
import static eu.oosatmp.deployment.TestModels.process;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.oosatmp.integrity.RuleViolation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelPolicyTest {

  private static final String TASK_FORM = "camunda:formRef=\"oos-check\" camunda:candidateGroups=\"quality-assurance\"";

  private final ModelPolicy policy = new ModelPolicy(TestModels.BEANS);

  private RuleViolation refusal(String resourceName, byte[] content) {
    RuleViolation violation = catchThrowableOfType(RuleViolation.class, () -> policy.check(resourceName, content));
    assertThat(violation).as("refused").isNotNull();
    assertThat(violation.field()).isEqualTo("deployment");
    assertThat(violation.sentence()).contains(resourceName);
    return violation;
  }

  private String refusalOf(String elements) {
    return refusal("Test.bpmn", process(elements)).sentence();
  }

  private void accepted(String elements) {
    assertThatCode(() -> policy.check("Test.bpmn", process(elements))).doesNotThrowAnyException();
  }

  private static String serviceTask(String attributes) {
    return "<bpmn:serviceTask id=\"Task_Work\" " + attributes + "/>";
  }

  private static String condition(String expression) {
    return "<bpmn:sequenceFlow id=\"Flow_If\" sourceRef=\"StartEvent_Begin\" targetRef=\"StartEvent_Begin\">"
        + "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">" + expression
        + "</bpmn:conditionExpression></bpmn:sequenceFlow>";
  }

  @Test
  void scriptTaskIsRefused() {
    assertThat(refusalOf("<bpmn:scriptTask id=\"Task_Script\" scriptFormat=\"groovy\">"
        + "<bpmn:script>'rm -rf /'.execute()</bpmn:script></bpmn:scriptTask>"))
        .contains("element Task_Script").contains("script");
  }

  @Test
  void scriptInAListenerOrParameterIsRefused() {
    assertThat(refusalOf(serviceTask("camunda:delegateExpression=\"${registerCase}\"").replace("/>",
        "><bpmn:extensionElements><camunda:executionListener event=\"start\">"
            + "<camunda:script scriptFormat=\"javascript\">1</camunda:script></camunda:executionListener>"
            + "</bpmn:extensionElements></bpmn:serviceTask>")))
        .contains("element Task_Work").contains("script");
    assertThat(refusalOf(serviceTask("camunda:delegateExpression=\"${registerCase}\"").replace("/>",
        "><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name=\"x\">"
            + "<camunda:script scriptFormat=\"groovy\" resource=\"deployment://x.groovy\"/>"
            + "</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>")))
        .contains("element Task_Work").contains("script");
  }

  @Test
  void scriptConditionAndScriptResourceAreRefused() {
    assertThat(refusalOf(condition("true").replace("xsi:type", "language=\"groovy\" xsi:type")))
        .contains("element Flow_If").contains("script condition");
    assertThat(refusalOf(serviceTask("camunda:resource=\"classpath://evil.groovy\"")))
        .contains("element Task_Work").contains("script resource");
  }

  @Test
  void javaClassIsRefusedWherever() {
    assertThat(refusalOf(serviceTask("camunda:class=\"java.lang.Runtime\"")))
        .contains("element Task_Work").contains("java.lang.Runtime");
    assertThat(refusalOf("<bpmn:userTask id=\"Task_Check\" " + TASK_FORM + "><bpmn:extensionElements>"
        + "<camunda:taskListener class=\"com.evil.Listener\" event=\"create\"/>"
        + "</bpmn:extensionElements></bpmn:userTask>"))
        .contains("element Task_Check").contains("com.evil.Listener");
  }

  @Test
  void connectorCallActivityAndCustomValidatorAreRefused() {
    assertThat(refusalOf(serviceTask("").replace("/>", "><bpmn:extensionElements><camunda:connector>"
        + "<camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>"
        + "</bpmn:extensionElements></bpmn:serviceTask>")))
        .contains("element Task_Work").contains("connector");
    assertThat(refusalOf("<bpmn:callActivity id=\"Call_Batch\" calledElement=\"OosBatchHandling\"/>"))
        .contains("element Call_Batch").contains("call activity");
    assertThat(refusalOf("<bpmn:userTask id=\"Task_Check\" " + TASK_FORM + "><bpmn:extensionElements>"
        + "<camunda:formData><camunda:formField id=\"x\" type=\"string\"><camunda:validation>"
        + "<camunda:constraint name=\"validator\" config=\"${identityService}\"/>"
        + "</camunda:validation></camunda:formField></camunda:formData></bpmn:extensionElements></bpmn:userTask>"))
        .contains("element x").contains("validator");
  }

  @Test
  void fieldInjectionIntoADelegateIsRefused() {
    assertThat(refusalOf(serviceTask("camunda:delegateExpression=\"${registerCase}\"").replace("/>",
        "><bpmn:extensionElements><camunda:field name=\"caseFile\" stringValue=\"x\"/>"
            + "</bpmn:extensionElements></bpmn:serviceTask>")))
        .contains("element Task_Work").contains("injects a field");
  }

  @ParameterizedTest
  @ValueSource(strings = {"${identityService.createMembership('owner','camunda-admin')}",
      "${execution.getProcessEngineServices()}", "${execution.processEngineServices}", "${execution}",
      "${task}", "${caseExecution}", "${externalTask}", "${variableScope}", "${processEngine}",
      "${processEngineServices}", "${caseFile}", "${identityService}", "${x['runtimeService']}",
      "${dateTime()}", "${S(x)}", "#{approved.class}", "${approved ? caseFile : 1}", "${unclosed",
      "${a} and #{b}"})
  void expressionsThatReachObjectsAreRefused(String expression) {
    assertThat(refusalOf(condition(expression))).contains("element Flow_If").contains(expression);
  }

  @ParameterizedTest
  @ValueSource(strings = {"${approved}", "${not empty nationalAuthoritiesToAsk}", "${supplyDecision == 'X'}",
      "${a > 1 and (b or !c)}", "${-count + 2 * 3 / 4 % 5 >= 1.5}", "${empty a ? 'x' : null}",
      "${registerCase != null}", "#{approved eq true}"})
  void conditionsOverVariablesAreAccepted(String expression) {
    accepted(condition(expression));
  }

  @Test
  void expressionsAreCheckedInAnyAttributeAndText() {
    assertThat(refusalOf("<bpmn:userTask id=\"Task_Check\" name=\"${caseFile}\" " + TASK_FORM + "/>"))
        .contains("element Task_Check").contains("caseFile");
    assertThat(refusalOf("<bpmn:userTask id=\"Task_Check\" " + TASK_FORM + "><bpmn:documentation>"
        + "Due ${execution.processEngine}</bpmn:documentation></bpmn:userTask>"))
        .contains("element Task_Check");
    assertThat(refusalOf(serviceTask("camunda:delegateExpression=\"${registerCase}\"").replace("/>",
        "><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name=\"x\">"
            + "<![CDATA[${identityService}]]></camunda:inputParameter></camunda:inputOutput>"
            + "</bpmn:extensionElements></bpmn:serviceTask>")))
        .contains("element Task_Work").contains("identityService");
    assertThat(refusalOf("<bpmn:intermediateCatchEvent id=\"Event_Wait\"><bpmn:timerEventDefinition>"
        + "<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">${execution.getVariable('x')}</bpmn:timeDuration>"
        + "</bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>"))
        .contains("element Event_Wait");
    accepted("<bpmn:intermediateCatchEvent id=\"Event_Wait\"><bpmn:timerEventDefinition>"
        + "<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">${emaResponseWindow}</bpmn:timeDuration>"
        + "</bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>");
  }

  @Test
  void delegateExpressionMustNameAProductDelegate() {
    accepted(serviceTask("camunda:delegateExpression=\"${registerCase}\""));
    accepted("<bpmn:userTask id=\"Task_Check\" " + TASK_FORM + "><bpmn:extensionElements>"
        + "<camunda:taskListener delegateExpression=\"${caseRecordListener}\" event=\"complete\"/>"
        + "</bpmn:extensionElements></bpmn:userTask>");
    assertThat(refusalOf(serviceTask("camunda:delegateExpression=\"${stealData}\"")))
        .contains("element Task_Work").contains("references delegate bean stealData, which does not exist");
    assertThat(refusalOf(serviceTask("camunda:delegateExpression=\"${identityService}\"")))
        .contains("identityService").contains("not one of the product's delegates");
    for (String notABeanName : new String[] {"${registerCase.foo}", "#{registerCase}", "registerCase",
        "${registerCase}${registerCase}", "${'registerCase'}"}) {
      assertThat(refusalOf(serviceTask("camunda:delegateExpression=\"" + notABeanName + "\"")))
          .as(notABeanName).contains("must be ${beanName}");
    }
  }

  @Test
  void userTaskNeedsAFormAndSomeoneToDoIt() {
    accepted("<bpmn:userTask id=\"Task_Check\" " + TASK_FORM + "/>");
    accepted("<bpmn:userTask id=\"Task_Check\" camunda:formKey=\"camunda-forms:deployment:x.form\""
        + " camunda:assignee=\"${treatingPhysician}\"/>");
    accepted("<bpmn:userTask id=\"Task_Check\" camunda:formRef=\"x\" camunda:candidateUsers=\"qa\"/>");
    assertThat(refusalOf("<bpmn:userTask id=\"Task_Check\" camunda:candidateGroups=\"quality-assurance\"/>"))
        .contains("element Task_Check").contains("no form");
    assertThat(refusalOf("<bpmn:userTask id=\"Task_Check\" camunda:formRef=\"oos-check\"/>"))
        .contains("element Task_Check").contains("offered to nobody");
  }

  @Test
  void processHistoryIsKeptThirtyYears() {
    for (String kept : new String[] {"P10958D", "10958", "P20000D"}) {
      assertThatCode(() -> policy.check("Test.bpmn", process("camunda:historyTimeToLive=\"" + kept + "\"", "")))
          .as(kept).doesNotThrowAnyException();
    }
    assertThat(refusal("Test.bpmn", process("", "")).sentence())
        .contains("element Process_Test").contains("no camunda:historyTimeToLive");
    assertThat(refusal("Test.bpmn", process("camunda:historyTimeToLive=\"P3652D\"", "")).sentence())
        .contains("element Process_Test").contains("only 3652 days");
    assertThat(refusal("Test.bpmn", process("camunda:historyTimeToLive=\"3650\"", "")).sentence())
        .contains("only 3650 days");
    assertThat(refusal("Test.bpmn", process("camunda:historyTimeToLive=\"P30Y\"", "")).sentence())
        .contains("not a number of days");
  }

  @Test
  void decisionHistoryIsKeptThirtyYearsAndWrittenInFeel() {
    String kept = "camunda:historyTimeToLive=\"P10958D\"";
    for (String feel : new String[] {"", "expressionLanguage=\"feel\"", "expressionLanguage=\"FEEL\"",
        "expressionLanguage=\"https://www.omg.org/spec/DMN/20191111/FEEL/\"",
        "expressionLanguage=\"http://www.omg.org/spec/FEEL/20140401\""}) {
      assertThatCode(() -> policy.check("Test.dmn", decision(kept, feel))).as(feel).doesNotThrowAnyException();
    }
    for (String other : new String[] {"juel", "groovy", "javascript"}) {
      assertThat(refusal("Test.dmn", decision(kept, "expressionLanguage=\"" + other + "\"")).sentence())
          .contains("element InputExpression_Rate").contains(other).contains("FEEL");
    }
    assertThat(refusal("Test.dmn11.xml", decision("", "")).sentence())
        .contains("element Decision_Test").contains("no camunda:historyTimeToLive");
    assertThat(refusal("Test.dmn", decision("camunda:historyTimeToLive=\"3650\"", "")).sentence())
        .contains("element Decision_Test").contains("only 3650 days");
  }

  @Test
  void onlyModelFormAndDiagramResourcesAreAllowed() {
    for (String name : new String[] {"case.cmmn", "run.groovy", "form.html", "Test.xml", "script.js"}) {
      assertThat(refusal(name, new byte[0]).sentence()).as(name).contains("is not allowed");
    }
    assertThatCode(() -> policy.check("diagram.png", new byte[] {1, 2})).doesNotThrowAnyException();
    // Read as BPMN, so the process rules apply to it.
    assertThat(refusal("Test.bpmn20.xml", process("", "")).sentence()).contains("historyTimeToLive");
  }

  @Test
  void formMustBeJsonWithAnId() {
    assertThatCode(() -> policy.check("check.form", "{\"id\":\"oos-check\",\"components\":[]}"
        .getBytes(StandardCharsets.UTF_8))).doesNotThrowAnyException();
    assertThat(refusal("check.form", "{\"id\":".getBytes(StandardCharsets.UTF_8)).sentence())
        .contains("not valid JSON");
    assertThat(refusal("check.form", "{\"components\":[]}".getBytes(StandardCharsets.UTF_8)).sentence())
        .contains("no \"id\"");
    assertThat(refusal("check.form", "[]".getBytes(StandardCharsets.UTF_8)).sentence()).contains("no \"id\"");
  }

  @Test
  void malformedXmlAndDoctypeAreRefused() {
    assertThat(refusal("Test.bpmn", "<bpmn:definitions".getBytes(StandardCharsets.UTF_8)).sentence())
        .contains("not well-formed");
    String doctype = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>";
    assertThat(refusal("Test.dmn", doctype.getBytes(StandardCharsets.UTF_8)).sentence()).contains("DOCTYPE");
  }
}
