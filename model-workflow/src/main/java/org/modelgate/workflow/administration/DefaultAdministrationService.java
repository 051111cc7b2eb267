package org.modelgate.workflow.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelgate.api.administration.AdministrationService;
import org.modelgate.api.administration.ChangeUserRequest;
import org.modelgate.api.administration.CreateUserRequest;
import org.modelgate.api.administration.PasswordResetRequest;
import org.modelgate.api.administration.PilotDefaultsRequest;
import org.modelgate.api.administration.ReferenceImportResponse;
import org.modelgate.api.administration.SupervisionPointOverviewResponse;
import org.modelgate.api.administration.SupervisionPointRequest;
import org.modelgate.api.administration.UnitOverviewResponse;
import org.modelgate.api.administration.UnitRequest;
import org.modelgate.api.administration.UserCredentialResponse;
import org.modelgate.api.administration.UserResponse;
import org.modelgate.api.common.PageResponse;
import org.modelgate.api.failure.EntityNotFoundException;
import org.modelgate.api.failure.FieldViolation;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.failure.LifecycleViolationException;
import org.modelgate.api.organisation.PilotDefaultsResponse;
import org.modelgate.api.organisation.UnitKind;
import org.modelgate.api.security.Caller;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.engine.LifecycleSettings;
import org.modelgate.workflow.model.AccessPolicy;
import org.modelgate.workflow.organisation.CredentialsChanged;
import org.modelgate.workflow.organisation.OrganisationRepository;
import org.modelgate.workflow.organisation.PasswordHashing;
import org.modelgate.workflow.organisation.PilotDefaults;
import org.modelgate.workflow.organisation.SupervisionPoint;
import org.modelgate.workflow.organisation.Unit;
import org.modelgate.workflow.organisation.UserAccount;
import org.modelgate.workflow.security.CurrentCaller;
import org.modelgate.workflow.validation.RequestValidator;

/**
 * Accounts and units, managed by system administrators. The role is checked before the request is
 * looked at, so nobody else learns anything from the answer. Rules beyond the request's own
 * constraints: usernames and unit codes are unique, accounts of the invited-experts unit review
 * only and expire within a year, an administrator cannot lock themself out, and a unit cannot sit
 * below itself.
 */
@ApplicationScoped
@Transactional
public class DefaultAdministrationService implements AdministrationService {

  static final int MAX_PAGE_SIZE = 200;
  static final int MAX_QUERY = 100;

  @Inject OrganisationRepository repository;
  @Inject CurrentCaller currentCaller;
  @Inject AccessPolicy access;
  @Inject Event<CredentialsChanged> credentialsChanged;
  @Inject PasswordHashing passwordHashing;
  @Inject RequestValidator validator;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject LifecycleSettings settings;
  @Inject ReferenceDataImport referenceData;

  @Override
  public PageResponse<UserResponse> users(String query, int page, int size) {
    admin();
    if (page < 0) {
      throw InvalidInputException.of("page", "Min", "paging.page-negative");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw InvalidInputException.of("size", "Range", "paging.size-range", "max", MAX_PAGE_SIZE);
    }
    if (query != null && query.length() > MAX_QUERY) {
      throw InvalidInputException.of("q", "Size", "paging.query-too-long", "max", MAX_QUERY);
    }
    List<UserResponse> items =
        repository.searchUsers(query, page * size, size).stream().map(this::toResponse).toList();
    return new PageResponse<>(items, page, size, repository.countUsers(query));
  }

  @Override
  public UserResponse user(long id) {
    admin();
    return toResponse(findUser(id));
  }

