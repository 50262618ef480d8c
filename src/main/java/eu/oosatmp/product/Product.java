package eu.oosatmp.product;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

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

  /**
   * The sponsor's e-mail is where a clinical-trial OOS is notified (GMP Part IV 11.54). Contacts are those
   * of the MAH, manufacturer and importer; a party without one has none recorded yet.
   */
  public record Parties(String mah, String manufacturer, String importer, String sponsor, String sponsorEmail,
      Map<Party, Contact> contacts) {

    public Parties {
      EnumMap<Party, Contact> known = new EnumMap<>(Party.class);
      if (contacts != null) {
        known.putAll(contacts);
      }
      contacts = Collections.unmodifiableMap(known);
    }

    public String name(Party party) {
      return switch (party) {
        case MAH -> mah;
        case MANUFACTURER -> manufacturer;
        case IMPORTER -> importer;
        case SPONSOR -> sponsor;
      };
    }

    public Contact contact(Party party) {
      Contact none = new Contact(null, null, null);
      return party == Party.SPONSOR ? new Contact(sponsorEmail, null, null) : contacts.getOrDefault(party, none);
    }
  }

  /** How a party is reached: what its signature under a message shows. */
  public record Contact(String email, String phone, String address) {}

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

  /** The party in its role, as it signs a message. */
  public PartyContact party(Party role) {
    Contact contact = parties.contact(role);
    return new PartyContact(role, parties.name(role), contact.email(), contact.phone(), contact.address());
  }

  /** Who speaks to the treating physician under the written agreement (Q&A 1). */
  public PartyContact physicianContact() {
    return party(writtenAgreement.physicianContact());
  }

  /** Who speaks to the competent authorities under the written agreement (Q&A 1). */
  public PartyContact authorityContact() {
    return party(writtenAgreement.authorityContact());
  }
}
