package eu.oosatmp.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import eu.oosatmp.support.Http;
import eu.oosatmp.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A process owner deploys through /engine-rest as the Camunda Modeler does; models carrying code are refused. */
@IntegrationTest
@ActiveProfiles("dev")
class ModelDeploymentIT {

  private static final String KEPT_30_YEARS = "camunda:historyTimeToLive=\"P10958D\"";

  @LocalServerPort
  int port;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      membership   | Task_Attack  | <serviceTask id="Task_Attack" camunda:expression="${identityService.createMembership('owner','camunda-admin')}"/>
      services     | Task_Attack  | <serviceTask id="Task_Attack" camunda:expression="${execution.getProcessEngineServices()}"/>
      script       | Task_Attack  | <scriptTask id="Task_Attack" scriptFormat="javascript"><script>java.lang.System.exit(1)</script></scriptTask>
      javaClass    | Task_Attack  | <serviceTask id="Task_Attack" camunda:class="java.lang.Runtime"/>
      unknownBean  | Task_Attack  | <serviceTask id="Task_Attack" camunda:delegateExpression="${exportAllCases}"/>
      noForm       | Task_Attack  | <userTask id="Task_Attack" camunda:candidateGroups="quality-assurance"/>
      nobody       | Task_Attack  | <userTask id="Task_Attack" camunda:formRef="oos-investigation"/>
      """)
  void modelCarryingCodeIsRefusedAndNothingIsDeployed(String attack, String elementId, String element) {
    String name = "attack-" + attack;

    Http.Response response = deploy(name, process("Attack_" + attack, KEPT_30_YEARS, element));

    assertThat(response.status()).as(response.body()).isBetween(400, 499);
    assertThat(response.body()).contains(name + ".bpmn").contains(elementId);
    assertThat(count("/engine-rest/deployment/count?name=" + name)).isZero();
    assertThat(count("/engine-rest/process-definition/count?key=Attack_" + attack))
        .isZero();
  }

  @Test
  void historyKeptOnlyTenYearsIsRefused() {
    Http.Response response = deploy("short-history",
        process("ShortHistory", "camunda:historyTimeToLive=\"P3652D\"", ""));

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("ShortHistory").contains("30 years");
    assertThat(count("/engine-rest/deployment/count?name=short-history")).isZero();
  }

  @Test
  void modelWiringAProductDelegateIsAccepted() {
    Http.Response response = deploy("wired", process("Wired", KEPT_30_YEARS,
        "<serviceTask id=\"Task_Attack\" camunda:delegateExpression=\"${recordBatchExpired}\"/>"));

    assertThat(response.status()).as(response.body()).isIn(200, 201);
    assertThat(count("/engine-rest/deployment/count?name=wired")).isOne();
  }

  @Test
  void productModelsPassedThePolicyAtStartup() {
    for (String key : new String[] {"OosBatchHandling", "OosPeriodicReview"}) {
      assertThat(count("/engine-rest/process-definition/count?latestVersion=true&key=" + key))
          .as(key).isOne();
    }
    for (String key : new String[] {"NationalAuthorityNotification", "OosTrendDetection"}) {
      assertThat(count("/engine-rest/decision-definition/count?latestVersion=true&key=" + key))
          .as(key).isOne();
    }
  }

  /**
   * Counted over REST, as the deployment was made: test contexts of other classes in this JVM run engines
   * of the same name, and only the REST API is sure to reach the one that served the request.
   */
  private long count(String path) {
    return new Http(port).as("admin").get(path).json().get("count").asLong();
  }

  private Http.Response deploy(String name, String bpmn) {
    return new Http(port).as("owner").postMultipart("/engine-rest/deployment/create",
        Map.of("deployment-name", name), Map.of(name + ".bpmn", bpmn));
  }

  /** A process from start through the element (whose id is Task_Attack, if any) to the end. */
  private static String process(String key, String processAttributes, String element) {
    String first = element.isEmpty() ? "EndEvent_Done" : "Task_Attack";
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                     xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://oosatmp.eu/test">
          <process id="%1$s" isExecutable="true" %2$s>
            <startEvent id="StartEvent_Begin"/>
            %3$s
            <endEvent id="EndEvent_Done"/>
            <sequenceFlow id="Flow_1" sourceRef="StartEvent_Begin" targetRef="%4$s"/>
            %5$s
          </process>
        </definitions>
        """.formatted(key, processAttributes, element, first, element.isEmpty() ? ""
        : "<sequenceFlow id=\"Flow_2\" sourceRef=\"Task_Attack\" targetRef=\"EndEvent_Done\"/>");
  }
}
