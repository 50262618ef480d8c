package eu.oosatmp.review;

/** Names of the OosPeriodicReview process: the six-monthly review sent to EMA. */
public final class OosPeriodicReviewProcess {

  public static final String PROCESS_ID = "OosPeriodicReview";

  private OosPeriodicReviewProcess() {}
}
