package eu.oosatmp.notification;

/**
 * What a notification is about: an OOS case or a periodic review. With kind and recipient it makes the
 * notification's unique key, so a retried or repeated step never queues the same message twice.
 */
public record Aggregate(Type type, String id) {

  public enum Type {
    OOS_CASE,
    PERIODIC_REVIEW
  }

  public static Aggregate oosCase(String caseNumber) {
    return new Aggregate(Type.OOS_CASE, caseNumber);
  }

  public static Aggregate review(long reviewId) {
    return new Aggregate(Type.PERIODIC_REVIEW, Long.toString(reviewId));
  }

  String caseNumber() {
    return type == Type.OOS_CASE ? id : null;
  }

  Long reviewId() {
    return type == Type.PERIODIC_REVIEW ? Long.valueOf(id) : null;
  }
}
