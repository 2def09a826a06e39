package org.autoinvoice.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.configuration.ConfigurationValidationException;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import java.nio.file.Path;
import org.autoinvoice.bootstrap.cli.StartupErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IniConfigurationSourceProviderTest {

  @TempDir Path dir;

  @AfterEach
  void clearOverrides() {
    System.clearProperty("dw.http.port");
    System.clearProperty("dw.log.when");
  }

  private ConfigProblemsException problemsOf(String content) throws Exception {
    Path file = ConfigFixture.write(dir, content);
    return (ConfigProblemsException)
        org.assertj.core.api.Assertions.catchThrowable(() -> ConfigFixture.load(file));
  }

  @Test
  void readsEverySection() throws Exception {
    AutoInvoiceConfiguration c = ConfigFixture.load(ConfigFixture.write(dir, ConfigFixture.VALID));

    assertThat(c.getPostgres())
        .isEqualTo(
            new PostgresSettings(
                0, "data/postgres", "db.example", 5433, "softswitch4v5", "billing", "s3cret", 4));
    assertThat(c.getPostgres().embedded()).isFalse();
    assertThat(c.getLog())
        .isEqualTo(new LogSettings("logs/autoinvoice.log", 1, "MIDNIGHT", 1, 7, 10485760L, 0));
    assertThat(c.getInvoice().recordSccPayment()).isTrue();
    assertThat(c.getOther().blankLogo()).isEqualTo("blank_logo.png");
    assertThat(c.getScheduler()).isEqualTo(new SchedulerSettings(1, 0, 3));

    DataSourceFactory db = c.getDataSourceFactory();
    assertThat(db.getUrl()).isEqualTo("jdbc:postgresql://db.example:5433/softswitch4v5");
    assertThat(db.getUser()).isEqualTo("billing");
    assertThat(db.getMaxSize()).isEqualTo(4);

    DefaultServerFactory server = (DefaultServerFactory) c.getServerFactory();
    HttpConnectorFactory app = (HttpConnectorFactory) server.getApplicationConnectors().get(0);
    HttpConnectorFactory admin = (HttpConnectorFactory) server.getAdminConnectors().get(0);
    assertThat(app.getBindHost()).isEqualTo("0.0.0.0");
    assertThat(app.getPort()).isEqualTo(5050);
    assertThat(admin.getPort()).isEqualTo(5051);
  }

  @Test
  void appliesDefaultsForOptionalKeys() throws Exception {
    String minimal =
        """
        [postgres]
        embedded = 1
        [log]
        file = logs/a.log
        by_time = 1
        when = H
        [other]
        logo_file_get = http://ui.example/homes/getInvoiceLogoUrl
        """;
    AutoInvoiceConfiguration c = ConfigFixture.load(ConfigFixture.write(dir, minimal));

    assertThat(c.getHttp()).isEqualTo(new HttpSettings("127.0.0.1", 5000, 5001));
    assertThat(c.getPostgres().embedded()).isTrue();
    assertThat(c.getPostgres().poolSize()).isEqualTo(10);
    assertThat(c.getInvoice()).isEqualTo(new InvoiceSettings("app/invoice", 0));
    assertThat(c.getOther().logoFile()).isEqualTo("logo.jpg");
    assertThat(c.getOther().blankLogo()).isEqualTo("blank_logo");
    assertThat(c.getScheduler().workers()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(c.getLog().interval()).isEqualTo(1);
    assertThat(c.getLog().backupCount()).isZero();
  }

  @Test
  void missingKeyNamesSectionKeyAndExpectedForm() throws Exception {
    ConfigProblemsException e =
        problemsOf(ConfigFixture.VALID.replace("file = logs/autoinvoice.log\n", ""));

    assertThat(e.problems()).containsExactly("config.ini [log] file: missing, expected a value");
  }

  @Test
  void externalDatabaseNeedsItsHost() throws Exception {
    ConfigProblemsException e = problemsOf(ConfigFixture.VALID.replace("host = db.example\n", ""));

    assertThat(e.problems())
        .containsExactly("config.ini [postgres] host: missing, expected a value");
  }

  @Test
  void unknownValueIsOneLineWithTheExpectedForm() throws Exception {
    ConfigProblemsException e =
        problemsOf(ConfigFixture.VALID.replace("when = midnight", "when = X"));

    assertThat(e.problems())
        .containsExactly(
            "config.ini [log] when = 'X': expected one of S, M, H, D, W0-W6, midnight");
    assertThat(e.getMessage()).doesNotContain("\n");
  }

  @Test
  void unknownFlagValue() throws Exception {
    ConfigProblemsException e =
        problemsOf(
            ConfigFixture.VALID.replace("record_scc_payment = 1", "record_scc_payment = yes"));

    assertThat(e.problems())
        .containsExactly("config.ini [invoice] record_scc_payment = 'yes': expected 0 or 1");
  }

  @Test
  void malformedNumbersAreAllReported() throws Exception {
    ConfigProblemsException e =
        problemsOf(
            ConfigFixture.VALID
                .replace("port = 5050", "port = 50x0")
                .replace("backup_count = 7", "backup_count = -1")
                .replace("admin_port = 5051", "admin_port = 70000"));

    assertThat(e.problems())
        .containsExactly(
            "config.ini [http] port = '50x0': expected a port number 0-65535",
            "config.ini [http] admin_port = '70000': expected a port number 0-65535",
            "config.ini [log] backup_count = '-1': expected a whole number >= 0");
  }

  @Test
  void malformedUrl() throws Exception {
    ConfigProblemsException e =
        problemsOf(
            ConfigFixture.VALID.replace(
                "logo_file_get = http://127.0.0.1/homes/getInvoiceLogoUrl",
                "logo_file_get = 127.0.0.1"));

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0))
        .startsWith("config.ini [other] logo_file_get = '127.0.0.1': expected an http(s) URL");
  }

  @Test
  void notAnIniFileIsOneProblem() throws Exception {
    ConfigProblemsException e = problemsOf("this is not ini\n");

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0)).startsWith("config.ini: not an INI file:");
  }

  @Test
  void unknownSectionsAndKeysAreWarnedAboutAndIgnored() throws Exception {
    Path file =
        ConfigFixture.write(
            dir,
            ConfigFixture.VALID.replace("admin_port = 5051", "admin_port = 5051\nlegacy_thing = 2")
                + "\n[extras]\nfoo = 1\n");
    IniTranslation translation = new IniConfigurationSourceProvider().translate(file.toString());

    assertThat(translation.warnings())
        .anySatisfy(w -> assertThat(w).startsWith("config.ini [extras]: unknown section ignored"))
        .contains("config.ini [http] legacy_thing: unknown key ignored");
    assertThat(ConfigFixture.load(file).getHttp().port()).isEqualTo(5050);
  }

  @Test
  void legacySpellingsAreAccepted() throws Exception {
    String legacy =
        ConfigFixture.VALID
            .replace("when = midnight", "alert_rules_when = w3")
            .replace("backup_count = 7", "backupCount = 5")
            .replace("max_bytes = 10485760", "maxBytes = 2048")
            .replace("debug_level = 0\n", "")
            .replace("blank_logo = blank_logo.png", "blank_logo = blank_logo.png\ndebug_level = 1");
    LogSettings log = ConfigFixture.load(ConfigFixture.write(dir, legacy)).getLog();

    assertThat(log.when()).isEqualTo("W3");
    assertThat(log.backupCount()).isEqualTo(5);
    assertThat(log.maxBytes()).isEqualTo(2048L);
    assertThat(log.debug()).isTrue();
  }

  @Test
  void keysAreCaseInsensitiveLikeConfigparser() throws Exception {
    String upper = ConfigFixture.VALID.replace("pool_size = 4", "POOL_SIZE = 6");

    assertThat(ConfigFixture.load(ConfigFixture.write(dir, upper)).getPostgres().poolSize())
        .isEqualTo(6);
  }

  @Test
  void systemPropertyOverridesApplyToTheTree() throws Exception {
    Path file = ConfigFixture.write(dir, ConfigFixture.VALID);
    System.setProperty("dw.http.port", "6000");

    AutoInvoiceConfiguration c = ConfigFixture.load(file);

    assertThat(c.getHttp().port()).isEqualTo(6000);
    DefaultServerFactory server = (DefaultServerFactory) c.getServerFactory();
    assertThat(((HttpConnectorFactory) server.getApplicationConnectors().get(0)).getPort())
        .isEqualTo(6000);
  }

  @Test
  void badOverridesAreCaughtByBeanValidationAndReportedOnOneLine() throws Exception {
    Path file = ConfigFixture.write(dir, ConfigFixture.VALID);
    System.setProperty("dw.log.when", "fortnight");

    Throwable e = org.assertj.core.api.Assertions.catchThrowable(() -> ConfigFixture.load(file));

    assertThat(e).isInstanceOf(ConfigurationValidationException.class);
    assertThat(StartupErrors.describe(e, "config.ini").orElseThrow())
        .containsExactly(
            "config.ini [log] when = 'fortnight': expected one of S, M, H, D, W0-W6, midnight");
  }

  @Test
  void missingFileIsOneProblemNamingThePath() {
    String path = dir.resolve("nope.ini").toString();
    assertThatThrownBy(() -> new IniConfigurationSourceProvider().translate(path))
        .isInstanceOf(ConfigProblemsException.class)
        .hasMessageStartingWith(path + ": cannot be read");
  }
}
