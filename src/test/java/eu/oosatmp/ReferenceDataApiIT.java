package eu.oosatmp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.oosatmp.support.Http;
import eu.oosatmp.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

@IntegrationTest
@ActiveProfiles("dev")
@TestPropertySource(properties = "oos.authorities.notification-addresses.[DE-PEI]=atmp-oos@pei.example.test")
class ReferenceDataApiIT {

  private static final Set<String> EU_EEA = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
      "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
      "IS", "LI", "NO");

  @LocalServerPort
  int port;
  Http qa;

  @BeforeEach
  void setUp() {
    qa = new Http(port).as("qa");
  }

  @Test
  void authoritiesCoverEmaEveryEuEeaCountryAndTheUk() {
    JsonNode authorities = qa.get("/api/authorities").json();

    Set<String> countries = new TreeSet<>();
    List<String> emaCodes = new ArrayList<>();
    for (JsonNode authority : authorities) {
      if (authority.get("kind").asText().equals("EU_AGENCY")) {
        emaCodes.add(authority.get("code").asText());
      } else {
        countries.add(authority.get("countryCode").asText());
      }
      assertThat(authority.get("name").asText()).isNotBlank();
      assertThat(authority.get("acronym").asText()).isNotBlank();
    }
    Set<String> expected = new TreeSet<>(EU_EEA);
    expected.add("GB");
    assertThat(countries).isEqualTo(expected);
    assertThat(emaCodes).containsExactly("EMA");
  }

  @Test
  void defaultNotificationAddressesNeverReachARealAuthority() {
    for (JsonNode authority : qa.get("/api/authorities").json()) {
      assertThat(authority.get("notificationEmail").asText()).endsWith(".test");
    }
    assertThat(qa.get("/api/authorities/GB-MHRA").json().get("acronym").asText()).isEqualTo("MHRA");
  }

  @Test
  void configuredNotificationAddressOverridesTheDefault() {
    JsonNode pei = qa.get("/api/authorities/DE-PEI").json();

    assertThat(pei.get("notificationEmail").asText()).isEqualTo("atmp-oos@pei.example.test");
    assertThat(pei.get("name").asText()).startsWith("Paul-Ehrlich-Institut");
  }

  @Test
  void authoritiesFilterByCountryAndKind() {
    JsonNode czech = qa.get("/api/authorities?country=CZ").json();
    assertThat(czech).hasSize(1);
    assertThat(czech.get(0).get("acronym").asText()).isEqualTo("SÚKL");

    assertThat(qa.get("/api/authorities?kind=EU_AGENCY").json()).hasSize(1);
  }

  @Test
  void siteCarriesTheSupervisoryAuthorityOfItsCountry() {
    JsonNode site = qa.get("/api/sites/DE-MARBURG-REL").json();

    assertThat(site.get("countryCode").asText()).isEqualTo("DE");
    assertThat(site.get("releasesBatches").asBoolean()).isTrue();
    assertThat(site.get("supervisoryAuthority").get("code").asText()).isEqualTo("DE-PEI");
  }

  @Test
  void sitesFilterByRoleAndCountry() {
    JsonNode treating = qa.get("/api/sites?role=TREATING").json();
    assertThat(treating).isNotEmpty();
    treating.forEach(site -> assertThat(site.get("treatsPatients").asBoolean()).isTrue());

    JsonNode czechReleaseSites = qa.get("/api/sites?country=CZ&role=BATCH_RELEASE").json();
    assertThat(czechReleaseSites).extracting(site -> site.get("code").asText()).containsExactly("CZ-BRNO-REL");
  }

  @Test
  void productsCarryLegalRouteAndTheWrittenAgreementOfTheParties() {
    JsonNode abecma = qa.get("/api/products/ABECMA").json();

    assertThat(abecma.get("inn").asText()).isEqualTo("idecabtagene vicleucel");
    assertThat(abecma.get("atmpClass").asText()).isEqualTo("GENE_THERAPY_CELL_BASED");
    assertThat(abecma.get("legalRoute").asText()).isEqualTo("EU_CENTRALISED");
    assertThat(abecma.get("authorisationNumber").asText()).isEqualTo("EU/1/21/1539");
    assertThat(abecma.get("parties").get("mah").asText()).isEqualTo("Bristol-Myers Squibb Pharma EEIG");
    assertThat(abecma.get("parties").get("importer").asText()).isNotBlank();
    assertThat(abecma.get("writtenAgreement").get("physicianContact").asText()).isEqualTo("IMPORTER");
    assertThat(abecma.get("writtenAgreement").get("authorityContact").asText()).isEqualTo("MAH");
  }

  /** The party the written agreement names signs and receives the replies (Q&A 1): how each is reached. */
  @Test
  void productsCarryTheContactsOfTheirParties() {
    JsonNode contacts = qa.get("/api/products/ABECMA").json().get("parties").get("contacts");

    assertThat(contacts.get("MAH").get("email").asText()).isEqualTo("atmp-oos@bms-pharma-eeig.test");
    assertThat(contacts.get("IMPORTER").get("phone").asText()).endsWith("(fictitious)");
    assertThat(contacts.get("MANUFACTURER").get("address").asText()).isNotBlank();
  }

  @Test
  void productsFilterByLegalRoute() {
    JsonNode trials = qa.get("/api/products?legalRoute=CLINICAL_TRIAL").json();

    assertThat(trials).isNotEmpty();
    trials.forEach(product -> {
      assertThat(product.get("legalRoute").asText()).isEqualTo("CLINICAL_TRIAL");
      assertThat(product.get("parties").get("sponsor").asText()).isNotBlank();
    });
    assertThat(qa.get("/api/products?atmpClass=TISSUE_ENGINEERED").json())
        .extracting(product -> product.get("code").asText()).contains("SPHEROX");
  }

  @Test
  void malformedFilterIsRefusedAsProblemNamingTheField() {
    Http.Response badCountry = qa.get("/api/sites?country=de");
    assertThat(badCountry.status()).isEqualTo(400);
    assertThat(badCountry.isProblem()).isTrue();
    assertThat(badCountry.json().get("errors").get(0).get("field").asText()).isEqualTo("country");

    Http.Response badRoute = qa.get("/api/products?legalRoute=COMPASSIONATE_USE");
    assertThat(badRoute.status()).isEqualTo(400);
    assertThat(badRoute.isProblem()).isTrue();
    assertThat(badRoute.json().get("errors").get(0).get("field").asText()).isEqualTo("legalRoute");
    assertThat(badRoute.json().get("errors").get(0).get("message").asText()).contains("CLINICAL_TRIAL");
  }

  @Test
  void unknownCodeIsNotFoundAsProblem() {
    for (String path : List.of("/api/products/NOPE", "/api/sites/NOPE", "/api/authorities/NOPE")) {
      Http.Response response = qa.get(path);
      assertThat(response.status()).as(path).isEqualTo(404);
      assertThat(response.isProblem()).as(path).isTrue();
      assertThat(response.json().get("detail").asText()).contains("NOPE");
    }
  }
}
