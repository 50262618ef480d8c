package eu.oosatmp.casefile;

/** The legal deadlines a case can run against. */
public enum DeadlineKind {
  /** Q&A 2: the Supervisory Authority is informed within 48 hours of supply. */
  SUPERVISORY_AUTHORITY_NOTIFICATION
}
