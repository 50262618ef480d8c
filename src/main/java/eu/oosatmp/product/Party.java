package eu.oosatmp.product;

/** A legal entity behind a product, as named in the written agreement of Q&A 1. */
public enum Party {
  MAH,
  MANUFACTURER,
  IMPORTER,
  SPONSOR
}
