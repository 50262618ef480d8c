package eu.oosatmp.security;

import eu.oosatmp.integrity.ProductCalls;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls without the caller's engine authorizations, for what the product itself does on a
 * caller's behalf after checking their role (e.g. delivering EMA's message to the waiting review).
 */
@Component
public class AsSystem {

  private final IdentityService identityService;

  public AsSystem(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T call(Supplier<T> action) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return ProductCalls.run(action);
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
