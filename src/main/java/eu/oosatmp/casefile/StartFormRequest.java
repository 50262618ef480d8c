package eu.oosatmp.casefile;

import static eu.oosatmp.casefile.OosBatchHandlingProcess.BATCH_EXPIRY;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.BATCH_NUMBER;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.PATIENT_PSEUDONYM;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.START_OOS_METHOD;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.START_OOS_PARAMETER;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.START_OOS_RESULT;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.START_OOS_SPECIFICATION;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.START_OOS_TESTED_AT;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.START_OOS_UNIT;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.START_PRODUCT_CODE;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.START_RELEASE_SITE_CODE;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.START_TREATING_SITE_CODES;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TREATING_PHYSICIAN;

import eu.oosatmp.integrity.RuleViolation;
import eu.oosatmp.web.DateTimeInput;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The case a Tasklist start form describes, checked by the same rules as the REST API. */
final class StartFormRequest {

  private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  private StartFormRequest() {}

  static OpenCaseRequest from(DelegateExecution execution) {
    OpenCaseRequest request = new OpenCaseRequest(
        text(execution, START_PRODUCT_CODE),
        text(execution, BATCH_NUMBER),
        text(execution, START_RELEASE_SITE_CODE),
        siteCodes(text(execution, START_TREATING_SITE_CODES)),
        text(execution, TREATING_PHYSICIAN),
        text(execution, PATIENT_PSEUDONYM),
        dateTime(execution, BATCH_EXPIRY),
        List.of(new OpenCaseRequest.OosResultInput(
            text(execution, START_OOS_PARAMETER),
            text(execution, START_OOS_SPECIFICATION),
            text(execution, START_OOS_RESULT),
            text(execution, START_OOS_UNIT),
            text(execution, START_OOS_METHOD),
            dateTime(execution, START_OOS_TESTED_AT))));
    Set<ConstraintViolation<OpenCaseRequest>> violations = VALIDATOR.validate(request);
    violations.stream().min(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
        .ifPresent(violation -> {
          throw RuleViolation.invalid(violation.getPropertyPath().toString(),
              DateTimeInput.label(violation.getPropertyPath().toString()) + " " + violation.getMessage() + ".");
        });
    return request;
  }

  private static List<String> siteCodes(String commaSeparated) {
    return commaSeparated == null ? List.of()
        : Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(code -> !code.isEmpty()).toList();
  }

  private static String text(DelegateExecution execution, String name) {
    return FormValues.text(execution, name);
  }

  private static OffsetDateTime dateTime(DelegateExecution execution, String name) {
    return FormValues.dateTime(execution, name);
  }
}
