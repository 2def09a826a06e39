package org.autoinvoice.bootstrap.cli;

import io.dropwizard.configuration.ConfigurationFactory;
import io.dropwizard.configuration.ConfigurationSourceProvider;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.Command;
import io.dropwizard.core.setup.Bootstrap;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.autoinvoice.bootstrap.config.AutoInvoiceConfiguration;
import org.autoinvoice.bootstrap.config.IniConfigurationSourceProvider;
import org.autoinvoice.bootstrap.config.IniTranslation;

/**
 * The {@code check config.ini} command: validates the file without starting anything, prints {@code
 * OK} and exits 0, or lists every problem (one line each) on stderr and exits 1.
 */
public final class CheckConfigCommand extends Command {

  /** The reason the command failed, after its problems have been printed. */
  static final class ConfigRejected extends Exception {
    private static final long serialVersionUID = 1L;

    ConfigRejected(String message) {
      super(message);
    }
  }

  private final PrintStream out;

  /** Creates the command, printing the verdict and warnings to {@code out}. */
  public CheckConfigCommand(PrintStream out) {
    super("check", "Checks config.ini and lists its problems, one per line");
    this.out = out;
  }

  @Override
  public void configure(Subparser subparser) {
    subparser.addArgument("file").nargs("?").setDefault("config.ini").help("config.ini to check");
  }

  @Override
  @SuppressWarnings("unchecked")
  public void run(Bootstrap<?> bootstrap, Namespace namespace) throws Exception {
    String file = namespace.getString("file");
    ConfigurationSourceProvider provider = bootstrap.getConfigurationSourceProvider();
    Bootstrap<AutoInvoiceConfiguration> typed = (Bootstrap<AutoInvoiceConfiguration>) bootstrap;
    List<String> warnings = List.of();
    try {
      if (provider instanceof IniConfigurationSourceProvider ini) {
        IniTranslation translation = ini.translate(file);
        warnings = translation.warnings();
      }
      ConfigurationFactory<AutoInvoiceConfiguration> factory =
          typed
              .getConfigurationFactoryFactory()
              .create(
                  AutoInvoiceConfiguration.class,
                  bootstrap.getValidatorFactory().getValidator(),
                  bootstrap.getObjectMapper(),
                  "dw");
      factory.build(provider, file);
    } catch (Exception e) {
      Optional<List<String>> lines =
          StartupErrors.describe(e, AutoInvoiceServerCommand.label(namespace));
      if (lines.isEmpty()) {
        throw e;
      }
      throw new ConfigRejected(String.join(System.lineSeparator(), lines.get()));
    }
    warnings.forEach(w -> out.println("warning: " + w));
    out.println(file + ": OK");
    out.flush();
  }

  @Override
  public void onError(Cli cli, Namespace namespace, Throwable e) {
    if (e instanceof ConfigRejected) {
      cli.getStdErr().println(e.getMessage());
      cli.getStdErr().flush();
    } else {
      super.onError(cli, namespace, e);
    }
  }
}
