package eu.oosatmp.integrity;

import java.util.function.Supplier;

/**
 * Marks engine calls the product makes itself after it has checked the caller and the input (opening
 * a case through the API, delivering EMA's message to a review, cancelling a case with a reason). The
 * {@link CommandGuard} lets these through; the same call made directly by a user is refused.
 */
public final class ProductCalls {

  private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

  private ProductCalls() {}

  public static <T> T run(Supplier<T> call) {
    DEPTH.set(DEPTH.get() + 1);
    try {
      return call.get();
    } finally {
      int depth = DEPTH.get() - 1;
      if (depth == 0) {
        DEPTH.remove();
      } else {
        DEPTH.set(depth);
      }
    }
  }

  public static void run(Runnable call) {
    run(() -> {
      call.run();
      return null;
    });
  }

  static boolean active() {
    return DEPTH.get() > 0;
  }
}
