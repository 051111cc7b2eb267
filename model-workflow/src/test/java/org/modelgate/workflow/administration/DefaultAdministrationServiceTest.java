package org.modelgate.workflow.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.modelgate.api.administration.ChangeUserRequest;
import org.modelgate.api.administration.CreateUserRequest;
import org.modelgate.api.administration.PasswordResetRequest;
import org.modelgate.api.administration.UnitRequest;
import org.modelgate.api.administration.UserCredentialResponse;
import org.modelgate.api.failure.AccessDeniedException;
import org.modelgate.api.failure.FieldViolation;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.organisation.UnitKind;
import org.modelgate.api.security.Caller;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.model.AccessPolicy;
import org.modelgate.workflow.organisation.OrganisationRepository;
import org.modelgate.workflow.organisation.PasswordHashing;
import org.modelgate.workflow.organisation.Unit;
import org.modelgate.workflow.organisation.UserAccount;
import org.modelgate.workflow.security.CurrentCaller;
import org.modelgate.workflow.validation.RequestValidator;

/**
 * The administration rules beyond the requests' own constraints, on an in-memory organisation: who
 * may administer, unique names, invited experts, self-lockout, the unit tree, hashes only, and the
 * audit trail.
 */
class DefaultAdministrationServiceTest {

  static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");

  final InMemoryOrganisation repository = new InMemoryOrganisation();
  final List<AuditRecord> audited = new ArrayList<>();
  final FixedCaller caller = new FixedCaller();
  DefaultAdministrationService service;
  Unit city;
  Unit district;
  Unit external;
  UserAccount admin;

  @BeforeEach
  void organisation() {
    service = new DefaultAdministrationService();
    service.repository = repository;
    service.currentCaller = caller;
    service.credentialsChanged = noEvents();
    service.access =
        new AccessPolicy() {
          @Override
          public Caller caller() {
            return caller.get();
          }

          @Override
          public AccessDeniedException deny(Caller who, String code, Object... args) {
            return new AccessDeniedException(code, args);
          }
        };
    service.passwordHashing =
        new PasswordHashing() {
          @Override
          public String hash(String password) {
            return "hash(" + password + ")";
          }
        };
    service.validator =
        new RequestValidator() {
          @Override
          public <T> T valid(T request) {
            return request;
          }
        };
    service.audit =
        new AuditTrail() {
          @Override
          public void record(AuditRecord record) {
            audited.add(record);
          }
        };
    service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    city = repository.add(new Unit("XC", "宣城市人民检察院", "Xuancheng", UnitKind.CITY, null, false));
    district =
        repository.add(
            new Unit("XZ", "宣州区人民检察院", "Xuanzhou", UnitKind.GRASSROOTS, city.getId(), false));
    external = repository.add(new Unit("EXT", "特邀专家", "Experts", UnitKind.EXTERNAL, null, false));
    admin = repository.add(account("admin", city, Role.ADMIN));
    caller.as(admin);
  }

