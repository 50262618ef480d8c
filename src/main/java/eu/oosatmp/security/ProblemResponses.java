package eu.oosatmp.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/** 400 (an address the firewall refuses), 401 and 403 as problem+json, like every other error of the API. */
@Component
public class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

  static final String REALM = "OOS ATMP";

  private final ObjectMapper objectMapper;

  public ProblemResponses(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
    write(request, response, HttpStatus.UNAUTHORIZED,
        "Authentication required: HTTP Basic with a user id and password of this installation.");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(request, response, HttpStatus.FORBIDDEN,
        "User " + request.getRemoteUser() + " is not in a group allowed to do this.");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
      throws IOException {
    // The rejected address is not echoed back: it is exactly what could not be trusted.
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "The address is not allowed: use a plain path without \"..\", \"//\", \";\" or encoded slashes.");
    write(response, HttpStatus.BAD_REQUEST, problem);
  }

  void forbid(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
    write(request, response, HttpStatus.FORBIDDEN, detail);
  }

  private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setInstance(URI.create(request.getRequestURI()));
    write(response, status, problem);
  }

  private void write(HttpServletResponse response, HttpStatus status, ProblemDetail problem) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}
