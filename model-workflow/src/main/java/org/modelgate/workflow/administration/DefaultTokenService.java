package org.modelgate.workflow.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.modelgate.api.common.OfficeTime;
import org.modelgate.api.failure.EntityNotFoundException;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.security.Caller;
import org.modelgate.api.security.CreateTokenRequest;
import org.modelgate.api.security.CreatedTokenResponse;
import org.modelgate.api.security.Role;
import org.modelgate.api.security.TokenHolder;
import org.modelgate.api.security.TokenResponse;
import org.modelgate.api.security.TokenService;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.model.AccessPolicy;
import org.modelgate.workflow.organisation.OrganisationRepository;
import org.modelgate.workflow.organisation.UserAccount;
import org.modelgate.workflow.security.ApiToken;
import org.modelgate.workflow.security.ApiTokenRepository;
import org.modelgate.workflow.security.CurrentCaller;
import org.modelgate.workflow.validation.RequestValidator;

/**
 * Personal access tokens. A value is {@value #PREFIX} followed by 32 random bytes in URL-safe
 * Base64; the database holds its SHA-256 digest only. Presenting a value costs one digest and one
 * indexed lookup that also loads the owner's roles, so a token's rights follow the account at every
 * call. The latest use is noted at most once a minute per token and address, to keep a busy script
 * from writing on every call.
 */
@ApplicationScoped
@Transactional
public class DefaultTokenService implements TokenService {

  static final String PREFIX = "mgt_";
  static final int SECRET_BYTES = 32;
  static final int VALUE_LENGTH = PREFIX.length() + 43;
  static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
  static final int MAX_LISTED = 1000;

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject ApiTokenRepository tokens;
  @Inject OrganisationRepository organisation;
  @Inject CurrentCaller currentCaller;
  @Inject AccessPolicy access;
  @Inject RequestValidator validator;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public List<TokenResponse> myTokens() {
    return tokens.ofUser(currentCaller.get().userId()).stream().map(this::toResponse).toList();
  }

  @Override
  public CreatedTokenResponse createToken(CreateTokenRequest request) {
    UserAccount owner = currentCaller.account();
    validator.valid(request);
    LocalDate today = LocalDate.now(clock.withZone(OfficeTime.ZONE));
    LocalDate latest = today.plus(MAX_LIFETIME);
    if (request.expiresOn().isAfter(latest)) {
      throw InvalidInputException.of(
          "expiresOn",
          "MaxLifetime",
          "token.max-lifetime",
          "latest",
          latest,
          "expiresOn",
          request.expiresOn());
    }
    String value = newValue();
    Instant now = clock.instant();
    ApiToken token =
        tokens.add(
            new ApiToken(
                owner,
                request.name().strip(),
                digest(value),
                now,
                request.expiresOn().plusDays(1).atStartOfDay(OfficeTime.ZONE).toInstant()));
    audit.record(
        new AuditRecord(
            owner.getUsername(),
            "TOKEN_CREATED",
            "ApiToken",
            String.valueOf(token.getId()),
            null,
            null,
            "expiresOn=" + request.expiresOn(),
            token.getName()));
    return new CreatedTokenResponse(toResponse(token), value);
  }

  @Override
  public TokenResponse revokeMyToken(long id) {
    Caller caller = currentCaller.get();
    ApiToken token =
        tokens
            .find(id)
            .filter(t -> t.getUser().getId() == caller.userId())
            .orElseThrow(() -> new EntityNotFoundException("token", id));
    return revoke(caller, token);
  }

  @Override
  public List<TokenResponse> tokens(Long userId) {
    access.requireRole(Role.ADMIN);
    if (userId == null) {
      return tokens.all(MAX_LISTED).stream().map(this::toResponse).toList();
    }
    organisation
        .findUserById(userId)
        .orElseThrow(() -> new EntityNotFoundException("user", userId));
    return tokens.ofUser(userId).stream().map(this::toResponse).toList();
  }

  @Override
  public TokenResponse revokeToken(long id) {
    Caller caller = access.requireRole(Role.ADMIN);
    return revoke(
        caller, tokens.find(id).orElseThrow(() -> new EntityNotFoundException("token", id)));
  }

  private TokenResponse revoke(Caller caller, ApiToken token) {
    if (token.getRevokedAt() == null) {
      token.revoke(caller.username(), clock.instant());
      audit.record(
          new AuditRecord(
              caller.username(),
              "TOKEN_REVOKED",
              "ApiToken",
              String.valueOf(token.getId()),
              null,
              "revoked=false",
              "revoked=true",
              token.getUser().getUsername() + " · " + token.getName()));
    }
    return toResponse(token);
  }

  /**
   * Two first calls from the same new address at once: one of them fails on the address table's
   * primary key with a {@code PersistenceException}; presenting the value again then succeeds.
   */
  @Override
  public Optional<TokenHolder> authenticate(String value, String address) {
    if (!wellFormed(value)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<ApiToken> found =
        tokens
            .findByDigest(digest(value))
            .filter(token -> token.isLiveAt(now) && token.getUser().isActiveAt(now));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ApiToken token = found.get();
    UserAccount owner = token.getUser();
    boolean sameAddress = address.equals(token.getLastUsedFrom());
    if (!sameAddress && !tokens.usedFrom(token.getId(), address)) {
      tokens.addAddress(token.getId(), address, now);
      audit.record(
          new AuditRecord(
              owner.getUsername(),
              "TOKEN_USED_FROM_NEW_ADDRESS",
              "ApiToken",
              String.valueOf(token.getId()),
              null,
              token.getLastUsedFrom(),
              address,
              token.getName()));
    }
    if (!sameAddress
        || token.getLastUsedAt() == null
        || token.getLastUsedAt().plus(TOUCH_INTERVAL).isBefore(now)) {
      tokens.touch(token.getId(), address, now);
    }
    return Optional.of(
        new TokenHolder(
            token.getId(),
            owner.getUsername(),
            owner.roles().stream().map(Role::roleName).collect(Collectors.toSet())));
  }

  static boolean wellFormed(String value) {
    if (value == null || value.length() != VALUE_LENGTH || !value.startsWith(PREFIX)) {
      return false;
    }
    for (int i = PREFIX.length(); i < value.length(); i++) {
      char c = value.charAt(i);
      boolean base64Url =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_';
      if (!base64Url) {
        return false;
      }
    }
    return true;
  }

  static String newValue() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  static String digest(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  private TokenResponse toResponse(ApiToken token) {
    return new TokenResponse(
        token.getId(),
        token.getName(),
        token.getUser().toRef(),
        token.getCreatedAt(),
        token.getExpiresAt(),
        token.getLastUsedAt(),
        token.getLastUsedFrom(),
        token.getRevokedAt(),
        token.getRevokedBy(),
        token.isLiveAt(clock.instant()));
  }
}
