package org.modelgate.api.organisation;

/** An entry of the supervision-point taxonomy (监督点). */
public record SupervisionPointResponse(
    long id, String code, String name, BusinessLine businessLine, String businessLineLabel) {}
