package eu.oosatmp.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The mail texts as a whole: a template and a subject per kind, complete translations, every form option in words. */
class MailTemplatesTest {

  private static final List<String> TRANSLATIONS = List.of("de", "fr", "nl");
  /** A MessageFormat placeholder; such a text needs its apostrophes doubled. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  private final MailTemplates templates = new MailTemplates();

  @Test
  void everyKindHasATemplateAndAnEnglishSubjectPhrase() {
    Properties english = bundle("");
    for (NotificationKind kind : NotificationKind.values()) {
      assertThat(MailTemplates.class.getClassLoader().getResource("mail/" + MailTemplates.templateOf(kind) + ".txt"))
          .as("template of %s", kind).isNotNull();
      assertThat(english.getProperty("subject." + kind.name())).as("subject of %s", kind).isNotBlank();
    }
  }

  @Test
  void germanFrenchAndDutchAreTranslatedAndOtherLanguagesFallBackToEnglish() {
    assertThat(TRANSLATIONS).allMatch(language -> MailTemplates.isTranslated(Locale.forLanguageTag(language)));
    assertThat(MailTemplates.isTranslated(Locale.ENGLISH)).isFalse();
    assertThat(MailTemplates.isTranslated(Locale.forLanguageTag("cs"))).isFalse();
    assertThat(MailTemplates.isTranslated(null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "fr", "nl"})
  void translationsHoldEveryTextButTheEnglishSubjects(String language) {
    Set<String> expected = bundle("").stringPropertyNames().stream().filter(key -> !key.startsWith("subject."))
        .collect(Collectors.toSet());
    Properties translation = bundle("_" + language);

    assertThat(translation.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(expected);
    translation.forEach((key, text) -> assertThat(text.toString()).as(language + " " + key).isNotBlank());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "_de", "_fr", "_nl"})
  void textsWithPlaceholdersDoubleTheirApostrophes(String suffix) {
    bundle(suffix).forEach((key, text) -> {
      if (PLACEHOLDER.matcher(text.toString()).find()) {
        assertThat(LONE_APOSTROPHE.matcher(text.toString()).find())
            .as("messages%s.properties %s: write ' as '' in a text with {0}", suffix, key).isFalse();
      }
    });
  }

  /** A form option shown to a reader by its code would be an internal code in a mail: each has its label. */
  @Test
  void everyFormOptionHasTheFormsLabel() throws IOException {
    Map<String, String> options = formOptions();
    Properties english = bundle("");

    assertThat(options).isNotEmpty();
    options.forEach((key, label) -> assertThat(english.getProperty(key)).as(key).isEqualTo(label));
    assertThat(english.stringPropertyNames().stream().filter(key -> key.startsWith("option.")))
        .as("labels of options no form has").containsExactlyInAnyOrderElementsOf(options.keySet());
  }

  @Test
  void bilingualBodyIsTheTranslationThenTheEnglishText() {
    String body = templates.body("physician-oos-information", Locale.GERMAN, Map.of("facts", eu.oosatmp.casefile.MessageFixtures.facts(eu.oosatmp.casefile.MessageFixtures.product(eu.oosatmp.product.Party.MAH, eu.oosatmp.product.Party.MAH), "DE")));

    assertThat(body).startsWith("Eine Freigabeprüfung der für Ihren Patienten PAT-1 hergestellten Charge");
    assertThat(body.indexOf("----- Englische Fassung (English version) -----"))
        .isGreaterThan(body.indexOf("Ergebnisse außerhalb der Spezifikation"))
        .isLessThan(body.indexOf("A release test of the batch made for your patient PAT-1"));
  }

  @Test
  void timesReadAsUtcToTheMinute() {
    assertThat(UtcTime.format(java.time.Instant.parse("2026-11-24T14:05:59Z"))).isEqualTo("2026-11-24 14:05 UTC");
    assertThat(UtcTime.INSTANCE.of("2026-11-24T14:05:00Z")).isEqualTo("2026-11-24 14:05 UTC");
  }

  /** option.&lt;field&gt;.&lt;value&gt; to label, for every select and radio of every form. */
  static Map<String, String> formOptions() throws IOException {
    Map<String, String> options = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath:forms/*.form")) {
      try (InputStream in = form.getInputStream()) {
        collect(json.readTree(in), options);
      }
    }
    return options;
  }

  private static void collect(JsonNode component, Map<String, String> options) {
    for (JsonNode value : component.path("values")) {
      options.put("option." + component.get("key").asText() + "." + value.get("value").asText(),
          value.get("label").asText());
    }
    List<JsonNode> children = new ArrayList<>();
    component.path("components").forEach(children::add);
    children.forEach(child -> collect(child, options));
  }

  private static Properties bundle(String suffix) {
    Properties properties = new Properties();
    try (InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream("mail/messages" + suffix
        + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return properties;
  }
}
