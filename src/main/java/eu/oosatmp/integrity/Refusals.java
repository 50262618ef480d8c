package eu.oosatmp.integrity;

import java.util.Optional;

/**
 * The refusal the engine raised while serving the current request. Camunda's two REST surfaces map
 * exceptions with their own JAX-RS handlers, which know nothing of fields; {@link ErrorResponses}
 * reads the refusal from here to answer with problem+json naming the field.
 */
public final class Refusals {

  private static final ThreadLocal<RuleViolation> LAST = new ThreadLocal<>();

  private Refusals() {}

  static void remember(RuleViolation violation) {
    LAST.set(violation);
  }

  static Optional<RuleViolation> takeLast() {
    RuleViolation violation = LAST.get();
    LAST.remove();
    return Optional.ofNullable(violation);
  }
}
