package org.modelgate.workflow.organisation;

/**
 * A user's password changed or their account was disabled: whatever remembers their verified
 * credentials must forget them now (a CDI event, observed in the web layer's credential cache).
 */
public record CredentialsChanged(String username) {}
