package org.autoinvoice.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.db.DataSourceFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The {@code [postgres]} section: where the softswitch database is, or that it is embedded. */
public record PostgresSettings(
    @JsonProperty("embedded")
        @NotNull
        @Min(value = 0, message = "expected 0 or 1")
        @Max(value = 1, message = "expected 0 or 1")
        Integer embeddedFlag,
    @JsonProperty("data_dir") @NotBlank(message = "expected a directory path") String dataDir,
    @JsonProperty("host") @NotBlank(message = "expected a host name or IP address") String host,
    @JsonProperty("port")
        @NotNull
        @Min(value = 0, message = "expected a port number 0-65535")
        @Max(value = 65535, message = "expected a port number 0-65535")
        Integer port,
    @JsonProperty("dbname") @NotBlank(message = "expected a database name") String dbname,
    @JsonProperty("user") @NotBlank(message = "expected a user name") String user,
    @JsonProperty("password") @NotNull String password,
    @JsonProperty("pool_size") @NotNull @Min(value = 1, message = "expected a whole number >= 1")
        Integer poolSize) {

  /** True when the service starts its own PostgreSQL under {@code data/postgres}. */
  public boolean embedded() {
    return embeddedFlag != null && embeddedFlag == 1;
  }

  /** The JDBC URL for {@code host}, {@code port} and {@code dbname}. */
  public String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + dbname;
  }

  /**
   * A Dropwizard pool for these settings (used as is when {@code embedded = 0}; for the embedded
   * server the caller replaces the URL).
   */
  public DataSourceFactory toDataSourceFactory() {
    DataSourceFactory factory = new DataSourceFactory();
    factory.setDriverClass("org.postgresql.Driver");
    factory.setUrl(jdbcUrl());
    factory.setUser(user);
    factory.setPassword(password);
    factory.setMaxSize(poolSize);
    factory.setMinSize(Math.min(poolSize, 1));
    factory.setInitialSize(Math.min(poolSize, 1));
    // after a database restart, dead pooled connections are dropped instead of failing requests:
    // validate on every borrow (the pool's default skips connections validated in the last 30 s)
    factory.setCheckConnectionOnBorrow(true);
    factory.setValidationInterval(io.dropwizard.util.Duration.milliseconds(0));
    return factory;
  }
}
