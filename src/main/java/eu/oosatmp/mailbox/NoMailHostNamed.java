package eu.oosatmp.mailbox;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches while MAIL_HOST (environment variable or property) is unset or blank. */
class NoMailHostNamed extends SpringBootCondition {

  static final String MAIL_HOST = "MAIL_HOST";

  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
    String host = context.getEnvironment().getProperty(MAIL_HOST);
    return StringUtils.hasText(host)
        ? ConditionOutcome.noMatch(MAIL_HOST + " names the mail server " + host)
        : ConditionOutcome.match(MAIL_HOST + " is not set");
  }
}
