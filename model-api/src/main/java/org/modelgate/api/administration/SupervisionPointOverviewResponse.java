package org.modelgate.api.administration;

import org.modelgate.api.organisation.BusinessLine;

/**
 * A supervision point as administrators see it.
 *
 * @param homogeneityCap the point's own cap, null when the default applies
 * @param effectiveCap the cap that applies: the point's own or the configured default
 * @param models the models of any stage that name this point; a used point is deactivated, not
 *     deleted
 */
public record SupervisionPointOverviewResponse(
    long id,
    String code,
    String name,
    String nameEn,
    BusinessLine businessLine,
    Integer homogeneityCap,
    int effectiveCap,
    boolean active,
    long models) {}
