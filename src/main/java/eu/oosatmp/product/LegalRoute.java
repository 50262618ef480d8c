package eu.oosatmp.product;

/** How a product is legally supplied; only these routes may be handled (DESIGN rule 13). */
public enum LegalRoute {
  EU_CENTRALISED,
  UK_MHRA,
  NATIONAL,
  CLINICAL_TRIAL,
  HOSPITAL_EXEMPTION
}
