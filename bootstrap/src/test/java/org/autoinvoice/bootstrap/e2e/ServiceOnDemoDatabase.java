package org.autoinvoice.bootstrap.e2e;

import io.dropwizard.core.Application;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import org.autoinvoice.bootstrap.AutoInvoiceApplication;
import org.autoinvoice.bootstrap.config.AutoInvoiceConfiguration;

/** The service on a {@link DemoDatabase} under a given clock, as the end-to-end ITs start it. */
final class ServiceOnDemoDatabase {
  private ServiceOnDemoDatabase() {}

  static DropwizardTestSupport<AutoInvoiceConfiguration> app(
      DemoDatabase db, Path work, Clock clock, String enabled, String clustered) {
    return new DropwizardTestSupport<>(
        AutoInvoiceApplication.class,
        Path.of("..", "config.ini").toString(),
        ConfigOverride.config("http.port", "0"),
        ConfigOverride.config("http.admin_port", "0"),
        ConfigOverride.config("log.file", work.resolve("logs/autoinvoice.log").toString()),
        ConfigOverride.config("invoice.dir", work.resolve("invoice").toString()),
        ConfigOverride.config("postgres.embedded", "0"),
        ConfigOverride.config("postgres.host", "127.0.0.1"),
        ConfigOverride.config("postgres.port", Integer.toString(db.port())),
        ConfigOverride.config("postgres.dbname", "softswitch4v5"),
        ConfigOverride.config("postgres.user", "postgres"),
        ConfigOverride.config("other.logo_file_get", "http://127.0.0.1:9/getInvoiceLogoUrl"),
        ConfigOverride.config("other.logo_file", work.resolve("logo.jpg").toString()),
        ConfigOverride.config("other.blank_logo", Path.of("..", "blank_logo.png").toString()),
        ConfigOverride.config("scheduler.enabled", enabled),
        ConfigOverride.config("scheduler.clustered", clustered),
        ConfigOverride.config("scheduler.workers", "2")) {
      @Override
      public Application<AutoInvoiceConfiguration> newApplication() {
        return new AutoInvoiceApplication(clock, new PrintStream(OutputStream.nullOutputStream()));
      }
    };
  }
}