  @Test
  void shouldRefuseEveryoneButAdministrators() {
    caller.as(repository.add(account("leader", city, Role.LEADER)));

    assertThatThrownBy(() -> service.createUser(creator("newcomer", null)))
        .isInstanceOfSatisfying(
            AccessDeniedException.class,
            e -> {
              assertThat(e.code()).isEqualTo("access.role-required");
              assertThat(e.args()).containsEntry("role", Role.ADMIN);
            });
    assertThatThrownBy(() -> service.users(null, 0, 20)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.createUnit(unit("XC-9", null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(repository.findUser("newcomer")).isEmpty();
    assertThat(audited).isEmpty();
  }

  @Test
  void shouldStoreOnlyAHashAndAnswerAGeneratedPasswordOnce() {
    UserCredentialResponse created = service.createUser(creator("newcomer", null));

    String password = created.generatedPassword();
    assertThat(password).hasSize(20);
    UserAccount stored = repository.findUser("newcomer").orElseThrow();
    assertThat(stored.roles()).containsExactly(Role.CREATOR);
    assertThat(passwordHashOf(stored)).isEqualTo("hash(" + password + ")");
    assertThat(created.user().active()).isTrue();
    assertThat(audited)
        .singleElement()
        .satisfies(
            record -> {
              assertThat(record.action()).isEqualTo("USER_CREATED");
              assertThat(record.actor()).isEqualTo("admin");
              assertThat(record.toString()).doesNotContain(password);
            });
  }

  @Test
  void shouldNotAnswerAPasswordTheAdministratorChose() {
    UserCredentialResponse created =
        service.createUser(creator("newcomer", "a-long-secret-phrase"));

    assertThat(created.generatedPassword()).isNull();
    assertThat(passwordHashOf(repository.findUser("newcomer").orElseThrow()))
        .isEqualTo("hash(a-long-secret-phrase)");
  }

  @Test
  void shouldNameTheUsernameWhenItIsTakenAndTheUnitWhenItIsUnknown() {
    var request =
        new CreateUserRequest("admin", "重名", 987654L, Set.of(Role.CREATOR), null, null, null);

    assertThat(violations(() -> service.createUser(request)))
        .extracting(FieldViolation::field, FieldViolation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("username", "Unique"),
            org.assertj.core.groups.Tuple.tuple("unitId", "Exists"));
  }

  @Test
  void shouldLetInvitedExpertsOnlyReviewAndOnlyForAYear() {
    var creatorWithoutExpiry =
        new CreateUserRequest(
            "expert", "专家", external.getId(), Set.of(Role.CREATOR), null, null, null);
    var tooLong =
        new CreateUserRequest(
            "expert",
            "专家",
            external.getId(),
            Set.of(Role.REVIEWER),
            null,
            LocalDate.of(2028, 1, 1),
            null);

    assertThat(violations(() -> service.createUser(creatorWithoutExpiry)))
        .extracting(FieldViolation::rule)
        .containsExactly("ExternalReviewer", "ExternalExpires");
    assertThat(violations(() -> service.createUser(tooLong)))
        .extracting(FieldViolation::rule)
        .containsExactly("MaxOneYear");
    var valid =
        new CreateUserRequest(
            "expert",
            "专家",
            external.getId(),
            Set.of(Role.REVIEWER),
            null,
            LocalDate.of(2027, 6, 30),
            null);
    assertThat(service.createUser(valid).user().expiresAt())
        .isEqualTo(Instant.parse("2027-06-30T16:00:00Z"));
  }

  @Test
  void shouldNotLetAnAdministratorLockThemselfOut() {
    assertThat(violations(() -> service.disableUser(admin.getId())))
        .extracting(FieldViolation::rule)
        .containsExactly("NotSelf");
    var dropOwnAdmin = new ChangeUserRequest("王立", city.getId(), Set.of(Role.STAFF), null, null);
    assertThat(violations(() -> service.changeUser(admin.getId(), dropOwnAdmin)))
        .extracting(FieldViolation::rule)
        .containsExactly("KeepOwnAdmin");
    assertThat(admin.isEnabled()).isTrue();
    assertThat(admin.roles()).containsExactly(Role.ADMIN);
  }

  @Test
  void shouldDisableAndEnableAnAccountAndRecordEachChangeOnce() {
    UserAccount creator = repository.add(account("creator", district, Role.CREATOR));

    assertThat(service.disableUser(creator.getId()).active()).isFalse();
    service.disableUser(creator.getId());
    assertThat(service.enableUser(creator.getId()).active()).isTrue();

    assertThat(audited)
        .extracting(AuditRecord::action)
        .containsExactly("USER_DISABLED", "USER_ENABLED");
  }

  @Test
  void shouldChangeRolesAndUnitWithBeforeAndAfterInTheAuditTrail() {
    UserAccount creator = repository.add(account("creator", district, Role.CREATOR));

    var changed =
        service.changeUser(
            creator.getId(),
            new ChangeUserRequest(
                " 张明 ", city.getId(), Set.of(Role.CREATOR, Role.REVIEWER), null, null));

    assertThat(changed.roles()).containsExactly(Role.CREATOR, Role.REVIEWER);
    assertThat(changed.unitName()).isEqualTo("宣城市人民检察院");
    assertThat(changed.displayName()).isEqualTo("张明");
    assertThat(audited)
        .singleElement()
        .satisfies(
            record -> {
              assertThat(record.before()).contains("宣州区人民检察院");
              assertThat(record.after()).contains("宣城市人民检察院").contains("评审专家");
            });
  }

  @Test
  void shouldResetAPasswordToAGeneratedOne() {
    UserAccount creator = repository.add(account("creator", district, Role.CREATOR));

    String password =
        service.resetPassword(creator.getId(), new PasswordResetRequest(null)).generatedPassword();

    assertThat(passwordHashOf(creator)).isEqualTo("hash(" + password + ")");
    assertThat(audited).extracting(AuditRecord::action).containsExactly("PASSWORD_RESET");
  }

  @Test
  void shouldKeepUnitCodesUniqueAndFixed() {
    assertThat(violations(() -> service.createUnit(unit("XZ", city.getId()))))
        .extracting(FieldViolation::field, FieldViolation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("code", "Unique"));
    assertThat(violations(() -> service.changeUnit(district.getId(), unit("XZ-NEW", city.getId()))))
        .extracting(FieldViolation::rule)
        .containsExactly("Immutable");
  }

  @Test
  void shouldNotPutAUnitBelowItself() {
    assertThat(violations(() -> service.changeUnit(city.getId(), renamed(city, district.getId()))))
        .extracting(FieldViolation::field, FieldViolation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("parentId", "Cycle"));
    assertThat(violations(() -> service.changeUnit(city.getId(), renamed(city, city.getId()))))
        .extracting(FieldViolation::rule)
        .containsExactly("Cycle");
    assertThat(violations(() -> service.createUnit(unit("XC-9", 987654L))))
        .extracting(FieldViolation::rule)
        .containsExactly("Exists");
  }

  @Test
  void shouldCreateAUnitAndCountItsUsers() {
    var created = service.createUnit(unit("XC-9", city.getId()));
    repository.add(account("someone", repository.findUnit("XC-9").orElseThrow(), Role.STAFF));

    assertThat(created.parentName()).isEqualTo("宣城市人民检察院");
    assertThat(service.units())
        .filteredOn(unit -> unit.code().equals("XC-9"))
        .singleElement()
        .satisfies(unit -> assertThat(unit.users()).isEqualTo(1));
    assertThat(audited).extracting(AuditRecord::action).containsExactly("UNIT_CREATED");
  }

  private static CreateUserRequest creator(String username, String password) {
    return new CreateUserRequest(username, "新同事", 1L, Set.of(Role.CREATOR), password, null, null);
  }

  private static UnitRequest unit(String code, Long parentId) {
    return new UnitRequest(code, "第九检察部", "Ninth Department", UnitKind.DEPARTMENT, parentId, false);
  }

  private static UnitRequest renamed(Unit unit, Long parentId) {
    return new UnitRequest(
        unit.getCode(), unit.getName(), unit.getNameEn(), unit.getKind(), parentId, false);
  }

  private static UserAccount account(String username, Unit unit, Role role) {
    return new UserAccount(username, username, "hash", unit, Set.of(role), null, NOW);
  }

  private static List<FieldViolation> violations(Runnable action) {
    try {
      action.run();
    } catch (InvalidInputException e) {
      return e.violations();
    }
    throw new AssertionError("expected the input to be refused");
  }

  private static String passwordHashOf(UserAccount account) {
    try {
      Field hash = UserAccount.class.getDeclaredField("passwordHash");
      hash.setAccessible(true);
      return (String) hash.get(account);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** An event that nobody observes: the credential cache lives in the web layer. */
  @SuppressWarnings("unchecked")
  static <T> jakarta.enterprise.event.Event<T> noEvents() {
    return (jakarta.enterprise.event.Event<T>)
        java.lang.reflect.Proxy.newProxyInstance(
            DefaultAdministrationServiceTest.class.getClassLoader(),
            new Class<?>[] {jakarta.enterprise.event.Event.class},
            (proxy, method, arguments) -> null);
  }

  /** The signed-in administrator (or whoever the test says). */
  static final class FixedCaller extends CurrentCaller {
    private UserAccount account;

    void as(UserAccount account) {
      this.account = account;
    }

    @Override
    public UserAccount account() {
      return account;
    }

    @Override
    public Caller get() {
      return new Caller(
          account.getId(),
          account.getUsername(),
          account.getDisplayName(),
          account.getUnit().getId(),
          account.getUnit().isCityWide(),
          account.roles());
    }
  }

  /** Units and accounts in maps; ids are given as the database's sequences would. */
  static final class InMemoryOrganisation extends OrganisationRepository {
    private final Map<Long, Unit> units = new HashMap<>();
    private final Map<Long, UserAccount> users = new HashMap<>();
    private long nextId = 1;

    @Override
    public <T> T add(T entity) {
      try {
        Field id = entity.getClass().getDeclaredField("id");
        id.setAccessible(true);
        id.set(entity, nextId);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
      switch (entity) {
        case Unit unit -> units.put(nextId, unit);
        case UserAccount user -> users.put(nextId, user);
        default -> throw new IllegalArgumentException(entity.toString());
      }
      nextId++;
      return entity;
    }

    @Override
    public void flush() {}

    @Override
    public Optional<UserAccount> findUser(String username) {
      return users.values().stream().filter(u -> u.getUsername().equals(username)).findFirst();
    }

    @Override
    public Optional<UserAccount> findUserById(long id) {
      return Optional.ofNullable(users.get(id));
    }

    @Override
    public Optional<Unit> findUnit(String code) {
      return units.values().stream().filter(u -> u.getCode().equals(code)).findFirst();
    }

    @Override
    public Optional<Unit> findUnitById(long id) {
      return Optional.ofNullable(units.get(id));
    }

    @Override
    public List<Unit> units() {
      return units.values().stream().toList();
    }

    @Override
    public Map<Long, Long> userCountsByUnit() {
      Map<Long, Long> counts = new HashMap<>();
      users.values().forEach(user -> counts.merge(user.getUnit().getId(), 1L, Long::sum));
      return counts;
    }
  }
}
