package eu.oosatmp.notification;

import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The language a country's treating sites read, from the reference data (table {@code country_language}),
 * so process owners change it without a release. A country without one reads English.
 */
@Repository
public class MailLanguages {

  private final JdbcClient jdbc;

  public MailLanguages(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Locale ofCountry(String countryCode) {
    return jdbc.sql("SELECT language_tag FROM country_language WHERE country_code = :country")
        .param("country", countryCode)
        .query(String.class)
        .optional()
        .map(Locale::forLanguageTag)
        .orElse(Locale.ENGLISH);
  }
}
