package eu.oosatmp.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The application with its real delegates, database and mail server, but no job executor: a test
 * drives asynchronous continuations and timers itself, so no test waits for time to pass.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
    properties = "camunda.bpm.job-execution.enabled=false")
@ContextConfiguration(initializers = {TestDatabase.class, TestMailServer.class})
@ActiveProfiles("dev")
public @interface ProcessTest {}
