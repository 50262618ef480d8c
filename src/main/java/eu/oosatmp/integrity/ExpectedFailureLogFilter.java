package eu.oosatmp.integrity;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import eu.oosatmp.notification.NotificationNotDelivered;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Two failures are expected, not faults, and each is already logged once as a warning line: a refused
 * request (the user's mistake; Camunda's REST layer reports some as HTTP 500 with a stack trace before
 * {@link ErrorResponses} turns them into a 4xx), and a notification the mail server did not take (the
 * engine logs the delivery job's failure with a stack trace at every retry). This drops Camunda's entries
 * for these, and only for them, so genuine faults keep their stack traces.
 */
@Component
class ExpectedFailureLogFilter extends TurboFilter {

  private static final String REFUSAL_IN_STACK_TRACE = "Caused by: " + RuleViolation.class.getName();

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
    if (isExpected(t)) {
      return FilterReply.DENY;
    }
    if (params != null) {
      for (Object param : params) {
        // Camunda's REST layer logs a fault's stack trace as text, not as the exception.
        if (param instanceof Throwable throwable && isExpected(throwable)
            || param instanceof String text && text.contains(REFUSAL_IN_STACK_TRACE)) {
          return FilterReply.DENY;
        }
      }
    }
    return FilterReply.NEUTRAL;
  }

  private static boolean isExpected(Throwable thrown) {
    if (RuleViolation.in(thrown).isPresent()) {
      return true;
    }
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof NotificationNotDelivered) {
        return true;
      }
    }
    return false;
  }
}
