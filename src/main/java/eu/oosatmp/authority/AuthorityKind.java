package eu.oosatmp.authority;

public enum AuthorityKind {
  EU_AGENCY,
  NATIONAL_COMPETENT_AUTHORITY
}
