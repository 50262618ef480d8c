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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
    StepValues form = new StepValues(execution.getVariables());
    OpenCaseRequest request = new OpenCaseRequest(
        form.text(START_PRODUCT_CODE),
        form.text(BATCH_NUMBER),
        form.text(START_RELEASE_SITE_CODE),
        siteCodes(form.text(START_TREATING_SITE_CODES)),
        form.text(TREATING_PHYSICIAN),
        form.text(PATIENT_PSEUDONYM),
        dateTime(form, BATCH_EXPIRY),
        List.of(new OpenCaseRequest.OosResultInput(
            form.text(START_OOS_PARAMETER),
            form.text(START_OOS_SPECIFICATION),
            form.text(START_OOS_RESULT),
            form.text(START_OOS_UNIT),
            form.text(START_OOS_METHOD),
            dateTime(form, START_OOS_TESTED_AT))));
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

  private static OffsetDateTime dateTime(StepValues form, String name) {
    Instant instant = form.instant(name);
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
