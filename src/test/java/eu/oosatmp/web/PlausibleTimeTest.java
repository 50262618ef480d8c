package eu.oosatmp.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlausibleTimeTest {

  private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  record Times(@PlausibleTime OffsetDateTime at, @PlausibleTime Instant instant) {}

  @Test
  void timesInTheWindowAndMissingTimesPass() {
    assertThat(VALIDATOR.validate(new Times(OffsetDateTime.parse("2026-12-05T14:30:00+01:00"),
        Instant.parse("2000-01-01T00:00:00Z")))).isEmpty();
    assertThat(VALIDATOR.validate(new Times(null, null))).isEmpty();
  }

  @Test
  void timesOutsideTheWindowAreNamedWithTheWindow() {
    Set<ConstraintViolation<Times>> violations = VALIDATOR.validate(new Times(OffsetDateTime.MAX, Instant.MIN));

    assertThat(violations).extracting(violation -> violation.getPropertyPath().toString())
        .containsExactlyInAnyOrder("at", "instant");
    assertThat(violations).extracting(ConstraintViolation::getMessage)
        .containsOnly("must lie between the years 2000 and 2099");
  }

  @Test
  void theWindowIsCountedInUtc() {
    assertThat(VALIDATOR.validate(new Times(OffsetDateTime.of(2099, 12, 31, 23, 30, 0, 0, ZoneOffset.ofHours(-1)),
        null))).hasSize(1);
    assertThat(VALIDATOR.validate(new Times(OffsetDateTime.of(2100, 1, 1, 0, 30, 0, 0, ZoneOffset.ofHours(1)),
        null))).isEmpty();
    assertThat(VALIDATOR.validate(new Times(OffsetDateTime.parse("0001-01-01T00:00:00Z"), null))).hasSize(1);
  }
}
