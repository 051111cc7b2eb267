package org.modelgate.workflow.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.administration.ReferenceDataImport;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.csv.CsvRecords;
import org.modelgate.workflow.organisation.OrganisationRepository;
import org.modelgate.workflow.organisation.PasswordHashing;
import org.modelgate.workflow.organisation.UserAccount;
import org.modelgate.workflow.persistence.DatabaseSettings;

/**
 * Loads the demo users ({@code demo/users.csv}) when {@code MODELGATE_DEMO_DATA} is on (and the
 * shipped reference data, if the database has no unit yet). Idempotent: every row is looked up by
 * its natural key first, so a second start adds nothing.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "InstallationBootstrap"})
public class DemoDataLoader {

  /** The password of every demo user; the README lists them. */
  public static final String DEMO_PASSWORD = "modelgate-demo";

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  /** The demo users, one per role: data, like the reference data. */
  static final String USERS = "demo/users.csv";

  record UserSeed(String username, String displayName, String unit, Role role, Duration validFor) {}

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
    for (UserSeed seed : users()) {
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

  /** The shipped demo users ({@code username,display_name,unit,role,valid_days}). */
  static List<UserSeed> users() {
    List<UserSeed> seeds = new ArrayList<>();
    try (InputStream in = DemoDataLoader.class.getClassLoader().getResourceAsStream(USERS)) {
      if (in == null) {
        throw new IllegalStateException("demo data " + USERS + " missing from the build");
      }
      CsvRecords records = new CsvRecords(in);
      records.next(); // the header
      for (CsvRecords.Record record = records.next(); record != null; record = records.next()) {
        List<String> cells = record.fields();
        seeds.add(
            new UserSeed(
                cells.get(0),
                cells.get(1),
                cells.get(2),
                Role.valueOf(cells.get(3)),
                cells.get(4).isEmpty() ? null : Duration.ofDays(Long.parseLong(cells.get(4)))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CsvRecords.UnreadableException e) {
      throw new IllegalStateException("demo data " + USERS + " unreadable: " + e.getMessage(), e);
    }
    return seeds;
  }
}
