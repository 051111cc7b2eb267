package org.modelgate.api.audit;

/**
 * The result of re-computing the audit trail's hash chain.
 *
 * @param firstBrokenSequence the first entry whose hash or link does not match, if any
 * @param problem what is wrong there, for people
 */
public record ChainVerificationResponse(
    boolean intact, long entriesChecked, Long firstBrokenSequence, String problem) {}
