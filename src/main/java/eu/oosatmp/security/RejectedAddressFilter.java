package eu.oosatmp.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies Spring Security's firewall before any other filter reads the path. Spring Security's own
 * path parsing runs ahead of its firewall and fails on a path such as "/x/../engine-rest/user" with an
 * error (HTTP 500) instead of a refusal.
 */
class RejectedAddressFilter extends OncePerRequestFilter {

  private final HttpFirewall firewall = new StrictHttpFirewall();
  private final RequestRejectedHandler rejected;

  RejectedAddressFilter(RequestRejectedHandler rejected) {
    this.rejected = rejected;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      firewall.getFirewalledRequest(request);
    } catch (RequestRejectedException e) {
      rejected.handle(request, response, e);
      return;
    }
    chain.doFilter(request, response);
  }
}
