package org.modelgate.api.organisation;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An account for an invited expert from outside (e.g. another city's procuratorate). It may only
 * review, and it expires at the end of {@code expiresOn}.
 */
public record GuestReviewerRequest(
    @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*") String username,
    @NotBlank @Size(max = 100) String displayName,
    @NotNull @Future LocalDate expiresOn) {}
