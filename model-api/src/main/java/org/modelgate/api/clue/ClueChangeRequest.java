package org.modelgate.api.clue;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The next step of a clue. VERIFIED_INVALID needs a reason, CASE_FORMED a case reference,
 * DOCUMENT_ISSUED a document type; ADOPTED may carry the amount recovered (CNY).
 */
public record ClueChangeRequest(
    @NotNull ClueStatus status,
    InvalidReason invalidReason,
    @Size(max = 64) String caseReference,
    DocumentType documentType,
    @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal recoveredAmount) {}
