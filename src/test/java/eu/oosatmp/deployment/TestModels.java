package eu.oosatmp.deployment;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Small models for policy tests: valid except for what a test puts in between start and end. */
final class TestModels {

  static final ApplicationBeans BEANS = new ApplicationBeans(Set.of("registerCase", "caseRecordListener"),
      Set.of("registerCase", "caseRecordListener", "identityService", "caseFile")::contains);

  private TestModels() {}

  /** A process with the given attributes on its process element and the given elements inside it. */
  static byte[] process(String processAttributes, String elements) {
    return ("""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            id="Definitions_Test" targetNamespace="http://oosatmp.eu/test">
          <bpmn:process id="Process_Test" isExecutable="true" %s>
            <bpmn:startEvent id="StartEvent_Begin"/>
            %s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(processAttributes, elements)).getBytes(StandardCharsets.UTF_8);
  }

  /** A process kept 30 years, with the given elements. */
  static byte[] process(String elements) {
    return process("camunda:historyTimeToLive=\"P10958D\"", elements);
  }

  static byte[] decision(String historyTimeToLive, String expressionLanguage) {
    return ("""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
            xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_Test" name="Test"
            namespace="http://camunda.org/schema/1.0/dmn">
          <decision id="Decision_Test" name="Test" %s>
            <decisionTable id="DecisionTable_Test">
              <input id="Input_Rate">
                <inputExpression id="InputExpression_Rate" typeRef="double" %s>
                  <text>rate</text>
                </inputExpression>
              </input>
              <output id="Output_Finding" name="finding" typeRef="string"/>
              <rule id="Rule_High">
                <inputEntry id="InputEntry_High"><text>&gt; 10</text></inputEntry>
                <outputEntry id="OutputEntry_High"><text>"HIGH"</text></outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(historyTimeToLive, expressionLanguage)).getBytes(StandardCharsets.UTF_8);
  }
}
