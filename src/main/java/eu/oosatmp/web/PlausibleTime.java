package eu.oosatmp.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A time within the years {@link DateTimeInput} accepts from forms, for REST clients: ISO-8601 lets them
 * send year 1 or year +999999999, which a database column cannot hold and no batch record can mean.
 * A missing value is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = {PlausibleTime.ForOffsetDateTime.class, PlausibleTime.ForInstant.class})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PlausibleTime {

  String message() default "must lie between the years " + DateTimeInput.EARLIEST_YEAR + " and "
      + DateTimeInput.LATEST_YEAR;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class ForOffsetDateTime implements ConstraintValidator<PlausibleTime, OffsetDateTime> {
    @Override
    public boolean isValid(OffsetDateTime value, ConstraintValidatorContext context) {
      return value == null || DateTimeInput.isPlausible(value.toInstant());
    }
  }

  class ForInstant implements ConstraintValidator<PlausibleTime, Instant> {
    @Override
    public boolean isValid(Instant value, ConstraintValidatorContext context) {
      return value == null || DateTimeInput.isPlausible(value);
    }
  }
}
