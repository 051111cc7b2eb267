package org.modelgate.api.audit;

/**
 * The result of re-computing the audit trail's hash chain.
 *
 * @param firstBrokenSequence the first entry whose hash or link does not match, if any
 * @param problem what is wrong there, as a code: {@code audit.entry-missing} (deleted), {@code
 *     audit.link-broken} (deleted or reordered), {@code audit.content-changed} or {@code
 *     audit.tail-missing} (the newest entries deleted); null if intact
 */
public record ChainVerificationResponse(
    boolean intact, long entriesChecked, Long firstBrokenSequence, String problem) {}
