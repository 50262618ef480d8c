package eu.oosatmp.security;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Two worlds share the port. The APIs (/api, /engine-rest) are stateless HTTP Basic against Camunda's
 * identity service. The Camunda webapps (/camunda) keep their own session login and CSRF protection.
 * In the dev profile the mailbox (/mailbox, {@code eu.oosatmp.mailbox}) has a chain of its own, order 2,
 * that reads the webapps' login.
 */
@Configuration
public class SecurityConfig {

  static final String SETUP_CLOSED = "Administrators are not created over the web: the first administrator is "
      + "named by ADMIN_USER and ADMIN_PASSWORD at startup, further ones by an administrator in Camunda Admin.";

  @Bean
  FilterRegistrationBean<RejectedAddressFilter> rejectedAddressFilter(ProblemResponses problems) {
    FilterRegistrationBean<RejectedAddressFilter> registration =
        new FilterRegistrationBean<>(new RejectedAddressFilter(problems));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Tomcat refuses an encoded slash with an HTML page of its own; passed on, the firewall refuses it. */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesToTheFirewall() {
    return factory -> factory.addConnectorCustomizers(connector ->
        connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider authenticationProvider,
      ProblemResponses problems, IdentityService identityService) throws Exception {
    // Plain path patterns: /engine-rest is Jersey's servlet, not Spring MVC's, and must match all the same.
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    return http
        .securityMatcher(new OrRequestMatcher(path.matcher("/api/**"), path.matcher("/engine-rest/**"),
            path.matcher("/actuator/**")))
        .authenticationProvider(authenticationProvider)
        .httpBasic(basic -> basic.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Stateless Basic authentication sends no cookie a forged cross-site request could ride on.
        .csrf(csrf -> csrf.disable())
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path.matcher(HttpMethod.GET, "/actuator/health/**"),
                path.matcher(HttpMethod.GET, "/actuator/health"), path.matcher(HttpMethod.GET, "/actuator/info"))
            .permitAll()
            .requestMatchers(path.matcher("/actuator/**")).hasAuthority(UserGroup.ADMINISTRATORS.authority())
            .requestMatchers(path.matcher(HttpMethod.POST, "/api/oos-cases"),
                path.matcher(HttpMethod.POST, "/api/oos-cases/*/oos-results/*/corrections"),
                path.matcher(HttpMethod.POST, "/api/oos-cases/*/cancellation"))
            .hasAuthority(UserGroup.QUALITY_ASSURANCE.authority())
            .requestMatchers(path.matcher(HttpMethod.POST, "/api/reviews/**"))
            .hasAuthority(UserGroup.REGULATORY_AFFAIRS.authority())
            // Reviews span every patient's case of a product: for the MAH's quality and regulatory staff.
            .requestMatchers(path.matcher("/api/reviews/**"))
            .hasAnyAuthority(UserGroup.authorities(UserGroup.REGULATORY_AFFAIRS, UserGroup.QUALITY_ASSURANCE,
                UserGroup.AUDITORS, UserGroup.ADMINISTRATORS))
            .requestMatchers(path.matcher(HttpMethod.POST, "/api/batches/**"))
            .hasAnyAuthority(UserGroup.authorities(UserGroup.QUALITY_ASSURANCE, UserGroup.REGULATORY_AFFAIRS))
            .requestMatchers(path.matcher("/api/**")).hasAnyAuthority(UserGroup.authorities(UserGroup.values()))
            // The engine's own authorizations decide what each user may do through its REST API.
            .requestMatchers(path.matcher("/engine-rest/**")).authenticated()
            .anyRequest().denyAll())
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class)
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain webappSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    // Camunda's webapp filters already authenticate, prevent CSRF and set security headers there.
    return http
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.disable())
        .requestCache(cache -> cache.disable())
        // Camunda Admin lets the first visitor create an administrator while none exists. Here the
        // administrator comes from ADMIN_USER/ADMIN_PASSWORD only, so that door stays shut for good.
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path.matcher("/camunda/api/admin/setup/**"), path.matcher("/camunda/app/admin/*/setup/**"))
            .denyAll()
            .anyRequest().permitAll())
        // Nobody is authenticated by Spring Security here, so a refusal always arrives as "not authenticated".
        .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) ->
            problems.forbid(request, response, SETUP_CLOSED)))
        .build();
  }
}
