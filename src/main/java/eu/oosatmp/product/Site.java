package eu.oosatmp.product;

/**
 * A batch release site or a treating site. Its Supervisory Authority, which is told of an OOS supply
 * within 48 hours, is the national competent authority of its country.
 */
public record Site(
    String code,
    String name,
    String city,
    String countryCode,
    boolean releasesBatches,
    boolean treatsPatients,
    AuthorityRef supervisoryAuthority) {

  public record AuthorityRef(String code, String acronym, String name) {}
}
