package eu.oosatmp.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Asks again and again until the answer comes or the patience runs out: how tests wait for asynchronous work. */
public final class Poll {

  private Poll() {}

  /** The probe's first non-null answer; fails with what was awaited when none comes within the patience. */
  public static <T> T until(String awaited, Duration patience, Duration interval, Supplier<T> probe) {
    Instant giveUp = Instant.now().plus(patience);
    while (true) {
      T result = probe.get();
      if (result != null) {
        return result;
      }
      if (Instant.now().isAfter(giveUp)) {
        throw new AssertionError(awaited + " did not happen within " + patience);
      }
      pause(interval);
    }
  }

  private static void pause(Duration interval) {
    try {
      Thread.sleep(interval.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
