package eu.oosatmp.review;

/** Names of the OosPeriodicReview process: the six-monthly review sent to EMA, one sub-process per product. */
public final class OosPeriodicReviewProcess {

  public static final String PROCESS_ID = "OosPeriodicReview";

  public static final String REQUESTED_BY = "requestedBy";
  public static final String PRODUCT_CODE = "productCode";
  public static final String PERIOD_START = "periodStart";
  public static final String PERIOD_END = "periodEnd";
  public static final String REVIEW_PRODUCTS = "reviewProducts";

  /** Local to each product's review. */
  public static final String REVIEW_ID = "reviewId";
  public static final String PRODUCT_NAME = "productName";
  public static final String PERIOD_LABEL = "periodLabel";
  public static final String FIGURES_SUMMARY = "figuresSummary";
  public static final String OOS_RATE_PERCENT = "oosRatePercent";
  public static final String MAX_FAILURES_OF_ONE_PARAMETER = "maxFailuresOfOneParameter";
  public static final String OOS_RATE_CHANGE_POINTS = "oosRateChangePoints";
  public static final String TREND_FINDINGS = "trendFindings";
  public static final String TREND_SUMMARY = "trendSummary";
  public static final String REPORT_LINK = "reportLink";
  public static final String APPROVAL_DUE = "approvalDue";
  public static final String EMA_RESPONSE_WINDOW = "emaResponseWindow";
  public static final String REPORT_APPROVED = "reportApproved";
  public static final String APPROVAL_COMMENT = "approvalComment";
  public static final String INFORMATION_REQUEST = "informationRequest";
  public static final String INFORMATION_ANSWER = "informationAnswer";

  public static final String MESSAGE_INFORMATION_REQUEST = "EmaInformationRequest";
  public static final String TASK_APPROVE_REPORT = "Task_ApproveReport";
  public static final String TASK_ANSWER_INFORMATION_REQUEST = "Task_AnswerInformationRequest";

  private OosPeriodicReviewProcess() {}
}
