package eu.oosatmp.web;

import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** 404 as problem+json for a record looked up by its code. */
public final class NotFound {

  private NotFound() {}

  public static Supplier<ResponseStatusException> record(String kind, String code) {
    return () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + kind + " with code " + code);
  }
}
