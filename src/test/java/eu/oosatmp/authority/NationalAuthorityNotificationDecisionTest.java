package eu.oosatmp.authority;

import static org.assertj.core.api.Assertions.assertThat;

import eu.oosatmp.casefile.OosBatchHandlingProcess;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules process owners edit in NationalAuthorityNotification.dmn, as the table stands. */
@Deployment(resources = "dmn/NationalAuthorityNotification.dmn")
class NationalAuthorityNotificationDecisionTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("model-test.camunda.cfg.xml").build();

  @ParameterizedTest(name = "treating site in {0}, release site in {1}: {2}")
  @CsvSource({
      "DE, DE, NOT_REQUIRED",
      "CZ, CZ, NOT_REQUIRED",
      "CZ, NL, INFORM",
      "FR, NL, ASK",
      "GB, DE, ASK"})
  void decidesPerTreatingSiteCountry(String treatingCountry, String releaseCountry, String requirement) {
    DmnDecisionResultEntries result = decide(treatingCountry, releaseCountry);

    assertThat((String) result.getEntry("requirement")).isEqualTo(requirement);
    assertThat((String) result.getEntry("reason")).isNotBlank();
  }

  @Test
  void czechRuleExplainsWhatSuklExpects() {
    assertThat((String) decide("CZ", "DE").getEntry("reason")).contains("SUKL").contains("not administered");
  }

  private DmnDecisionResultEntries decide(String treatingCountry, String releaseCountry) {
    return engine.getDecisionService().evaluateDecisionByKey(OosBatchHandlingProcess.NATIONAL_AUTHORITY_DECISION)
        .variables(Map.of(OosBatchHandlingProcess.TREATING_SITE_COUNTRY, treatingCountry,
            "releaseSiteCountry", releaseCountry))
        .evaluate()
        .getSingleResult();
  }
}
