package org.autoinvoice.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.jdbi3.JdbiFactory;
import io.dropwizard.util.JarLocation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Objects;
import org.autoinvoice.adapters.web.ApiTestResource;
import org.autoinvoice.bootstrap.cli.AutoInvoiceServerCommand;
import org.autoinvoice.bootstrap.cli.CheckConfigCommand;
import org.autoinvoice.bootstrap.config.AutoInvoiceConfiguration;
import org.autoinvoice.bootstrap.config.IniConfigurationSourceProvider;
import org.jdbi.v3.core.Jdbi;

/**
 * Dropwizard entry point: reads config.ini ({@code server config.ini}, {@code check config.ini})
 * and wires the adapters around the application core.
 */
public class AutoInvoiceApplication extends Application<AutoInvoiceConfiguration> {

  private final Clock clock;
  private final PrintStream stdout;

  /** The production application, on the system UTC clock. */
  public AutoInvoiceApplication() {
    this(Clock.systemUTC(), System.out);
  }

  /** An application on {@code clock}, printing command output to {@code stdout}. */
  public AutoInvoiceApplication(Clock clock, PrintStream stdout) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.stdout = Objects.requireNonNull(stdout, "stdout");
  }

  /** Runs the command line, e.g. {@code server config.ini} or {@code check config.ini}. */
  public static void main(String[] args) throws Exception {
    new AutoInvoiceApplication().run(args);
  }

  @Override
  public String getName() {
    return "autoinvoice";
  }

  @Override
  protected void addDefaultCommands(Bootstrap<AutoInvoiceConfiguration> bootstrap) {
    bootstrap.addCommand(new AutoInvoiceServerCommand(this));
    bootstrap.addCommand(new CheckConfigCommand(stdout));
  }

  @Override
  public void initialize(Bootstrap<AutoInvoiceConfiguration> bootstrap) {
    bootstrap.setConfigurationSourceProvider(new IniConfigurationSourceProvider());
    bootstrap.setConfigurationFactoryFactory(
        (klass, validator, objectMapper, propertyPrefix) ->
            new YamlConfigurationFactory<>(klass, validator, objectMapper, propertyPrefix) {
              @Override
              protected AutoInvoiceConfiguration build(JsonNode node, String path)
                  throws IOException, ConfigurationException {
                AutoInvoiceConfiguration configuration = super.build(node, path);
                configuration.useClock(clock);
                return configuration;
              }
            });
  }

  @Override
  public void run(AutoInvoiceConfiguration configuration, Environment environment) {
    StartupFolders.prepareInvoiceDir(configuration);
    DatabaseBootstrap database = new DatabaseBootstrap(configuration.getPostgres(), clock);
    DataSourceFactory dataSource = database.prepare();
    // Managed objects stop in reverse order: the pool built below stops before the database.
    environment.lifecycle().manage(database);
    Jdbi jdbi = new JdbiFactory().build(environment, dataSource, "database");
    environment.jersey().register(new ApiTestResource());
  }

  /** The command line as {@link #run(String...)} builds it, writing to the given streams. */
  Cli newCli(OutputStream out, OutputStream err) {
    Bootstrap<AutoInvoiceConfiguration> bootstrap = new Bootstrap<>(this);
    addDefaultCommands(bootstrap);
    initialize(bootstrap);
    return new Cli(new JarLocation(getClass()), bootstrap, out, err);
  }
}
