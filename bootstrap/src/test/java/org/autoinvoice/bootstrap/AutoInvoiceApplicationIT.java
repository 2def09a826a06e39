package org.autoinvoice.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.core.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import org.autoinvoice.bootstrap.config.AutoInvoiceConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Starts the service from the shipped config.ini on random ports. */
@ExtendWith(DropwizardExtensionsSupport.class)
class AutoInvoiceApplicationIT {

  private static final Path WORK = createWorkDir();

  static final DropwizardAppExtension<AutoInvoiceConfiguration> APP =
      new DropwizardAppExtension<>(
          AutoInvoiceApplication.class,
          Path.of("..", "config.ini").toString(),
          ConfigOverride.config("http.port", "0"),
          ConfigOverride.config("http.admin_port", "0"),
          ConfigOverride.config("log.file", WORK.resolve("logs/autoinvoice.log").toString()),
          ConfigOverride.config("invoice.dir", WORK.resolve("app/invoice").toString()),
          ConfigOverride.config("postgres.embedded", "1"),
          ConfigOverride.config("postgres.port", "0"),
          ConfigOverride.config("postgres.data_dir", WORK.resolve("data/postgres").toString()));

  private static Path createWorkDir() {
    try {
      return Files.createTempDirectory("autoinvoice-it");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void answersApiTestAndCreatesItsFolders() {
    Response response =
        APP.client().target("http://127.0.0.1:" + APP.getLocalPort() + "/apitest").request().get();

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.readEntity(String.class)).isEqualTo("running");
    assertThat(WORK.resolve("app/invoice")).isDirectory();
    assertThat(WORK.resolve("logs/autoinvoice.log")).exists();
  }

  @Test
  void embeddedDatabaseIsSeededAndHealthy() {
    Response response =
        APP.client()
            .target("http://127.0.0.1:" + APP.getAdminPort() + "/healthcheck")
            .request()
            .get();

    String body = response.readEntity(String.class);
    assertThat(response.getStatus()).as(body).isEqualTo(200);
    assertThat(body).contains("\"database\"").contains("\"healthy\":true");
    assertThat(WORK.resolve("data/postgres/PG_VERSION")).exists();
  }

  @Test
  void adminPortAnswersPing() {
    Response response =
        APP.client().target("http://127.0.0.1:" + APP.getAdminPort() + "/ping").request().get();

    assertThat(response.getStatus()).isEqualTo(200);
  }
}
