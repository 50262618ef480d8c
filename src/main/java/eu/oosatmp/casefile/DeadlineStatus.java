package eu.oosatmp.casefile;

/** Where a deadline stands: OPEN until due; MISSED when due and unmet; MET, or LATE when met after falling due. */
public enum DeadlineStatus {
  OPEN,
  MET,
  LATE,
  MISSED
}
