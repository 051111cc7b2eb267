package org.modelgate.workflow.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

  private static DatabaseSettings settings(Map<String, String> values) {
    return DatabaseSettings.from(key -> Optional.ofNullable(values.get(key)));
  }

  @Test
  void shouldDefaultToH2FileUnderAbsoluteDataDirWithDemoData() {
    DatabaseSettings settings = settings(Map.of());

    Path expectedDir = Path.of("data").toAbsolutePath().normalize();
    assertThat(settings.dataDir()).isEqualTo(expectedDir);
    assertThat(settings.url()).startsWith("jdbc:h2:file:" + expectedDir.resolve("modelgate"));
    assertThat(settings.user()).isEqualTo("sa");
    assertThat(settings.demoData()).isTrue();
  }

  @Test
  void shouldPlaceH2DatabaseInConfiguredDataDir() {
    DatabaseSettings settings = settings(Map.of("MODELGATE_DATA_DIR", "/var/lib/modelgate"));

    assertThat(settings.url()).startsWith("jdbc:h2:file:/var/lib/modelgate/modelgate;");
  }

  @Test
  void shouldTurnDemoDataOffForPostgresqlUnlessAskedFor() {
    var url = "jdbc:postgresql://db:5432/modelgate";

    DatabaseSettings plain =
        settings(
            Map.of(
                "MODELGATE_DB_URL", url, "MODELGATE_DB_USER", "mg", "MODELGATE_DB_PASSWORD", "s"));
    DatabaseSettings withDemo =
        settings(Map.of("MODELGATE_DB_URL", url, "MODELGATE_DEMO_DATA", "true"));

    assertThat(plain.url()).isEqualTo(url);
    assertThat(plain.user()).isEqualTo("mg");
    assertThat(plain.password()).isEqualTo("s");
    assertThat(plain.demoData()).isFalse();
    assertThat(withDemo.demoData()).isTrue();
  }

  @Test
  void shouldTreatBlankValuesAsUnset() {
    DatabaseSettings settings =
        settings(Map.of("MODELGATE_DB_URL", "  ", "MODELGATE_DEMO_DATA", ""));

    assertThat(settings.url()).startsWith("jdbc:h2:file:");
    assertThat(settings.demoData()).isTrue();
  }

  @Test
  void shouldNotShowThePasswordInToString() {
    DatabaseSettings settings =
        settings(
            Map.of(
                "MODELGATE_DB_URL",
                "jdbc:postgresql://db/mg",
                "MODELGATE_DB_PASSWORD",
                "secret-pw"));

    assertThat(settings.toString()).doesNotContain("secret-pw");
  }
}
