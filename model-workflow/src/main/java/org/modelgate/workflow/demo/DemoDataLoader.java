package org.modelgate.workflow.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.administration.ReferenceDataImport;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.organisation.OrganisationRepository;
import org.modelgate.workflow.organisation.PasswordHashing;
import org.modelgate.workflow.organisation.UserAccount;
import org.modelgate.workflow.persistence.DatabaseSettings;

/**
 * Loads the demo users when {@code MODELGATE_DEMO_DATA} is on (and the shipped reference data, if
 * the database has no unit yet). Idempotent: every row is looked up by its natural key first, so a
 * second start adds nothing.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "InstallationBootstrap"})
public class DemoDataLoader {

  /** The password of every demo user; the README lists them. */
  public static final String DEMO_PASSWORD = "modelgate-demo";

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  private record UserSeed(
      String username, String displayName, String unit, Role role, Duration validFor) {}

  private static final List<UserSeed> USERS =
      List.of(
          new UserSeed("admin", "王立（系统管理员）", "XC-DPO", Role.ADMIN, null),
          new UserSeed("creator", "张明（宣州区院检察官）", "XZ", Role.CREATOR, null),
          new UserSeed("creator2", "李娜（第四检察部检察官）", "XC-4", Role.CREATOR, null),
          new UserSeed("leader", "陈刚（副检察长）", "XC", Role.LEADER, null),
          new UserSeed("leader2", "刘芳（第一检察部主任）", "XC-1", Role.LEADER, null),
          new UserSeed("staff", "赵敏（数字检察办公室）", "XC-DPO", Role.STAFF, null),
          new UserSeed("staff-langxi", "孙伟（郎溪县院）", "LX", Role.STAFF, null),
          new UserSeed("reviewer", "周静（第二检察部业务专家）", "XC-2", Role.REVIEWER, null),
          new UserSeed(
              "guest-reviewer", "吴海（特邀专家，合肥市院）", "EXT", Role.REVIEWER, Duration.ofDays(365)));

  @Inject DatabaseSettings settings;
  @Inject OrganisationRepository repository;
  @Inject ReferenceDataImport referenceData;
  @Inject PasswordHashing passwordHashing;
  @Inject Clock clock;

  @PostConstruct
  void load() {
    if (!settings.demoData()) {
      return;
    }
    // The organisation and the taxonomy are reference data, shipped apart from the demo users.
    if (referenceData.organisationEmpty()) {
      referenceData.importShipped(AuditRecord.SYSTEM);
    }
    int added = 0;
    Instant now = clock.instant();
    for (UserSeed seed : USERS) {
      if (repository.findUser(seed.username()).isEmpty()) {
        repository.add(
            new UserAccount(
                seed.username(),
                seed.displayName(),
                passwordHashing.hash(DEMO_PASSWORD),
                repository.findUnit(seed.unit()).orElseThrow(),
                Set.of(seed.role()),
                seed.validFor() == null ? null : now.plus(seed.validFor()),
                now));
        added++;
      }
    }
    int rows = added;
    LOG.info(() -> "Demo data: " + rows + " rows added");
  }
}
