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

  public record Parties(String mah, String manufacturer, String importer, String sponsor) {}

  public record WrittenAgreement(Party physicianContact, Party authorityContact) {}

  public boolean hasLegalSupplyRoute() {
    return legalRoute != null;
  }
}
