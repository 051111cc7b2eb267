package org.modelgate.api.common;

/** A user as other resources mention them. */
public record UserRef(long id, String username, String displayName) {}
