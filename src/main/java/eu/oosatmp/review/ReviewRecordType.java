package eu.oosatmp.review;

/** What a review record documents. */
final class ReviewRecordType {

  static final String FIGURES = "FIGURES";
  static final String TRENDS = "TRENDS";
  static final String REPORT = "REPORT";
  static final String APPROVAL = "APPROVAL";
  static final String SUBMISSION = "SUBMISSION";
  static final String INFORMATION_REQUEST = "INFORMATION_REQUEST";
  static final String ANSWER_WRITTEN = "ANSWER_WRITTEN";
  static final String ANSWER = "ANSWER";
  static final String CLOSED = "CLOSED";

  private ReviewRecordType() {}
}
