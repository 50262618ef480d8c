package eu.oosatmp.product;

/** A party of a product in one of its roles, with what its signature shows. Contact details may be missing. */
public record PartyContact(Party role, String name, String email, String phone, String address) {}
