package org.modelgate.api.security;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A new personal access token: a name that says what it is for, and the last day it works (at most
 * one year from today, {@link TokenService#MAX_LIFETIME}).
 */
public record CreateTokenRequest(
    @NotBlank @Size(max = 100) String name, @NotNull @Future LocalDate expiresOn) {}
