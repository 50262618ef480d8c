package eu.oosatmp.notification;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as every message shows them, e.g. 2026-11-24 14:05 UTC; available to mail templates as {@code utc}. */
public final class UtcTime {

  static final UtcTime INSTANCE = new UtcTime();
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);

  private UtcTime() {}

  public static String format(Instant instant) {
    return FORMAT.format(instant);
  }

  /** A time as case records keep it, ISO-8601 (2026-11-24T14:05:00Z). */
  public String of(String isoInstant) {
    return isoInstant == null ? null : format(Instant.parse(isoInstant));
  }

  public String of(Instant instant) {
    return instant == null ? null : format(instant);
  }
}
