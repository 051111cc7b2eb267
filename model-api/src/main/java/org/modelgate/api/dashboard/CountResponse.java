package org.modelgate.api.dashboard;

/** A count with its key and a label for people. */
public record CountResponse(String key, String label, long count) {}
