package eu.oosatmp.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers errors of the engine's two REST surfaces (/engine-rest and the webapps' /camunda/api) the
 * way the product API does: problem+json with a plain sentence. A refusal names its field; Camunda's
 * own error bodies lose their exception class names and ENGINE codes; a fault says only that it was
 * logged. Tasklist shows the "message" property, which therefore repeats the sentence.
 */
public class ErrorResponses extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
  private static final String FAULT = "The request could not be completed. The error was logged for the "
      + "administrator.";
  private static final String CONCURRENT_CHANGE = "Someone else changed this case at the same moment. Reload and "
      + "try again.";
  private static final Map<String, HttpStatus> CLIENT_ERRORS = Map.of(
      "OptimisticLockingException", HttpStatus.CONFLICT,
      "RuleViolation", HttpStatus.BAD_REQUEST);

  private final ObjectMapper json;

  public ErrorResponses(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    Refusals.takeLast();
    try {
      chain.doFilter(request, wrapper);
    } finally {
      Optional<RuleViolation> refusal = Refusals.takeLast();
      if (wrapper.getStatus() >= 400 && !isProblem(wrapper)) {
        rewrite(request, wrapper, refusal);
      }
      wrapper.copyBodyToResponse();
    }
  }

  private void rewrite(HttpServletRequest request, ContentCachingResponseWrapper response,
      Optional<RuleViolation> refusal) throws IOException {
    ProblemDetail problem;
    if (refusal.isPresent()) {
      RuleViolation violation = refusal.get();
      problem = ProblemDetail.forStatusAndDetail(violation.status(), violation.sentence());
      problem.setProperty("errors", List.of(Map.of("field", violation.field(), "message", violation.sentence())));
      LOG.warn("Refused {} {} for {}: {}", request.getMethod(), request.getRequestURI(), request.getRemoteUser(),
          violation.sentence());
    } else {
      problem = fromEngineError(request, response);
    }
    problem.setInstance(URI.create(request.getRequestURI()));
    problem.setProperty("message", problem.getDetail());
    response.resetBuffer();
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }

  private ProblemDetail fromEngineError(HttpServletRequest request, ContentCachingResponseWrapper response) {
    JsonNode body = parse(response.getContentAsByteArray());
    String type = body.path("type").asText("");
    String message = body.path("message").asText("");
    HttpStatus status = CLIENT_ERRORS.getOrDefault(type, HttpStatus.resolve(response.getStatus()));
    if (status == null || status.is5xxServerError()) {
      LOG.error("{} {} failed with {}: {} {}", request.getMethod(), request.getRequestURI(), response.getStatus(),
          type, message);
      return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, FAULT);
    }
    String detail = status == HttpStatus.CONFLICT && "OptimisticLockingException".equals(type) ? CONCURRENT_CHANGE
        : status == HttpStatus.NOT_FOUND && message.isBlank() ? "There is nothing at " + request.getRequestURI() + "."
        : plain(message, status);
    return ProblemDetail.forStatusAndDetail(status, detail);
  }

  /** Camunda's messages carry ENGINE codes and sometimes class names; a user needs neither. */
  static String plain(String message, HttpStatus status) {
    String text = message.replaceAll("ENGINE-\\d+\\s*", "")
        .replaceAll("\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error|Entity|Impl|Cmd)?\\b", "")
        .replaceAll("\\s{2,}", " ").trim();
    if (text.isEmpty()) {
      return status.getReasonPhrase() + ".";
    }
    return text.matches(".*[.!?]$") ? text : text + ".";
  }

  private JsonNode parse(byte[] body) {
    try {
      return body.length == 0 ? json.createObjectNode() : json.readTree(body);
    } catch (IOException notJson) {
      return json.createObjectNode();
    }
  }

  private static boolean isProblem(HttpServletResponse response) {
    String contentType = response.getContentType();
    return contentType != null && contentType.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
  }
}
