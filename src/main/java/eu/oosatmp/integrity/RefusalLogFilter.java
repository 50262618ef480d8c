package eu.oosatmp.integrity;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A refused request is the user's mistake, not the server's: Camunda's REST layer reports some of
 * them as HTTP 500 faults with a stack trace before {@link ErrorResponses} turns them into a 4xx and
 * logs one warning line. This drops Camunda's entries for refusals, and only for them, so genuine
 * faults keep their stack traces.
 */
@Component
class RefusalLogFilter extends TurboFilter {

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
    if (RuleViolation.in(t).isPresent()) {
      return FilterReply.DENY;
    }
    if (params != null) {
      for (Object param : params) {
        // Camunda's REST layer logs a fault's stack trace as text, not as the exception.
        if (param instanceof Throwable throwable && RuleViolation.in(throwable).isPresent()
            || param instanceof String text && text.contains(REFUSAL_IN_STACK_TRACE)) {
          return FilterReply.DENY;
        }
      }
    }
    return FilterReply.NEUTRAL;
  }
}
