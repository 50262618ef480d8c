package eu.oosatmp.mailbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Profile;

/**
 * Present in the dev profile only, and only while the operator names no mail server (MAIL_HOST): a
 * developer then needs nothing installed to see what the application sends, and nothing of this exists
 * where real mail is expected.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Profile("dev")
@Conditional(NoMailHostNamed.class)
@interface DevMailbox {}
