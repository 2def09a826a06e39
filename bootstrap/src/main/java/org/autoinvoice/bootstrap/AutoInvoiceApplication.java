package org.autoinvoice.bootstrap;

import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Environment;

/** Dropwizard entry point: wires the adapters around the application core. */
public class AutoInvoiceApplication extends Application<Configuration> {
  public static void main(String[] args) throws Exception {
    new AutoInvoiceApplication().run(args);
  }

  @Override
  public void run(Configuration configuration, Environment environment) {}
}
