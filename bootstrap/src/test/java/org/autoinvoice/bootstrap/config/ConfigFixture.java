package org.autoinvoice.bootstrap.config;

import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes config.ini files and loads them the way the application does. */
final class ConfigFixture {

  static final String VALID =
      """
      [postgres]
      embedded = 0
      host = db.example
      port = 5433
      dbname = softswitch4v5
      user = billing
      password = s3cret
      pool_size = 4

      [http]
      host = 0.0.0.0
      port = 5050
      admin_port = 5051

      [log]
      file = logs/autoinvoice.log
      by_time = 1
      when = midnight
      interval = 1
      backup_count = 7
      max_bytes = 10485760
      debug_level = 0

      [invoice]
      dir = app/invoice
      record_scc_payment = 1

      [other]
      logo_file_get = http://127.0.0.1/homes/getInvoiceLogoUrl
      logo_file = logo.jpg
      blank_logo = blank_logo.png

      [scheduler]
      enabled = 1
      clustered = 0
      workers = 3
      """;

  private ConfigFixture() {}

  static Path write(Path dir, String content) throws IOException {
    Path file = dir.resolve("config.ini");
    Files.writeString(file, content);
    return file;
  }

  static AutoInvoiceConfiguration load(Path file) throws Exception {
    return new YamlConfigurationFactory<>(
            AutoInvoiceConfiguration.class,
            Validators.newValidator(),
            Jackson.newObjectMapper(),
            "dw")
        .build(new IniConfigurationSourceProvider(), file.toString());
  }
}
