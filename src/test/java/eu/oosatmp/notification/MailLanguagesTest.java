package eu.oosatmp.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The reference data's country languages, on the product's own migrations. */
class MailLanguagesTest {

  private final MailLanguages languages;

  MailLanguagesTest() {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:mail-languages;DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(database).load().migrate();
    languages = new MailLanguages(JdbcClient.create(database));
  }

  @Test
  void treatingSitesReadTheirCountrysLanguage() {
    assertThat(languages.ofCountry("DE")).isEqualTo(Locale.GERMAN);
    assertThat(languages.ofCountry("AT")).isEqualTo(Locale.GERMAN);
    assertThat(languages.ofCountry("FR")).isEqualTo(Locale.FRENCH);
    assertThat(languages.ofCountry("NL")).isEqualTo(Locale.forLanguageTag("nl"));
    assertThat(languages.ofCountry("CZ")).isEqualTo(Locale.forLanguageTag("cs"));
  }

  @Test
  void countryWithoutOneReadsEnglish() {
    assertThat(languages.ofCountry("BE")).isEqualTo(Locale.ENGLISH);
  }
}
