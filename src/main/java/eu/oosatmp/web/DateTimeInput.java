package eu.oosatmp.web;

import eu.oosatmp.integrity.RuleViolation;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Date;

/**
 * Dates and times as people type them in forms and clients send them over REST, read one way only:
 * year first (2026-12-05 14:30), so a European day-month and an American month-day can never be
 * confused. Without an offset a time is UTC, the time shown everywhere in the product. Anything else,
 * and any time outside the years a batch record can plausibly carry, is refused rather than guessed.
 */
public final class DateTimeInput {

  /** What a form shows as the expected format. */
  public static final String FORMAT = "YYYY-MM-DD HH:MM in UTC, e.g. 2026-12-05 14:30, or with your offset, "
      + "e.g. 2026-12-05 15:30 +01:00";
  /** The same rule for form-js's "validate.pattern". */
  public static final String FORM_PATTERN =
      "^\\s*\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2})?\\s*(Z|[+-]\\d{2}:\\d{2})?\\s*$";
  public static final int EARLIEST_YEAR = 2000;
  public static final int LATEST_YEAR = 2099;

  private static final DateTimeFormatter TYPED = new DateTimeFormatterBuilder()
      .appendValue(ChronoField.YEAR, 4)
      .appendLiteral('-')
      .appendValue(ChronoField.MONTH_OF_YEAR, 2)
      .appendLiteral('-')
      .appendValue(ChronoField.DAY_OF_MONTH, 2)
      .optionalStart().appendLiteral(' ').optionalEnd()
      .optionalStart().appendLiteral('T').optionalEnd()
      .appendValue(ChronoField.HOUR_OF_DAY, 2)
      .appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
      .optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .toFormatter()
      .withResolverStyle(ResolverStyle.STRICT)
      .withChronology(java.time.chrono.IsoChronology.INSTANCE);

  private DateTimeInput() {}

  /** The instant a form or client gave for the field; null when none was given. */
  public static Instant parse(String field, Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    Instant instant;
    if (value instanceof Date date) {
      instant = date.toInstant();
    } else if (value instanceof Instant given) {
      instant = given;
    } else if (value instanceof OffsetDateTime dateTime) {
      instant = dateTime.toInstant();
    } else if (value instanceof String text) {
      instant = parseText(field, text.trim());
    } else {
      throw RuleViolation.invalid(field, label(field) + " must be a date and time (" + FORMAT + ").");
    }
    return plausible(field, instant);
  }

  /** Refuses a time outside the years a batch, a supply or a review can plausibly carry. */
  public static Instant plausible(String field, Instant instant) {
    if (instant == null) {
      return null;
    }
    if (!isPlausible(instant)) {
      throw RuleViolation.invalid(field, label(field) + " must lie between the years " + EARLIEST_YEAR + " and "
          + LATEST_YEAR + ".");
    }
    return instant;
  }

  public static boolean isPlausible(Instant instant) {
    int year;
    try {
      year = instant.atOffset(ZoneOffset.UTC).getYear();
    } catch (DateTimeException overflow) {
      return false;
    }
    return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
  }

  private static Instant parseText(String field, String text) {
    try {
      var parsed = TYPED.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
      return parsed instanceof OffsetDateTime dateTime ? dateTime.toInstant()
          : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException | ArithmeticException e) {
      throw RuleViolation.invalid(field, label(field) + " \"" + abbreviated(text) + "\" is not a date and time in the form "
          + FORMAT + ".");
    }
  }

  /** "suppliedAt" becomes "Supplied at": the field as a sentence can name it. */
  public static String label(String field) {
    String words = field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String abbreviated(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
