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
    admin("查看用户");
    if (page < 0) {
      throw new InvalidInputException("page", "Min", "页码不能小于 0");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidInputException("size", "Range", "每页条数须在 1 到 " + MAX_PAGE_SIZE + " 之间");
    }
    if (query != null && query.length() > 100) {
      throw new InvalidInputException("q", "Size", "查询内容最长 100 个字符");
    }
    List<UserResponse> items =
        repository.searchUsers(query, page * size, size).stream().map(this::toResponse).toList();
    return new PageResponse<>(items, page, size, repository.countUsers(query));
  }

  @Override
  public UserResponse user(long id) {
    admin("查看用户");
    return toResponse(findUser(id));
  }

  @Override
  public UserCredentialResponse createUser(CreateUserRequest request) {
    Caller caller = admin("创建用户");
    validator.valid(request);
    List<FieldViolation> violations = new ArrayList<>();
    if (repository.findUser(request.username()).isPresent()) {
      violations.add(
          new FieldViolation("username", "Unique", "用户名 " + request.username() + " 已被使用"));
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
    Caller caller = admin("修改用户");
    validator.valid(request);
    UserAccount account = findUser(id);
    List<FieldViolation> violations = new ArrayList<>();
    Unit unit = unitOrViolation(request.unitId(), violations);
    checkAccountRules(unit, request.roles(), request.expiresOn(), violations);
    if (account.getId() == caller.userId()) {
      if (!request.roles().contains(Role.ADMIN)) {
        violations.add(new FieldViolation("roles", "KeepOwnAdmin", "不能取消本人的系统管理员角色"));
      }
      if (request.expiresOn() != null) {
        violations.add(new FieldViolation("expiresOn", "NotSelf", "不能为本人账号设置有效期"));
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
    Caller caller = admin("停用用户");
    UserAccount account = findUser(id);
    if (account.getId() == caller.userId()) {
      throw new InvalidInputException("enabled", "NotSelf", "不能停用本人账号");
    }
    return setEnabled(caller, account, false);
  }

  @Override
  public UserResponse enableUser(long id) {
    Caller caller = admin("启用用户");
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
              enabled ? "停用" : "启用",
              enabled ? "启用" : "停用",
              account.getUsername()));
    }
    return toResponse(account);
  }

  @Override
  public UserCredentialResponse resetPassword(long id, PasswordResetRequest request) {
    Caller caller = admin("重置密码");
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
            generated != null ? "系统生成" : "管理员设定",
            account.getUsername()));
    return new UserCredentialResponse(toResponse(account), generated);
  }

  @Override
  public List<UnitOverviewResponse> units() {
    admin("查看单位");
    List<Unit> units = repository.units();
    Map<Long, Long> users = repository.userCountsByUnit();
    Map<Long, String> names = new HashMap<>();
    units.forEach(unit -> names.put(unit.getId(), unit.getName()));
    return units.stream().map(unit -> toOverview(unit, names, users)).toList();
  }

  @Override
  public UnitOverviewResponse createUnit(UnitRequest request) {
    Caller caller = admin("新建单位");
    validator.valid(request);
    List<FieldViolation> violations = new ArrayList<>();
    if (repository.findUnit(request.code()).isPresent()) {
      violations.add(new FieldViolation("code", "Unique", "单位代码 " + request.code() + " 已被使用"));
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
    Caller caller = admin("修改单位");
    validator.valid(request);
    Unit unit =
        repository.findUnitById(id).orElseThrow(() -> new EntityNotFoundException("unit", id));
    List<FieldViolation> violations = new ArrayList<>();
    if (!unit.getCode().equals(request.code())) {
      violations.add(new FieldViolation("code", "Immutable", "单位代码创建后不能修改"));
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
    Caller caller = admin("要求修改密码");
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
              "下次登录须修改密码",
              account.getUsername()));
    }
    return toResponse(account);
  }

  @Override
  public List<SupervisionPointOverviewResponse> supervisionPoints() {
    admin("查看监督点");
    Map<Long, Long> models = repository.modelCountsBySupervisionPoint();
    return repository.supervisionPoints().stream().map(point -> toOverview(point, models)).toList();
  }

  @Override
  public SupervisionPointOverviewResponse createSupervisionPoint(SupervisionPointRequest request) {
    Caller caller = admin("新建监督点");
    validator.valid(request);
    if (repository.findSupervisionPoint(request.code()).isPresent()) {
      throw new InvalidInputException("code", "Unique", "监督点代码 " + request.code() + " 已被使用");
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
    Caller caller = admin("修改监督点");
    validator.valid(request);
    SupervisionPoint point = findPoint(id);
    if (!point.getCode().equals(request.code())) {
      throw new InvalidInputException("code", "Immutable", "监督点代码创建后不能修改");
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
    return setActive(admin("停用监督点"), findPoint(id), false);
  }

  @Override
  public SupervisionPointOverviewResponse activateSupervisionPoint(long id) {
    return setActive(admin("启用监督点"), findPoint(id), true);
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
    Caller caller = admin("删除监督点");
    SupervisionPoint point = findPoint(id);
    long models = repository.modelCountsBySupervisionPoint().getOrDefault(point.getId(), 0L);
    if (models > 0) {
      throw new LifecycleViolationException(
          "监督点 " + point.getCode() + " 已被 " + models + " 个模型使用，不能删除；请改为停用");
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
    Caller caller = admin("修改试点默认阈值");
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
            "试点默认阈值"));
    return defaults.toResponse();
  }

  @Override
  public ReferenceImportResponse importUnits(byte[] csv) {
    Caller caller = admin("导入单位");
    return referenceData.importUnits(csv == null ? new byte[0] : csv, caller.username());
  }

  @Override
  public ReferenceImportResponse importSupervisionPoints(byte[] csv) {
    Caller caller = admin("导入监督点");
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
        + "；"
        + point.getBusinessLine()
        + (point.getHomogeneityCap() == null ? "" : "；上限 " + point.getHomogeneityCap())
        + (point.isActive() ? "" : "；已停用");
  }

  private Caller admin(String action) {
    return access.requireRole(Role.ADMIN, action);
  }

  private UserAccount findUser(long id) {
    return repository.findUserById(id).orElseThrow(() -> new EntityNotFoundException("user", id));
  }

  private Unit unitOrViolation(long unitId, List<FieldViolation> violations) {
    Unit unit = repository.findUnitById(unitId).orElse(null);
    if (unit == null) {
      violations.add(new FieldViolation("unitId", "Exists", "单位 " + unitId + " 不存在"));
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
      violations.add(new FieldViolation("roles", "ExternalReviewer", "特邀专家单位的账号只能担任评审专家"));
    }
    if (expiresOn == null) {
      violations.add(new FieldViolation("expiresOn", "ExternalExpires", "特邀专家单位的账号必须设定有效期"));
    } else if (expiresOn.isAfter(
        LocalDate.now(clock).plus(DefaultOrganisationService.MAX_GUEST_VALIDITY))) {
      violations.add(new FieldViolation("expiresOn", "MaxOneYear", "特邀专家账号有效期最长一年"));
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
        violations.add(new FieldViolation("parentId", "Cycle", "上级单位不能是本单位或其下级单位"));
        return;
      }
      Unit ancestor = repository.findUnitById(current).orElse(null);
      if (ancestor == null) {
        violations.add(new FieldViolation("parentId", "Exists", "单位 " + current + " 不存在"));
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
        account.roles().stream().sorted().toList(),
        account.isEnabled(),
        account.getExpiresAt(),
        account.isActiveAt(clock.instant()),
        account.getCreatedAt(),
        account.isPasswordChangeRequired(),
        account.getEmail());
  }

  private UnitOverviewResponse overview(Unit unit) {
    Map<Long, String> names = new HashMap<>();
    if (unit.getParentId() != null) {
      repository
          .findUnitById(unit.getParentId())
          .ifPresent(parent -> names.put(parent.getId(), parent.getName()));
    }
    return toOverview(unit, names, repository.userCountsByUnit());
  }

  private static UnitOverviewResponse toOverview(
      Unit unit, Map<Long, String> names, Map<Long, Long> users) {
    return new UnitOverviewResponse(
        unit.getId(),
        unit.getCode(),
        unit.getName(),
        unit.getNameEn(),
        unit.getKind(),
        unit.getParentId(),
        unit.getParentId() == null ? null : names.get(unit.getParentId()),
        unit.isCityWide(),
        users.getOrDefault(unit.getId(), 0L));
  }

  private static String describe(UserAccount account) {
    return account.getDisplayName()
        + "；单位 "
        + account.getUnit().getName()
        + "；角色 "
        + account.roles().stream().sorted().map(Role::label).toList()
        + (account.getExpiresAt() == null ? "" : "；有效期至 " + account.getExpiresAt());
  }

  private static String describe(Unit unit) {
    return unit.getCode()
        + " "
        + unit.getName()
        + " / "
        + unit.getNameEn()
        + "；"
        + unit.getKind()
        + (unit.getParentId() == null ? "" : "；上级 " + unit.getParentId())
        + (unit.isCityWide() ? "；全市范围" : "");
  }
}
