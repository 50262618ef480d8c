package eu.oosatmp.web;

import eu.oosatmp.integrity.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Dates and times as people type them in forms and clients send them over REST, read one way only:
 * year first (2026-12-05 14:30), so a European day-month and an American month-day can never be
 * confused. Without an offset a time is UTC, the time shown everywhere in the product. Anything else,
 * and any time outside the years a batch record can plausibly carry, is refused rather than guessed.
 *
 * <p>Accepted: date and time separated by one space or "T"; seconds and a fraction of a second
 * optional; then optionally one space and an offset "Z", "+01:00" or "+0100". That covers what a person
 * types and what REST clients send (ISO-8601, {@code Instant.toString()}, Camunda's REST date format
 * {@code 2026-12-05T14:30:00.000+0100}). The window is judged in UTC.
 */
public final class DateTimeInput {

  /** What a form shows as the expected format. */
  public static final String FORMAT = "year first, YYYY-MM-DD HH:MM, in UTC unless you add your offset, "
      + "e.g. 2026-12-05 14:30 (UTC) or 2026-12-05 15:30 +01:00";
  /**
   * The same rule for form-js's "validate.pattern" and the server's check of a submitted form; it must
   * mean the same as a JavaScript and a Java regular expression and accept exactly what {@link #parse}
   * can read, apart from impossible dates such as 2026-02-30, which only the parser knows.
   */
  public static final String FORM_PATTERN =
      "^\\s*\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)? ?(Z|[+-]\\d{2}:?\\d{2})?\\s*$";
  /** What a form shows for a date without a time, such as the first day of a review period. */
  public static final String DATE_FORMAT = "year first, YYYY-MM-DD, e.g. 2026-12-05";
  /** "validate.pattern" for a date without a time. */
  public static final String DATE_FORM_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
  public static final int EARLIEST_YEAR = 2000;
  public static final int LATEST_YEAR = 2099;

  private static final Instant EARLIEST = Year.of(EARLIEST_YEAR).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
  private static final Instant AFTER_LATEST =
      Year.of(LATEST_YEAR + 1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);

  private static final Pattern SHAPE = Pattern.compile(FORM_PATTERN);
  private static final Pattern DAY_SHAPE = Pattern.compile(DATE_FORM_PATTERN);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT);
  // Fixed-width year: "+999999999" or "10000" can never be read as a year.
  private static final DateTimeFormatter TYPED = new DateTimeFormatterBuilder()
      .appendValue(ChronoField.YEAR, 4)
      .appendLiteral('-')
      .appendValue(ChronoField.MONTH_OF_YEAR, 2)
      .appendLiteral('-')
      .appendValue(ChronoField.DAY_OF_MONTH, 2)
      .appendPattern("[ ]['T']")
      .appendValue(ChronoField.HOUR_OF_DAY, 2)
      .appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
      .optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .appendPattern("[XXX][XX]")
      .toFormatter(Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT)
      .withChronology(IsoChronology.INSTANCE);

  private DateTimeInput() {}

  /** The instant a form or client gave for the field; null when none was given. */
  public static Instant parse(String field, Object value) {
    if (value == null || value instanceof String text && text.isBlank()) {
      return null;
    }
    Instant instant;
    if (value instanceof Date date) {
      // getTime(), not toInstant(): java.sql.Date refuses toInstant().
      instant = Instant.ofEpochMilli(date.getTime());
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

  /** The day a form or client gave for the field (e.g. the first day of a review period); null when none was given. */
  public static LocalDate day(String field, Object value) {
    if (value == null || value instanceof String text && text.isBlank()) {
      return null;
    }
    if (value instanceof LocalDate given) {
      return plausibleDay(field, given);
    }
    String text = value.toString().trim();
    if (!DAY_SHAPE.matcher(text).matches()) {
      throw notADay(field, text);
    }
    try {
      return plausibleDay(field, LocalDate.parse(text, DAY));
    } catch (DateTimeParseException e) {
      throw notADay(field, text);
    }
  }

  private static LocalDate plausibleDay(String field, LocalDate day) {
    plausible(field, day.atStartOfDay().toInstant(ZoneOffset.UTC));
    return day;
  }

  private static RuleViolation notADay(String field, String text) {
    return RuleViolation.invalid(field, label(field) + " \"" + RuleViolation.excerpt(text)
        + "\" is not a date in the form " + DATE_FORMAT + ".");
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

  /** Whether the instant lies in the years {@value #EARLIEST_YEAR} to {@value #LATEST_YEAR}, counted in UTC. */
  public static boolean isPlausible(Instant instant) {
    return !instant.isBefore(EARLIEST) && instant.isBefore(AFTER_LATEST);
  }

  private static Instant parseText(String field, String text) {
    // The formatter alone would also take "2026-12-0514:30" and "2026-12-05 T14:30"; checking the form's
    // pattern first keeps what the form lets through and what the server reads the same.
    if (!SHAPE.matcher(text).matches()) {
      throw notADateTime(field, text);
    }
    try {
      var parsed = TYPED.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
      return parsed instanceof OffsetDateTime dateTime ? dateTime.toInstant()
          : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw notADateTime(field, text);
    }
  }

  private static RuleViolation notADateTime(String field, String text) {
    return RuleViolation.invalid(field, label(field) + " \"" + RuleViolation.excerpt(text)
        + "\" is not a date and time in the form " + FORMAT + ".");
  }

  /** "suppliedAt" becomes "Supplied at": the field as a sentence can name it. */
  public static String label(String field) {
    String words = field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
