package eu.oosatmp.integrity;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class ErrorResponsesConfig {

  @Bean
  FilterRegistrationBean<ErrorResponses> engineErrorResponses(ObjectMapper json) {
    FilterRegistrationBean<ErrorResponses> registration = new FilterRegistrationBean<>(new ErrorResponses(json));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    // Inside Spring Security's filters, so that its own 401 and 403 problems pass untouched.
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }
}
