package org.modelgate.api.organisation;

/** Where a unit sits in the two-level tree of DESIGN §2, plus invited experts from elsewhere. */
public enum UnitKind {
  /** The municipal procuratorate itself (市院). */
  CITY,
  /** A procuratorial department or office of the municipal procuratorate. */
  DEPARTMENT,
  /** A district or county procuratorate (基层院). */
  GRASSROOTS,
  /** Outside experts, e.g. guest reviewers from other cities' procuratorates. */
  EXTERNAL
}