  @Override
  public UserCredentialResponse createUser(CreateUserRequest request) {
    Caller caller = admin();
    validator.valid(request);
    List<FieldViolation> violations = new ArrayList<>();
    if (repository.findUser(request.username()).isPresent()) {
      violations.add(
          FieldViolation.of(
              "username", "Unique", "user.username-taken", "username", request.username()));
    }
    Unit unit = unitOrViolation(request.unitId(), violations);
    checkAccountRules(unit, request.roles(), request.expiresOn(), violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    String generated = request.password() == null ? passwordHashing.generatePassword() : null;
    UserAccount account =
        repository.add(
            new UserAccount(
                request.username(),
                request.displayName().strip(),
                passwordHashing.hash(generated != null ? generated : request.password()),
                unit,
                request.roles(),
                endOf(request.expiresOn()),
                clock.instant()));
    account.setEmail(blankToNull(request.email()));
    repository.flush();
    audit.record(
        new AuditRecord(
            caller.username(),
            "USER_CREATED",
            "User",
            String.valueOf(account.getId()),
            null,
            null,
            describe(account),
            account.getUsername()));
    return new UserCredentialResponse(toResponse(account), generated);
  }

  @Override
  public UserResponse changeUser(long id, ChangeUserRequest request) {
    Caller caller = admin();
    validator.valid(request);
    UserAccount account = findUser(id);
    List<FieldViolation> violations = new ArrayList<>();
    Unit unit = unitOrViolation(request.unitId(), violations);
    checkAccountRules(unit, request.roles(), request.expiresOn(), violations);
    if (account.getId() == caller.userId()) {
      if (!request.roles().contains(Role.ADMIN)) {
        violations.add(FieldViolation.of("roles", "KeepOwnAdmin", "user.own-admin-role"));
      }
      if (request.expiresOn() != null) {
        violations.add(FieldViolation.of("expiresOn", "NotSelf", "user.own-expiry"));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    String before = describe(account);
    account.change(
        request.displayName().strip(), unit, request.roles(), endOf(request.expiresOn()));
    account.setEmail(blankToNull(request.email()));
    repository.flush();
    audit.record(
        new AuditRecord(
            caller.username(),
            "USER_CHANGED",
            "User",
            String.valueOf(account.getId()),
            null,
            before,
            describe(account),
            account.getUsername()));
    return toResponse(account);
  }

  @Override
  public UserResponse disableUser(long id) {
    Caller caller = admin();
    UserAccount account = findUser(id);
    if (account.getId() == caller.userId()) {
      throw InvalidInputException.of("enabled", "NotSelf", "user.own-disable");
    }
    return setEnabled(caller, account, false);
  }

  @Override
  public UserResponse enableUser(long id) {
    Caller caller = admin();
    return setEnabled(caller, findUser(id), true);
  }

  private UserResponse setEnabled(Caller caller, UserAccount account, boolean enabled) {
    if (account.isEnabled() != enabled) {
      account.setEnabled(enabled);
      repository.flush();
      if (!enabled) {
        credentialsChanged.fire(new CredentialsChanged(account.getUsername()));
      }
      audit.record(
          new AuditRecord(
              caller.username(),
              enabled ? "USER_ENABLED" : "USER_DISABLED",
              "User",
              String.valueOf(account.getId()),
              null,
              "enabled=" + !enabled,
              "enabled=" + enabled,
              account.getUsername()));
    }
    return toResponse(account);
  }

  @Override
  public UserCredentialResponse resetPassword(long id, PasswordResetRequest request) {
    Caller caller = admin();
    // No body at all asks for a generated password, as an empty one does.
    PasswordResetRequest valid =
        request == null ? new PasswordResetRequest(null) : validator.valid(request);
    UserAccount account = findUser(id);
    String generated = valid.password() == null ? passwordHashing.generatePassword() : null;
    account.changePasswordHash(
        passwordHashing.hash(generated != null ? generated : valid.password()));
    repository.flush();
    credentialsChanged.fire(new CredentialsChanged(account.getUsername()));
    audit.record(
        new AuditRecord(
            caller.username(),
            "PASSWORD_RESET",
            "User",
            String.valueOf(account.getId()),
            null,
            null,
            generated != null ? "password=generated" : "password=set-by-admin",
            account.getUsername()));
    return new UserCredentialResponse(toResponse(account), generated);
  }

  @Override
  public List<UnitOverviewResponse> units() {
    admin();
    List<Unit> units = repository.units();
    Map<Long, Long> users = repository.userCountsByUnit();
    Map<Long, Unit> byId = new HashMap<>();
    units.forEach(unit -> byId.put(unit.getId(), unit));
    return units.stream().map(unit -> toOverview(unit, byId, users)).toList();
  }

  @Override
  public UnitOverviewResponse createUnit(UnitRequest request) {
    Caller caller = admin();
    validator.valid(request);
    List<FieldViolation> violations = new ArrayList<>();
    if (repository.findUnit(request.code()).isPresent()) {
      violations.add(
          FieldViolation.of("code", "Unique", "unit.code-taken", "code", request.code()));
    }
    checkParent(null, request.parentId(), violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    Unit unit =
        repository.add(
            new Unit(
                request.code(),
                request.name().strip(),
                request.nameEn().strip(),
                request.kind(),
                request.parentId(),
                request.cityWide()));
    repository.flush();
    audit.record(
        new AuditRecord(
            caller.username(),
            "UNIT_CREATED",
            "Unit",
            String.valueOf(unit.getId()),
            null,
            null,
            describe(unit),
            unit.getName()));
    return overview(unit);
  }

  @Override
  public UnitOverviewResponse changeUnit(long id, UnitRequest request) {
    Caller caller = admin();
    validator.valid(request);
    Unit unit =
        repository.findUnitById(id).orElseThrow(() -> new EntityNotFoundException("unit", id));
    List<FieldViolation> violations = new ArrayList<>();
    if (!unit.getCode().equals(request.code())) {
      violations.add(FieldViolation.of("code", "Immutable", "unit.code-immutable"));
    }
    checkParent(unit, request.parentId(), violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    String before = describe(unit);
    unit.change(
        request.name().strip(),
        request.nameEn().strip(),
        request.kind(),
        request.parentId(),
        request.cityWide());
    repository.flush();
    audit.record(
        new AuditRecord(
            caller.username(),
            "UNIT_CHANGED",
            "Unit",
            String.valueOf(unit.getId()),
            null,
            before,
            describe(unit),
            unit.getName()));
    return overview(unit);
  }

  @Override
  public UserResponse requirePasswordChange(long id) {
    Caller caller = admin();
    UserAccount account = findUser(id);
    if (!account.isPasswordChangeRequired()) {
      account.setPasswordChangeRequired(true);
      repository.flush();
      audit.record(
          new AuditRecord(
              caller.username(),
              "PASSWORD_CHANGE_REQUIRED",
              "User",
              String.valueOf(account.getId()),
              null,
              null,
              "passwordChangeRequired=true",
              account.getUsername()));
    }
    return toResponse(account);
  }

  @Override
  public List<SupervisionPointOverviewResponse> supervisionPoints() {
    admin();
    Map<Long, Long> models = repository.modelCountsBySupervisionPoint();
    return repository.supervisionPoints().stream().map(point -> toOverview(point, models)).toList();
  }

  @Override
  public SupervisionPointOverviewResponse createSupervisionPoint(SupervisionPointRequest request) {
    Caller caller = admin();
    validator.valid(request);
    if (repository.findSupervisionPoint(request.code()).isPresent()) {
      throw InvalidInputException.of(
          "code", "Unique", "supervision-point.code-taken", "code", request.code());
    }
    SupervisionPoint point =
        repository.add(
            new SupervisionPoint(
                request.code(),
                request.name().strip(),
                request.nameEn().strip(),
                request.businessLine(),
                request.homogeneityCap()));
    repository.flush();
    auditPoint(caller, "SUPERVISION_POINT_CREATED", point, null);
    return toOverview(point, Map.of());
  }

  @Override
  public SupervisionPointOverviewResponse changeSupervisionPoint(
      long id, SupervisionPointRequest request) {
    Caller caller = admin();
    validator.valid(request);
    SupervisionPoint point = findPoint(id);
    if (!point.getCode().equals(request.code())) {
      throw InvalidInputException.of("code", "Immutable", "supervision-point.code-immutable");
    }
    String before = describe(point);
    point.change(
        request.name().strip(),
        request.nameEn().strip(),
        request.businessLine(),
        request.homogeneityCap());
    repository.flush();
    auditPoint(caller, "SUPERVISION_POINT_CHANGED", point, before);
    return toOverview(point, repository.modelCountsBySupervisionPoint());
  }

  @Override
  public SupervisionPointOverviewResponse deactivateSupervisionPoint(long id) {
    return setActive(admin(), findPoint(id), false);
  }

  @Override
  public SupervisionPointOverviewResponse activateSupervisionPoint(long id) {
    return setActive(admin(), findPoint(id), true);
  }

  private SupervisionPointOverviewResponse setActive(
      Caller caller, SupervisionPoint point, boolean active) {
    if (point.isActive() != active) {
      String before = describe(point);
      point.setActive(active);
      repository.flush();
      auditPoint(
          caller,
          active ? "SUPERVISION_POINT_ACTIVATED" : "SUPERVISION_POINT_DEACTIVATED",
          point,
          before);
    }
    return toOverview(point, repository.modelCountsBySupervisionPoint());
  }

  @Override
  public void deleteSupervisionPoint(long id) {
    Caller caller = admin();
    SupervisionPoint point = findPoint(id);
    long models = repository.modelCountsBySupervisionPoint().getOrDefault(point.getId(), 0L);
    if (models > 0) {
      throw new LifecycleViolationException(
          "supervision-point.in-use", "code", point.getCode(), "models", models);
    }
    String before = describe(point);
    repository.remove(point);
    repository.flush();
    audit.record(
        new AuditRecord(
            caller.username(),
            "SUPERVISION_POINT_DELETED",
            "SupervisionPoint",
            String.valueOf(id),
            null,
            before,
            null,
            point.getName()));
  }

  @Override
  public PilotDefaultsResponse changePilotDefaults(PilotDefaultsRequest request) {
    Caller caller = admin();
    validator.valid(request);
    PilotDefaults defaults = repository.pilotDefaults();
    String before = defaults.toString();
    defaults.change(
        request.minValidRate(),
        request.minCasesFormed(),
        request.minCluesForJudgement(),
        caller.username(),
        clock.instant());
    repository.flush();
    audit.record(
        new AuditRecord(
            caller.username(),
            "PILOT_DEFAULTS_CHANGED",
            "PilotDefaults",
            String.valueOf(PilotDefaults.ROW),
            null,
            before,
            defaults.toString(),
            "PilotDefaults"));
    return defaults.toResponse();
  }

  @Override
  public ReferenceImportResponse importUnits(byte[] csv) {
    Caller caller = admin();
    return referenceData.importUnits(csv == null ? new byte[0] : csv, caller.username());
  }

  @Override
  public ReferenceImportResponse importSupervisionPoints(byte[] csv) {
    Caller caller = admin();
    return referenceData.importSupervisionPoints(
        csv == null ? new byte[0] : csv, caller.username());
  }

  private SupervisionPoint findPoint(long id) {
    return repository
        .findSupervisionPoint(id)
        .orElseThrow(() -> new EntityNotFoundException("supervision-point", id));
  }

  private void auditPoint(Caller caller, String action, SupervisionPoint point, String before) {
    audit.record(
        new AuditRecord(
            caller.username(),
            action,
            "SupervisionPoint",
            String.valueOf(point.getId()),
            null,
            before,
            describe(point),
            point.getName()));
  }

  private SupervisionPointOverviewResponse toOverview(
      SupervisionPoint point, Map<Long, Long> models) {
    return new SupervisionPointOverviewResponse(
        point.getId(),
        point.getCode(),
        point.getName(),
        point.getNameEn(),
        point.getBusinessLine(),
        point.getHomogeneityCap(),
        point.capOr(settings.homogeneityCap()),
        point.isActive(),
        models.getOrDefault(point.getId(), 0L));
  }

  private static String describe(SupervisionPoint point) {
    return point.getCode()
        + " "
        + point.getName()
        + " / "
        + point.getNameEn()
        + "; businessLine="
        + point.getBusinessLine()
        + (point.getHomogeneityCap() == null ? "" : "; cap=" + point.getHomogeneityCap())
        + (point.isActive() ? "" : "; inactive");
  }

  private Caller admin() {
    return access.requireRole(Role.ADMIN);
  }

  private UserAccount findUser(long id) {
    return repository.findUserById(id).orElseThrow(() -> new EntityNotFoundException("user", id));
  }

  private Unit unitOrViolation(long unitId, List<FieldViolation> violations) {
    Unit unit = repository.findUnitById(unitId).orElse(null);
    if (unit == null) {
      violations.add(FieldViolation.of("unitId", "Exists", "unit.not-found", "id", unitId));
    }
    return unit;
  }

  /** Invited experts review only, and their accounts expire within a year (as guest reviewers). */
  private void checkAccountRules(
      Unit unit, Set<Role> roles, LocalDate expiresOn, List<FieldViolation> violations) {
    if (unit == null || unit.getKind() != UnitKind.EXTERNAL) {
      return;
    }
    if (!roles.equals(Set.of(Role.REVIEWER))) {
      violations.add(FieldViolation.of("roles", "ExternalReviewer", "user.external-reviewer-only"));
    }
    if (expiresOn == null) {
      violations.add(
          FieldViolation.of("expiresOn", "ExternalExpires", "user.external-expiry-required"));
    } else if (expiresOn.isAfter(
        LocalDate.now(clock).plus(DefaultOrganisationService.MAX_GUEST_VALIDITY))) {
      violations.add(FieldViolation.of("expiresOn", "MaxOneYear", "user.guest-max-one-year"));
    }
  }

  /** The parent must exist and must not be the unit itself or below it. */
  private void checkParent(Unit unit, Long parentId, List<FieldViolation> violations) {
    if (parentId == null) {
      return;
    }
    Set<Long> seen = new HashSet<>();
    Long current = parentId;
    while (current != null && seen.add(current)) {
      if (unit != null && current.equals(unit.getId())) {
        violations.add(FieldViolation.of("parentId", "Cycle", "unit.parent-cycle"));
        return;
      }
      Unit ancestor = repository.findUnitById(current).orElse(null);
      if (ancestor == null) {
        violations.add(FieldViolation.of("parentId", "Exists", "unit.not-found", "id", current));
        return;
      }
      current = ancestor.getParentId();
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static Instant endOf(LocalDate day) {
    return day == null
        ? null
        : day.plusDays(1).atStartOfDay(DefaultOrganisationService.OFFICE_ZONE).toInstant();
  }

  private UserResponse toResponse(UserAccount account) {
    return new UserResponse(
        account.getId(),
        account.getUsername(),
        account.getDisplayName(),
        account.getUnit().getId(),
        account.getUnit().getName(),
        account.getUnit().getNameEn(),
        account.roles().stream().sorted().toList(),
        account.isEnabled(),
        account.getExpiresAt(),
        account.isActiveAt(clock.instant()),
        account.getCreatedAt(),
        account.isPasswordChangeRequired(),
        account.getEmail());
  }

  private UnitOverviewResponse overview(Unit unit) {
    Map<Long, Unit> byId = new HashMap<>();
    if (unit.getParentId() != null) {
      repository
          .findUnitById(unit.getParentId())
          .ifPresent(parent -> byId.put(parent.getId(), parent));
    }
    return toOverview(unit, byId, repository.userCountsByUnit());
  }

  private static UnitOverviewResponse toOverview(
      Unit unit, Map<Long, Unit> byId, Map<Long, Long> users) {
    Unit parent = unit.getParentId() == null ? null : byId.get(unit.getParentId());
    return new UnitOverviewResponse(
        unit.getId(),
        unit.getCode(),
        unit.getName(),
        unit.getNameEn(),
        unit.getKind(),
        unit.getParentId(),
        parent == null ? null : parent.getName(),
        parent == null ? null : parent.getNameEn(),
        unit.isCityWide(),
        users.getOrDefault(unit.getId(), 0L));
  }

  private static String describe(UserAccount account) {
    return account.getDisplayName()
        + "; unit="
        + account.getUnit().getCode()
        + " "
        + account.getUnit().getName()
        + "; roles="
        + account.roles().stream().sorted().toList()
        + (account.getExpiresAt() == null ? "" : "; expiresAt=" + account.getExpiresAt());
  }

  private static String describe(Unit unit) {
    return unit.getCode()
        + " "
        + unit.getName()
        + " / "
        + unit.getNameEn()
        + "; kind="
        + unit.getKind()
        + (unit.getParentId() == null ? "" : "; parentId=" + unit.getParentId())
        + (unit.isCityWide() ? "; cityWide" : "");
  }
}
