package eu.oosatmp.mailbox;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** Starts the dev mail server and points the application's spring.mail at it. */
@Configuration(proxyBeanMethods = false)
@DevMailbox
class DevMailServerConfiguration {

  static final String PROPERTY_SOURCE = "devMailServer";

  private static final Logger LOG = LoggerFactory.getLogger(DevMailServerConfiguration.class);

  @Bean(destroyMethod = "stop")
  DevMailServer devMailServer(@Value("${DEV_SMTP_PORT:2525}") int port, ConfigurableEnvironment environment) {
    DevMailServer server = new DevMailServer(port);
    // Ahead of application.yaml's MAIL_HOST/MAIL_PORT defaults; with DEV_SMTP_PORT=0 only the started
    // server knows its port.
    environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of(
        "spring.mail.host", DevMailServer.LOOPBACK,
        "spring.mail.port", server.port())));
    LOG.info("Dev profile without MAIL_HOST: e-mail goes to the embedded SMTP server on {}:{}, shown at /mailbox",
        DevMailServer.LOOPBACK, server.port());
    return server;
  }

  /** Spring Boot reads spring.mail once, when it binds MailProperties: that must wait for the server. */
  @Bean
  static MailPropertiesAfterDevMailServer mailPropertiesAfterDevMailServer() {
    return new MailPropertiesAfterDevMailServer();
  }

  static class MailPropertiesAfterDevMailServer extends AbstractDependsOnBeanFactoryPostProcessor {

    MailPropertiesAfterDevMailServer() {
      super(MailProperties.class, DevMailServer.class);
    }
  }
}
