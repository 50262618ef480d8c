package eu.oosatmp.product;

/** The cell/tissue-based ATMP classes of Regulation (EC) No 1394/2007 that this process handles. */
public enum AtmpClass {
  SOMATIC_CELL_THERAPY,
  TISSUE_ENGINEERED,
  GENE_THERAPY_CELL_BASED
}
