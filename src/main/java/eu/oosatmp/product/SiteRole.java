package eu.oosatmp.product;

/** What a site does in the process: releases batches (QP) or treats patients. */
public enum SiteRole {
  BATCH_RELEASE,
  TREATING
}
