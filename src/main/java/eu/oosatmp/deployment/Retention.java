package eu.oosatmp.deployment;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * History of cases and decisions is a GxP record: ATMP traceability requires 30 years. The engine
 * deletes history after the model's historyTimeToLive, so a model must not ask for less.
 */
public final class Retention {

  /** 30 years, the retention of ATMP traceability data. */
  public static final int MINIMUM_DAYS = 10958;
  /** The two forms the engine accepts: a number of days, or an ISO 8601 period in days. */
  private static final Pattern DAYS = Pattern.compile("(?:P(\\d{1,9})D|(\\d{1,9}))");

  private Retention() {}

  /** Why the historyTimeToLive attribute (blank when missing) is not enough, if it is not. */
  static Optional<String> problemOf(String historyTimeToLive) {
    if (historyTimeToLive.isBlank()) {
      return Optional.of("has no camunda:historyTimeToLive; GxP history must be kept at least 30 years ("
          + "P" + MINIMUM_DAYS + "D)");
    }
    Matcher days = DAYS.matcher(historyTimeToLive.trim());
    if (!days.matches()) {
      return Optional.of("has camunda:historyTimeToLive " + historyTimeToLive
          + ", which is not a number of days such as P" + MINIMUM_DAYS + "D");
    }
    int value = Integer.parseInt(days.group(1) != null ? days.group(1) : days.group(2));
    if (value < MINIMUM_DAYS) {
      return Optional.of("keeps history for only " + value + " days; GxP history must be kept at least 30 years ("
          + "P" + MINIMUM_DAYS + "D)");
    }
    return Optional.empty();
  }
}
