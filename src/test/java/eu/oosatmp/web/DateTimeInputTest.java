package eu.oosatmp.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.oosatmp.integrity.RuleViolation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

class DateTimeInputTest {

  private static final Pattern FORM = Pattern.compile(DateTimeInput.FORM_PATTERN);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2026-12-05 14:30                 | 2026-12-05T14:30:00Z",
      "2026-12-05T14:30                 | 2026-12-05T14:30:00Z",
      "2026-12-05 14:30:45              | 2026-12-05T14:30:45Z",
      "2026-12-05 14:30Z                | 2026-12-05T14:30:00Z",
      "2026-12-05T14:30:00Z             | 2026-12-05T14:30:00Z",
      "2026-12-05 15:30 +01:00          | 2026-12-05T14:30:00Z",
      "2026-12-05 15:30+01:00           | 2026-12-05T14:30:00Z",
      "2026-12-05 09:30 -05:00          | 2026-12-05T14:30:00Z",
      "2026-12-05T15:30:00.000+0100     | 2026-12-05T14:30:00Z",
      "2026-12-05T14:30:00.123456789Z   | 2026-12-05T14:30:00.123456789Z",
      "'  2026-12-05 14:30  '           | 2026-12-05T14:30:00Z",
      "2000-01-01 00:00                 | 2000-01-01T00:00:00Z",
      "2099-12-31 23:59:59              | 2099-12-31T23:59:59Z",
      "2028-02-29 12:00                 | 2028-02-29T12:00:00Z"})
  void readsYearFirstTextAsUtcUnlessAnOffsetIsGiven(String typed, String expected) {
    assertThat(DateTimeInput.parse("suppliedAt", typed)).isEqualTo(Instant.parse(expected));
    assertThat(FORM.matcher(typed).matches()).as("the form lets %s through", typed).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"05.12.2026", "05.12.2026 14:30", "12/05/2026 10:00", "12/05/2026", "2026-12-05",
      "26-12-05 14:30", "2026-12-5 14:30", "2026-12-05 4:30", "2026-12-0514:30", "2026-12-05 T14:30",
      "2026-12-05  14:30", "2026-12-05 14:30 CET", "2026-12-05 14:30 +01", "2026-12-05t14:30z",
      "10000-01-01 00:00", "+999999999-12-31T23:59:59Z", "-2026-12-05 14:30", "next week", "١٢٣٤-12-05 14:30"})
  void refusesAnythingTheFormRefusesToo(String typed) {
    assertRefusedAsMalformed(typed);
    assertThat(FORM.matcher(typed).matches()).as("the form refuses %s", typed).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-13-01 10:00", "2026-02-30 10:00", "2026-02-29 10:00", "2026-12-05 24:00",
      "2026-12-05 14:60", "2026-12-05 14:30:60", "2026-12-05 14:30 +19:00"})
  void refusesImpossibleDatesAndTimesTheFormPatternCannotSee(String typed) {
    assertRefusedAsMalformed(typed);
    assertThat(FORM.matcher(typed).matches()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0001-01-01 00:00", "1999-12-31 23:59", "1999-12-31T23:59:59.999999999Z",
      "2100-01-01 00:00", "2099-12-31 23:30 -01:00", "9999-12-31 23:59"})
  void refusesYearsOutsideTheWindowCountedInUtc(String typed) {
    assertThatThrownBy(() -> DateTimeInput.parse("batchExpiry", typed))
        .isInstanceOfSatisfying(RuleViolation.class, violation -> {
          assertThat(violation.status()).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat(violation.field()).isEqualTo("batchExpiry");
          assertThat(violation.sentence()).isEqualTo("Batch expiry must lie between the years 2000 and 2099.");
        });
  }

  @Test
  void refusesValuesThatAreNotText() {
    for (Object value : new Object[] {Boolean.TRUE, 20261205, 1.5d, java.util.List.of("2026-12-05 14:30")}) {
      assertThatThrownBy(() -> DateTimeInput.parse("administeredAt", value))
          .as("%s", value)
          .isInstanceOfSatisfying(RuleViolation.class, violation -> {
            assertThat(violation.field()).isEqualTo("administeredAt");
            assertThat(violation.sentence()).startsWith("Administered at must be a date and time (year first");
          });
    }
  }

  @Test
  void takesDateValuesAsTheyAreButStillInTheWindow() {
    Instant instant = Instant.parse("2026-12-05T14:30:00Z");
    assertThat(DateTimeInput.parse("f", Date.from(instant))).isEqualTo(instant);
    assertThat(DateTimeInput.parse("f", new java.sql.Timestamp(instant.toEpochMilli()))).isEqualTo(instant);
    assertThat(DateTimeInput.parse("f", new java.sql.Date(instant.toEpochMilli()))).isEqualTo(instant);
    assertThat(DateTimeInput.parse("f", instant)).isEqualTo(instant);
    assertThat(DateTimeInput.parse("f", instant.atOffset(ZoneOffset.ofHours(2)))).isEqualTo(instant);
    assertThatThrownBy(() -> DateTimeInput.parse("f", Instant.MAX)).isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> DateTimeInput.parse("f", OffsetDateTime.MIN)).isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> DateTimeInput.parse("f", new Date(Long.MIN_VALUE))).isInstanceOf(RuleViolation.class);
  }

  @Test
  void nothingGivenIsNull() {
    assertThat(DateTimeInput.parse("f", null)).isNull();
    assertThat(DateTimeInput.parse("f", "")).isNull();
    assertThat(DateTimeInput.parse("f", "  ")).isNull();
    assertThat(DateTimeInput.plausible("f", null)).isNull();
  }

  @Test
  void windowIsInclusiveOfBothYearsInUtc() {
    assertThat(DateTimeInput.isPlausible(Instant.parse("2000-01-01T00:00:00Z"))).isTrue();
    assertThat(DateTimeInput.isPlausible(Instant.parse("2099-12-31T23:59:59.999999999Z"))).isTrue();
    assertThat(DateTimeInput.isPlausible(Instant.parse("1999-12-31T23:59:59.999999999Z"))).isFalse();
    assertThat(DateTimeInput.isPlausible(Instant.parse("2100-01-01T00:00:00Z"))).isFalse();
    assertThat(DateTimeInput.isPlausible(Instant.MAX)).isFalse();
    assertThat(DateTimeInput.isPlausible(Instant.MIN)).isFalse();
  }

  @Test
  void malformedTextIsQuotedShortened() {
    String long_ = "x".repeat(100);
    assertThatThrownBy(() -> DateTimeInput.parse("f", long_))
        .hasMessageContaining("\"" + "x".repeat(40) + "…\"")
        .hasMessageNotContaining("x".repeat(41));
  }

  @Test
  void labelNamesTheFieldAsWords() {
    assertThat(DateTimeInput.label("suppliedAt")).isEqualTo("Supplied at");
    assertThat(DateTimeInput.label("batchExpiry")).isEqualTo("Batch expiry");
    assertThat(DateTimeInput.label("releasedAt")).isEqualTo("Released at");
  }

  @Test
  void formatTellsTheOrderTheZoneAndAnExampleThatItAccepts() {
    assertThat(DateTimeInput.FORMAT).contains("year first", "YYYY-MM-DD HH:MM", "UTC", "2026-12-05 14:30",
        "+01:00");
    assertThat(DateTimeInput.parse("f", "2026-12-05 15:30 +01:00")).isEqualTo(Instant.parse("2026-12-05T14:30:00Z"));
  }

  @Test
  void datePatternTakesYearFirstDatesOnly() {
    Pattern date = Pattern.compile(DateTimeInput.DATE_FORM_PATTERN);
    assertThat(date.matcher("2026-12-05").matches()).isTrue();
    assertThat(date.matcher("05.12.2026").matches()).isFalse();
    assertThat(date.matcher("12/05/2026").matches()).isFalse();
    assertThat(date.matcher("2026-12-05 14:30").matches()).isFalse();
    assertThat(DateTimeInput.DATE_FORMAT).contains("year first", "YYYY-MM-DD", "2026-12-05");
  }

  private static void assertRefusedAsMalformed(String typed) {
    assertThatThrownBy(() -> DateTimeInput.parse("suppliedAt", typed))
        .as(typed)
        .isInstanceOfSatisfying(RuleViolation.class, violation -> {
          assertThat(violation.status()).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat(violation.field()).isEqualTo("suppliedAt");
          assertThat(violation.sentence()).startsWith("Supplied at \"")
              .contains("is not a date and time in the form year first, YYYY-MM-DD HH:MM");
        });
  }

  @Test
  void readsADayYearFirstAndOnlyInTheWindow() {
    assertThat(DateTimeInput.day("periodStart", " 2025-01-01 ")).isEqualTo(java.time.LocalDate.of(2025, 1, 1));
    assertThat(DateTimeInput.day("periodStart", java.time.LocalDate.of(2025, 6, 30)))
        .isEqualTo(java.time.LocalDate.of(2025, 6, 30));
    assertThat(DateTimeInput.day("periodStart", "")).isNull();
    for (String typed : new String[] {"01.01.2025", "2025-02-30", "1999-12-31", "2100-01-01", "2025-01-01 00:00"}) {
      assertThatThrownBy(() -> DateTimeInput.day("periodStart", typed)).as(typed)
          .isInstanceOfSatisfying(RuleViolation.class, violation -> {
            assertThat(violation.field()).isEqualTo("periodStart");
            assertThat(violation.sentence()).startsWith("Period start");
          });
    }
  }
}
