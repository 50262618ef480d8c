package eu.oosatmp.mailbox;

import jakarta.servlet.http.HttpSession;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The mailbox is for whoever is logged into Camunda's webapps: it reads their session, so there is no
 * second login. Anyone else is sent to Tasklist's login page.
 */
@Configuration(proxyBeanMethods = false)
@DevMailbox
class MailboxSecurity {

  /** Between the API chain and the webapps' catch-all chain of {@link eu.oosatmp.security.SecurityConfig}. */
  @Bean
  @Order(2)
  SecurityFilterChain mailboxFilterChain(HttpSecurity http, ProcessEngine engine, CamundaBpmProperties camunda)
      throws Exception {
    LoginUrlAuthenticationEntryPoint tasklistLogin = new LoginUrlAuthenticationEntryPoint(
        camunda.getWebapp().getApplicationPath() + "/app/tasklist/" + engine.getName() + "/");
    return http
        .securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/mailbox/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().access(new WebappLogin(engine.getName())))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(tasklistLogin))
        // The webapps' session is only read: Spring Security keeps no login or saved request of its own here.
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .build();
  }

  /** Grants a request whose session holds a login to Camunda's webapps (any of them) on this engine. */
  record WebappLogin(String engineName) implements AuthorizationManager<RequestAuthorizationContext> {

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
      HttpSession session = context.getRequest().getSession(false);
      return new AuthorizationDecision(session != null
          && AuthenticationUtil.getAuthsFromSession(session).hasAuthenticationForProcessEngine(engineName));
    }
  }
}
