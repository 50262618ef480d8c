package eu.oosatmp.integrity;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.http.HttpStatus;

/**
 * A refusal the user caused and can fix: a broken rule, a bad or unexpected value, a step that is not
 * allowed. It names the field (or "request") and says in a plain sentence what is wrong. It extends
 * Camunda's BadUserRequestException so that every engine route (Java API, /engine-rest, the webapps'
 * REST) answers it as a client error and never as a fault; {@link ErrorResponses} turns it into
 * problem+json.
 */
public class RuleViolation extends BadUserRequestException {

  public static final String REQUEST = "request";

  private final HttpStatus status;
  private final String field;
  private final String sentence;

  private RuleViolation(HttpStatus status, String field, String sentence) {
    super(sentence);
    this.status = status;
    this.field = field;
    this.sentence = sentence;
  }

  /** A value that is malformed, of the wrong type, unknown to the form, or outside its allowed options. */
  public static RuleViolation invalid(String field, String sentence) {
    return new RuleViolation(HttpStatus.BAD_REQUEST, field, sentence);
  }

  /** Well-formed input that breaks a rule of the process or the regulation. */
  public static RuleViolation broken(String field, String sentence) {
    return new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, field, sentence);
  }

  /** A step nobody may take by this route, whatever their role. */
  public static RuleViolation forbidden(String sentence) {
    return new RuleViolation(HttpStatus.FORBIDDEN, REQUEST, sentence);
  }

  /** A step that clashes with the current state, e.g. a second open case for a batch. */
  public static RuleViolation conflict(String field, String sentence) {
    return new RuleViolation(HttpStatus.CONFLICT, field, sentence);
  }

  /** The refusal behind an engine exception, however deep the engine wrapped it. */
  public static java.util.Optional<RuleViolation> in(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof RuleViolation violation) {
        return java.util.Optional.of(violation);
      }
    }
    return java.util.Optional.empty();
  }

  /** What the user typed, short enough to quote in a sentence. */
  public static String excerpt(String typed) {
    return typed.length() > 40 ? typed.substring(0, 40) + "…" : typed;
  }

  public HttpStatus status() {
    return status;
  }

  public String field() {
    return field;
  }

  /** The plain sentence shown to the user, without field name or engine codes. */
  public String sentence() {
    return sentence;
  }
}
