package eu.oosatmp.casefile;

/** Names of the OosBatchHandling process: one instance per OOS batch, keyed by the case number. */
public final class OosBatchHandlingProcess {

  public static final String PROCESS_ID = "OosBatchHandling";

  /** Variables the application sets; forms show them read-only or gateways decide on them. */
  public static final String CASE_NUMBER = "caseNumber";
  public static final String OPENED_BY = "openedBy";
  public static final String PRODUCT_NAME = "productName";
  public static final String BATCH_NUMBER = "batchNumber";
  public static final String PATIENT_PSEUDONYM = "patientPseudonym";
  public static final String TREATING_PHYSICIAN = "treatingPhysician";
  public static final String BATCH_EXPIRY = "batchExpiry";
  public static final String CASE_SUMMARY = "caseSummary";
  public static final String MICROBIAL_OOS = "microbialOos";
  public static final String CLINICAL_TRIAL = "clinicalTrial";
  public static final String RELEASE_SITE_COUNTRY = "releaseSiteCountry";
  public static final String TREATING_SITE_COUNTRIES = "treatingSiteCountries";
  public static final String RISK_EVALUATION_SUMMARY = "riskEvaluationSummary";
  public static final String NOTIFICATION_REMINDER_DUE = "notificationReminderDue";
  public static final String NOTIFICATION_DEADLINE_DUE = "notificationDeadlineDue";
  public static final String SUPERVISORY_AUTHORITY_NAME = "supervisoryAuthorityName";
  public static final String NOTIFICATION_BODY = "notificationBody";
  public static final String NATIONAL_AUTHORITIES_TO_INFORM = "nationalAuthoritiesToInform";
  public static final String NATIONAL_AUTHORITIES_TO_INFORM_TEXT = "nationalAuthoritiesToInformText";
  public static final String NATIONAL_AUTHORITIES_TO_ASK = "nationalAuthoritiesToAsk";
  public static final String TREATING_SITE_COUNTRY = "treatingSiteCountry";
  public static final String NATIONAL_REQUIREMENT = "nationalRequirement";
  public static final String ASKED_COUNTRY = "askedCountry";
  public static final String ASKED_AUTHORITY_NAME = "askedAuthorityName";
  public static final String PATIENT_INFORMATION_TEXT = "patientInformationText";

  /** Variables the start form submits when a case is opened in Tasklist. */
  public static final String START_PRODUCT_CODE = "productCode";
  public static final String START_RELEASE_SITE_CODE = "releaseSiteCode";
  public static final String START_TREATING_SITE_CODES = "treatingSiteCodes";
  public static final String START_OOS_PARAMETER = "oosParameter";
  public static final String START_OOS_SPECIFICATION = "oosSpecification";
  public static final String START_OOS_RESULT = "oosResult";
  public static final String START_OOS_UNIT = "oosUnit";
  public static final String START_OOS_METHOD = "oosMethod";
  public static final String START_OOS_TESTED_AT = "oosTestedAt";

  /** Gateway decisions submitted by forms. */
  public static final String SUPPLY_DECISION = "supplyDecision";
  public static final String REQUEST_SUPPLY = "REQUEST_SUPPLY";
  public static final String QP_CONFIRMED = "qpConfirmed";
  public static final String ADMINISTRATION = "administration";
  public static final String NOT_ADMINISTERED = "NOT_ADMINISTERED";

  /** User task ids. */
  public static final String TASK_INVESTIGATE_ROOT_CAUSE = "Task_InvestigateRootCause";
  public static final String TASK_EVALUATE_PATIENT_RISK = "Task_EvaluatePatientRisk";
  public static final String TASK_DECIDE_ON_SUPPLY = "Task_DecideOnSupply";
  public static final String TASK_VERIFY_BATCH_AS_QP = "Task_VerifyBatchAsQp";
  public static final String TASK_RECORD_SUPPLY = "Task_RecordSupply";
  public static final String TASK_NOTIFY_SUPERVISORY_AUTHORITY = "Task_NotifySupervisoryAuthority";
  public static final String AWAIT_SUPERVISORY_DELIVERY = "Task_AwaitSupervisoryDelivery";
  public static final String TASK_ASK_NATIONAL_AUTHORITY = "Task_AskNationalAuthority";
  public static final String TASK_RECORD_ADMINISTRATION = "Task_RecordAdministration";
  public static final String TASK_CONFIRM_PATIENT_INFORMED = "Task_ConfirmPatientInformed";
  public static final String TASK_REGISTER_PHARMACOVIGILANCE = "Task_RegisterPharmacovigilance";

  public static final String NATIONAL_AUTHORITY_DECISION = "NationalAuthorityNotification";
  public static final String MESSAGE_SUPERVISORY_NOTIFICATION_DELIVERED = "SupervisoryNotificationDelivered";

  private OosBatchHandlingProcess() {}
}
