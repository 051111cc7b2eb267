package org.modelgate.workflow.administration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.organisation.OrganisationRepository;
import org.modelgate.workflow.organisation.PasswordHashing;
import org.modelgate.workflow.organisation.Unit;
import org.modelgate.workflow.organisation.UserAccount;

/**
 * The first start of an installation, without demo data:
 *
 * <ol>
 *   <li>a database without any unit gets the shipped reference data (the Xuancheng organisation and
 *       the supervision-point taxonomy) unless {@code MODELGATE_REFERENCE_DATA=false};
 *   <li>with {@code MODELGATE_BOOTSTRAP_ADMIN=NAME} and no administrator yet, the account NAME is
 *       created as administrator of the unit {@code MODELGATE_BOOTSTRAP_UNIT} (default {@code
 *       XC-DPO}) with a generated one-time password, written once to the server log, that must be
 *       changed at the first sign-in. Once any administrator exists the setting is refused (logged
 *       and audited) and changes nothing.
 * </ol>
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class InstallationBootstrap {

  public static final String BOOTSTRAP_ADMIN = "MODELGATE_BOOTSTRAP_ADMIN";
  public static final String BOOTSTRAP_UNIT = "MODELGATE_BOOTSTRAP_UNIT";
  public static final String REFERENCE_DATA = "MODELGATE_REFERENCE_DATA";

  /** The unit of the first administrator unless configured: the Digital Procuratorate Office. */
  static final String DEFAULT_UNIT = "XC-DPO";

  /** As a username an administrator gives (CreateUserRequest). */
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

  private static final Logger LOG = Logger.getLogger(InstallationBootstrap.class.getName());

  @Inject OrganisationRepository repository;
  @Inject ReferenceDataImport referenceData;
  @Inject PasswordHashing passwordHashing;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @PostConstruct
  void start() {
    Config config = ConfigProvider.getConfig(InstallationBootstrap.class.getClassLoader());
    boolean loadReference = setting(config, REFERENCE_DATA).map(Boolean::parseBoolean).orElse(true);
    if (loadReference && repository.units().isEmpty()) {
      referenceData.importShipped(AuditRecord.SYSTEM);
      LOG.info("Reference data: the shipped units and supervision points were imported");
    }
    setting(config, BOOTSTRAP_ADMIN)
        .ifPresent(
            name ->
                createFirstAdministrator(
                    name, setting(config, BOOTSTRAP_UNIT).orElse(DEFAULT_UNIT)));
  }

  private static Optional<String> setting(Config config, String key) {
    return config.getOptionalValue(key, String.class).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** Creates the first administrator, or explains in the log why not. */
  void createFirstAdministrator(String username, String unitCode) {
    List<UserAccount> admins = repository.usersWithRole(Role.ADMIN);
    if (!admins.isEmpty()) {
      LOG.warning(
          () ->
              BOOTSTRAP_ADMIN
                  + "="
                  + username
                  + " refused: an administrator exists ("
                  + admins.getFirst().getUsername()
                  + "); nothing was changed. Remove the setting.");
      audit.recordDenial(
          new AuditRecord(
              AuditRecord.SYSTEM,
              "BOOTSTRAP_ADMIN_REFUSED",
              "User",
              username,
              null,
              null,
              null,
              "refused: an administrator exists; username=" + username));
      return;
    }
    if (!USERNAME.matcher(username).matches()) {
      LOG.severe(
          () ->
              BOOTSTRAP_ADMIN
                  + "="
                  + username
                  + " refused: a username has 3 to 64 characters a-z, 0-9, '.', '_' or '-'"
                  + " and starts with a letter or digit");
      return;
    }
    if (repository.findUser(username).isPresent()) {
      LOG.severe(() -> BOOTSTRAP_ADMIN + "=" + username + " refused: a user of that name exists");
      return;
    }
    Optional<Unit> unit = repository.findUnit(unitCode);
    if (unit.isEmpty()) {
      LOG.severe(
          () ->
              BOOTSTRAP_ADMIN
                  + "="
                  + username
                  + " refused: no unit "
                  + unitCode
                  + " (import the reference data or set "
                  + BOOTSTRAP_UNIT
                  + " to an existing unit code)");
      return;
    }
    String password = passwordHashing.generatePassword();
    UserAccount admin =
        repository.add(
            new UserAccount(
                username,
                username,
                passwordHashing.hash(password),
                unit.get(),
                Set.of(Role.ADMIN),
                null,
                clock.instant()));
    admin.setPasswordChangeRequired(true);
    repository.flush();
    audit.record(
        new AuditRecord(
            AuditRecord.SYSTEM,
            "BOOTSTRAP_ADMIN_CREATED",
            "User",
            String.valueOf(admin.getId()),
            null,
            null,
            "roles=[ADMIN]; unit="
                + unit.get().getCode()
                + "; password=one-time; passwordChangeRequired=true",
            username));
    // The only place the password is ever shown: the operator reads it from the console or log.
    LOG.warning(
        () ->
            "\n==== ModelGate: first administrator created ====\n"
                + "  user: "
                + username
                + " (unit "
                + unitCode
                + ")\n  one-time password: "
                + password
                + "\n  Sign in and change it now; it is shown only this once. Then remove "
                + BOOTSTRAP_ADMIN
                + ".\n================================================");
  }
}
