package eu.oosatmp.casefile;

/** Names of the OosBatchHandling process: one instance per OOS batch, keyed by the case number. */
public final class OosBatchHandlingProcess {

  public static final String PROCESS_ID = "OosBatchHandling";

  private OosBatchHandlingProcess() {}
}
