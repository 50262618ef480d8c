package eu.oosatmp.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The trend thresholds process owners edit in OosTrendDetection.dmn, at and beside each threshold. */
@Deployment(resources = "dmn/OosTrendDetection.dmn")
class OosTrendDetectionDecisionTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("model-test.camunda.cfg.xml").build();

  @ParameterizedTest(name = "rate {0} %, max failures {1}, change {2} points: {3}")
  @CsvSource({
      "10.0, 1, 5.0, ''",
      "10.1, 1, 0.0, OOS_RATE_ABOVE_THRESHOLD",
      "5.0, 2, 0.0, REPEATED_PARAMETER_FAILURE",
      "5.0, 1, 5.1, RISE_AGAINST_PREVIOUS_PERIOD",
      "44.4, 3, 19.4, OOS_RATE_ABOVE_THRESHOLD REPEATED_PARAMETER_FAILURE RISE_AGAINST_PREVIOUS_PERIOD"})
  void findsTrendsAboveTheThresholds(double rate, int maxFailures, double change, String expected) {
    List<String> findings = engine.getDecisionService().evaluateDecisionByKey("OosTrendDetection")
        .variables(Map.of(OosPeriodicReviewProcess.OOS_RATE_PERCENT, rate,
            OosPeriodicReviewProcess.MAX_FAILURES_OF_ONE_PARAMETER, maxFailures,
            OosPeriodicReviewProcess.OOS_RATE_CHANGE_POINTS, change))
        .evaluate().getResultList().stream().map(result -> (String) result.get("finding")).toList();

    assertThat(findings).containsExactlyElementsOf(
        expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" ")));
  }
}
