package eu.oosatmp.authority;

/**
 * A medicines authority. The national competent authority of a country is the Supervisory Authority
 * of the sites in that country and the authority its treating sites may have to inform.
 */
public record Authority(
    String code,
    AuthorityKind kind,
    String countryCode,
    String name,
    String localName,
    String acronym,
    String notificationEmail) {}
