package org.modelgate.api.clue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A clue as its unit and the digital office see it, the identity number masked. {@code revealable}:
 * the caller may ask for the full number ({@link ClueService#revealIdNumber}).
 */
public record ClueResponse(
    long id,
    long modelId,
    long unitId,
    String unitName,
    String externalRef,
    String party,
    String idNumber,
    String summary,
    LocalDate foundOn,
    BigDecimal amount,
    ClueStatus status,
    String statusLabel,
    InvalidReason invalidReason,
    String caseReference,
    DocumentType documentType,
    BigDecimal recoveredAmount,
    Instant updatedAt,
    boolean revealable) {}
