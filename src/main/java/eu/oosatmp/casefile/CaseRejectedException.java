package eu.oosatmp.casefile;

import org.springframework.http.HttpStatus;

/** A well-formed request that cannot be accepted: unknown references (422) or a conflicting open case (409). */
public class CaseRejectedException extends RuntimeException {

  private final HttpStatus status;
  private final String field;

  private CaseRejectedException(HttpStatus status, String field, String message) {
    super(field + ": " + message);
    this.status = status;
    this.field = field;
  }

  public static CaseRejectedException unprocessable(String field, String message) {
    return new CaseRejectedException(HttpStatus.UNPROCESSABLE_ENTITY, field, message);
  }

  public static CaseRejectedException conflict(String field, String message) {
    return new CaseRejectedException(HttpStatus.CONFLICT, field, message);
  }

  public HttpStatus status() {
    return status;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return getMessage().substring(field.length() + 2);
  }
}
