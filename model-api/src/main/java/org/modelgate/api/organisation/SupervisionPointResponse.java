package org.modelgate.api.organisation;

/**
 * An entry of the supervision-point taxonomy (监督点).
 *
 * @param homogeneityCap the point's own cap of active models, null when the configured default
 *     ({@code MODELGATE_HOMOGENEITY_CAP}) applies
 */
public record SupervisionPointResponse(
    long id,
    String code,
    String name,
    String nameEn,
    BusinessLine businessLine,
    String businessLineLabel,
    Integer homogeneityCap,
    boolean active) {}
