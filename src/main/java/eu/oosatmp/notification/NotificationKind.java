package eu.oosatmp.notification;

public enum NotificationKind {
  PHYSICIAN_OOS_INFORMATION,
  SPONSOR_NOTIFICATION,
  RISK_EVALUATION,
  DECISION_REMINDER,
  DEADLINE_REMINDER,
  DEADLINE_ESCALATION,
  SUPERVISORY_AUTHORITY_NOTIFICATION,
  NATIONAL_AUTHORITY_NOTIFICATION,
  NOT_ADMINISTERED_NOTICE,
  NO_SUPPLY_NOTICE,
  REVIEW_APPROVAL_REMINDER,
  REVIEW_SUBMISSION,
  REVIEW_ANSWER;

  /** Notifications that tell an authority of the supply; they are also told if the batch is not administered. */
  public boolean isAuthorityNotification() {
    return this == SUPERVISORY_AUTHORITY_NOTIFICATION || this == NATIONAL_AUTHORITY_NOTIFICATION
        || this == SPONSOR_NOTIFICATION;
  }
}
