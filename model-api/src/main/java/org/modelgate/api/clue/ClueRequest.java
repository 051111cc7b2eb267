package org.modelgate.api.clue;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One clue entered by hand; holds only the minimum identifying data. */
public record ClueRequest(
    @NotNull @Positive Long unitId,
    @NotBlank @Size(max = 64) String externalRef,
    @NotBlank @Size(max = 100) String party,
    @Size(max = 32) @Pattern(regexp = "[0-9Xx]*") String idNumber,
    @NotBlank @Size(max = 2000) String summary,
    @NotNull @PastOrPresent LocalDate foundOn,
    @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount) {}
