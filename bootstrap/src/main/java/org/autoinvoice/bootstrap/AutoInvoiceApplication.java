package org.autoinvoice.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.forms.MultiPartBundle;
import io.dropwizard.jdbi3.JdbiFactory;
import io.dropwizard.util.JarLocation;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import org.autoinvoice.adapters.pdf.ITextInvoiceRenderer;
import org.autoinvoice.adapters.pdf.logo.HttpLogoSource;
import org.autoinvoice.adapters.pdf.store.FileDocumentStore;
import org.autoinvoice.adapters.persistence.PersistenceFactory;
import org.autoinvoice.adapters.web.ApiTestResource;
import org.autoinvoice.adapters.web.DatabaseUnavailableExceptionMapper;
import org.autoinvoice.adapters.web.DoubledSlashFilter;
import org.autoinvoice.adapters.web.InvoiceLifecycleResource;
import org.autoinvoice.adapters.web.InvoicePdfResource;
import org.autoinvoice.adapters.web.ManualInvoiceResource;
import org.autoinvoice.adapters.web.PlainTextExceptionMapper;
import org.autoinvoice.application.port.out.DocumentStore;
import org.autoinvoice.application.port.out.InvoiceObserver;
import org.autoinvoice.application.service.InvoiceLifecycleService;
import org.autoinvoice.application.service.InvoicePipeline;
import org.autoinvoice.application.service.ManualInvoiceService;
import org.autoinvoice.bootstrap.cli.AutoInvoiceServerCommand;
import org.autoinvoice.bootstrap.cli.CheckConfigCommand;
import org.autoinvoice.bootstrap.config.AutoInvoiceConfiguration;
import org.autoinvoice.bootstrap.config.IniConfigurationSourceProvider;
import org.autoinvoice.bootstrap.config.OtherSettings;
import org.autoinvoice.bootstrap.scheduling.AutoInvoicingWiring;
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
    bootstrap.addBundle(new MultiPartBundle());
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
    ManagedDataSource pool = dataSource.build(environment.metrics(), "database");
    Jdbi jdbi = new JdbiFactory().build(environment, dataSource, pool, "database");
    PersistenceFactory persistence = new PersistenceFactory(jdbi);

    InvoiceObserver observer = new MetricsInvoiceObserver(environment.metrics());
    DocumentStore documents = fileStore(configuration);
    OtherSettings other = configuration.getOther();
    InvoicePipeline pipeline =
        new InvoicePipeline(
            persistence.usageQuery(),
            persistence.balanceQuery(),
            new ITextInvoiceRenderer(),
            documents,
            new HttpLogoSource(
                URI.create(other.logoFileGet()),
                Path.of(other.logoFile()),
                Path.of(other.blankLogo()),
                clock),
            observer,
            clock,
            configuration.getInvoice().recordSccPayment());
    ManualInvoiceService manual =
        new ManualInvoiceService(
            persistence.clientDirectory(), persistence.invoiceRepository(), pipeline, observer);
    InvoiceLifecycleService lifecycle =
        new InvoiceLifecycleService(
            persistence.clientDirectory(),
            persistence.invoiceRepository(),
            pipeline,
            documents,
            observer);

    // One-line text/plain errors instead of Dropwizard's JSON ones (rule D1).
    ((DefaultServerFactory) configuration.getServerFactory())
        .setRegisterDefaultExceptionMappers(false);
    environment.getApplicationContext().getServletHandler().setDecodeAmbiguousURIs(true);
    environment
        .servlets()
        .addFilter("doubled-slash", new DoubledSlashFilter())
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    environment.jersey().register(new PlainTextExceptionMapper());
    environment.jersey().register(new DatabaseUnavailableExceptionMapper());
    environment.jersey().register(new ApiTestResource());
    environment.jersey().register(new ManualInvoiceResource(manual, clock));
    environment.jersey().register(new InvoiceLifecycleResource(lifecycle, lifecycle));
    environment.jersey().register(new InvoicePdfResource(lifecycle));
    MailWiring mail =
        new MailWiring(
            environment,
            jdbi,
            Path.of(configuration.getInvoice().dir()),
            configuration.getMail(),
            clock);
    AutoInvoicingWiring.register(
        environment,
        configuration.getScheduler(),
        persistence.clientDirectory(),
        persistence.invoiceRepository(),
        pipeline,
        observer,
        mail.autoSendListener(),
        pool,
        clock);
  }

  private static DocumentStore fileStore(AutoInvoiceConfiguration configuration) {
    Path dir = Path.of(configuration.getInvoice().dir());
    try {
      return new FileDocumentStore(dir);
    } catch (IOException e) {
      throw new StartupException(
          "config.ini [invoice] dir: cannot use '" + dir.toAbsolutePath() + "': " + e.getMessage());
    }
  }

  /** The command line as {@link #run(String...)} builds it, writing to the given streams. */
  Cli newCli(OutputStream out, OutputStream err) {
    Bootstrap<AutoInvoiceConfiguration> bootstrap = new Bootstrap<>(this);
    addDefaultCommands(bootstrap);
    initialize(bootstrap);
    return new Cli(new JarLocation(getClass()), bootstrap, out, err);
  }
}
