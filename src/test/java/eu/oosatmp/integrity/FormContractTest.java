package eu.oosatmp.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

class FormContractTest {

  private static final String FORM = """
      {"id": "example", "components": [
        {"type": "text", "text": "no key"},
        {"type": "textarea", "key": "caseSummary", "label": "Case summary", "readonly": true, "disabled": true},
        {"type": "group", "components": [
          {"type": "radio", "key": "decision", "label": "Decision", "validate": {"required": true},
           "values": [{"label": "Yes", "value": "YES"}, {"label": "No", "value": "NO"}]},
          {"type": "checkbox", "key": "confirmed", "label": "Confirmed"},
          {"type": "textfield", "key": "when", "label": "When", "validate": {"pattern": "\\\\d{4}-\\\\d{2}-\\\\d{2}"}},
          {"type": "textarea", "key": "reason", "label": "Reason", "validate": {"required": true},
           "conditional": {"hide": "=decision = \\"YES\\""}}
        ]}
      ]}
      """;
  private static final FormContract CONTRACT = FormContract.read(
      new ByteArrayInputStream(FORM.getBytes(StandardCharsets.UTF_8)));
  private static final Map<String, Object> CURRENT = Map.of("caseSummary", "Case OOS-2026-0001");

  @Test
  void readsTheKeyedFieldsOfNestedGroups() {
    assertThat(CONTRACT.formId()).isEqualTo("example");
    assertThat(CONTRACT.fields()).containsOnlyKeys("caseSummary", "decision", "confirmed", "when", "reason");
  }

  @Test
  void acceptsTheFormsOwnFieldsTypedAsDeclared() {
    assertThatCode(() -> check(Map.of("decision", "YES", "confirmed", true, "when", "2026-12-05"))).doesNotThrowAnyException();
    assertThatCode(() -> check(Map.of("decision", Variables.stringValue("NO"), "reason", "no need")))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesAFieldTheFormDoesNotHave() {
    assertRefused(Map.of("decision", "YES", "treatingPhysician", "qa"), "treatingPhysician");
  }

  @Test
  void refusesWrongTypesAndUnknownOptions() {
    assertRefused(Map.of("decision", "MAYBE"), "decision");
    assertRefused(Map.of("decision", "YES", "confirmed", 1), "confirmed");
    assertRefused(Map.of("decision", "YES", "confirmed", "true"), "confirmed");
    assertRefused(Map.of("decision", "YES", "when", 20261205), "when");
  }

  @Test
  void refusesTextLongerThanAVariableHoldsAndTextOutsideItsPattern() {
    assertRefused(Map.of("decision", "NO", "reason", "x".repeat(FormContract.MAX_TEXT_LENGTH + 1)), "reason");
    assertRefused(Map.of("decision", "YES", "when", "05.12.2026"), "when");
  }

  @Test
  void requiresRequiredFieldsUnlessAConditionMayHideThem() {
    assertRefused(Map.of("confirmed", true), "decision");
    assertThatCode(() -> check(Map.of("decision", "YES"))).doesNotThrowAnyException();
  }

  @Test
  void informationalFieldsMayComeBackOnlyUnchangedAndAreNotWritten() {
    Map<String, Object> unchanged = Map.of("decision", "YES", "caseSummary", "Case OOS-2026-0001");
    assertThatCode(() -> check(unchanged)).doesNotThrowAnyException();
    assertThat(CONTRACT.editable(unchanged)).containsOnlyKeys("decision");
    assertRefused(Map.of("decision", "YES", "caseSummary", "Case OOS-2026-0002"), "caseSummary");
  }

  @Test
  void aTaskWithoutAFormAcceptsNothing() {
    assertThatThrownBy(() -> FormContract.none().check(Map.of("anything", "x"), key -> null))
        .isInstanceOf(RuleViolation.class);
    assertThatCode(() -> FormContract.none().check(Map.of(), key -> null)).doesNotThrowAnyException();
  }

  private static void check(Map<String, ?> submitted) {
    CONTRACT.check(new HashMap<>(submitted), CURRENT::get);
  }

  private static void assertRefused(Map<String, ?> submitted, String field) {
    assertThatThrownBy(() -> check(submitted))
        .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
          assertThat(refusal.field()).isEqualTo(field);
          assertThat(refusal.sentence()).endsWith(".").doesNotContain("ENGINE-");
        });
  }
}
