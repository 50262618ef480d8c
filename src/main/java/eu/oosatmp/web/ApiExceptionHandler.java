package eu.oosatmp.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import eu.oosatmp.casefile.CaseRejectedException;
import eu.oosatmp.integrity.RuleViolation;
import eu.oosatmp.product.BatchReleases;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of the product API is problem+json (RFC 9457). Input errors list each offending field
 * under "errors" so a client can show the message next to the field.
 */
@RestControllerAdvice(basePackages = "eu.oosatmp")
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  public record FieldProblem(String field, String message) {}

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldProblem> problems = ex.getBindingResult().getAllErrors().stream()
        .map(error -> new FieldProblem(
            error instanceof FieldError fieldError ? fieldError.getField() : error.getObjectName(),
            error.getDefaultMessage()))
        .toList();
    return invalid(problems, ex, headers, request);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldProblem> problems = ex.getParameterValidationResults().stream()
        .flatMap(result -> result.getResolvableErrors().stream()
            .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(), message(error))))
        .toList();
    return invalid(problems, ex, headers, request);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
        : ex.getPropertyName();
    Class<?> type = ex.getRequiredType();
    String message = type != null && type.isEnum()
        ? "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
            .collect(Collectors.joining(", "))
        : "is not a valid " + (type == null ? "value" : type.getSimpleName());
    return invalid(List.of(new FieldProblem(field, message)), ex, headers, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String field = ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
        ? mapping.getPath().stream()
            .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
            .collect(Collectors.joining(".")).replace(".[", "[")
        : "body";
    return invalid(List.of(new FieldProblem(field, "is malformed or of the wrong type")), ex, headers, request);
  }

  @ExceptionHandler(CaseRejectedException.class)
  ResponseEntity<Object> handleRejected(CaseRejectedException ex, WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
    problem.setTitle(ex.status() == HttpStatus.CONFLICT ? "Conflict" : "Not acceptable");
    problem.setProperty("errors", List.of(new FieldProblem(ex.field(), ex.reason())));
    return handleExceptionInternal(ex, problem, new HttpHeaders(), ex.status(), request);
  }

  @ExceptionHandler(RuleViolation.class)
  ResponseEntity<Object> handleRuleViolation(RuleViolation ex, WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.sentence());
    problem.setProperty("errors", List.of(new FieldProblem(ex.field(), ex.sentence())));
    return handleExceptionInternal(ex, problem, new HttpHeaders(), ex.status(), request);
  }

  @ExceptionHandler(BatchReleases.RejectedException.class)
  ResponseEntity<Object> handleBatchesRejected(BatchReleases.RejectedException ex, WebRequest request) {
    HttpStatus status = ex.isConflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
        ex.problems().size() + " problem(s); nothing was recorded");
    problem.setTitle(ex.isConflict() ? "Batch recorded already" : "Batch releases refused");
    problem.setProperty("errors", ex.problems());
    return handleExceptionInternal(ex, problem, new HttpHeaders(), status, request);
  }

  private ResponseEntity<Object> invalid(List<FieldProblem> problems, Exception ex, HttpHeaders headers,
      WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
    problem.setTitle("Invalid input");
    problem.setProperty("errors", problems);
    return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  private static String message(MessageSourceResolvable error) {
    return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
  }
}
