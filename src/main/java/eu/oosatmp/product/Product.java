package eu.oosatmp.product;

/**
 * An ATMP with its legal supply route and its parties. Where MAH, manufacturer and importer are
 * different legal entities, the written agreement names who talks to the treating physician and who
 * to the authorities (Q&A 1).
 */
public record Product(
    String code,
    String name,
    String inn,
    AtmpClass atmpClass,
    LegalRoute legalRoute,
    String authorisationNumber,
    Parties parties,
    WrittenAgreement writtenAgreement) {

  /** The sponsor's e-mail is where a clinical-trial OOS is notified (GMP Part IV 11.54). */
  public record Parties(String mah, String manufacturer, String importer, String sponsor, String sponsorEmail) {}

  public record WrittenAgreement(Party physicianContact, Party authorityContact) {}

  public boolean hasLegalSupplyRoute() {
    return legalRoute != null;
  }

  public boolean isClinicalTrial() {
    return legalRoute == LegalRoute.CLINICAL_TRIAL;
  }

  public String displayName() {
    return inn == null ? name : name + " (" + inn + ")";
  }
}
