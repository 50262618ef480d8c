package eu.oosatmp.notification;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A mail server that is down is an operating condition, not a programming fault: each failed attempt is
 * logged once, as a warning, by {@link NotificationDelivery}. This drops the engine's stack traces of the
 * same failure, which would otherwise bury the log at every retry.
 */
@Component
class DeliveryLogFilter extends TurboFilter {

  @EventListener(ApplicationReadyEvent.class)
  void install() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
        && !context.getTurboFilterList().contains(this)) {
      context.addTurboFilter(this);
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
      Throwable t) {
    if (logger == null || !logger.getName().startsWith("org.camunda")) {
      return FilterReply.NEUTRAL;
    }
    Stream<Object> thrown = params == null ? Stream.of(t) : Stream.concat(Stream.of(t), Stream.of(params));
    return thrown.anyMatch(DeliveryLogFilter::isFailedDelivery) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }

  private static boolean isFailedDelivery(Object thrown) {
    for (Throwable cause = thrown instanceof Throwable throwable ? throwable : null; cause != null;
        cause = cause.getCause()) {
      if (cause instanceof NotificationDelivery.NotificationNotDelivered) {
        return true;
      }
    }
    return false;
  }
}
