package org.autoinvoice.bootstrap.cli;

import io.dropwizard.core.Application;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ServerCommand;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.sourceforge.argparse4j.inf.Namespace;
import org.autoinvoice.bootstrap.config.AutoInvoiceConfiguration;

/** Dropwizard's {@code server} command, reporting configuration mistakes as one line each. */
public final class AutoInvoiceServerCommand extends ServerCommand<AutoInvoiceConfiguration> {

  /** Creates the command for the application. */
  public AutoInvoiceServerCommand(Application<AutoInvoiceConfiguration> application) {
    super(application);
  }

  @Override
  public void onError(Cli cli, Namespace namespace, Throwable e) {
    Optional<List<String>> lines = StartupErrors.describe(e, label(namespace));
    if (lines.isPresent()) {
      lines.get().forEach(cli.getStdErr()::println);
      cli.getStdErr().flush();
    } else {
      super.onError(cli, namespace, e);
    }
  }

  static String label(Namespace namespace) {
    String file = namespace.getString("file");
    if (file == null) {
      return "config.ini";
    }
    Path name = Path.of(file).getFileName();
    return name == null ? file : name.toString();
  }
}
