package org.autoinvoice.bench;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.autoinvoice.adapters.pdf.ITextInvoiceRenderer;
import org.autoinvoice.adapters.pdf.store.FileDocumentStore;
import org.autoinvoice.adapters.persistence.PersistenceFactory;
import org.autoinvoice.application.port.in.AutoInvoiceRunCommand;
import org.autoinvoice.application.port.in.AutoInvoiceRunSummary;
import org.autoinvoice.application.port.out.LogoImage;
import org.autoinvoice.application.service.AutoInvoiceService;
import org.autoinvoice.application.service.InvoicePipeline;
import org.jdbi.v3.core.Jdbi;

/**
 * Stand-in for the admin task {@code POST /tasks/auto-invoice} while the service has none: one
 * automatic run in a child process wired like the service (pool of 10, iText renderer, file store,
 * {@link AutoInvoiceService} with one worker per core); prints the summary line, then {@code
 * peak-heap <bytes> peak-rss <bytes>}.
 */
public final class AutoRunMain {
  private AutoRunMain() {}

  /** Arguments: database port, invoice directory, logo PNG. */
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    Path invoiceDir = Path.of(args[1]);
    byte[] logo = Files.readAllBytes(Path.of(args[2]));
    DataSourceFactory f = new DataSourceFactory();
    f.setDriverClass("org.postgresql.Driver");
    f.setUrl("jdbc:postgresql://127.0.0.1:" + port + "/softswitch4v5");
    f.setUser("postgres");
    f.setPassword("");
    f.setMaxSize(10);
    ManagedDataSource pool = f.build(new MetricRegistry(), "bench-auto");
    pool.start();
    try {
      PersistenceFactory persistence = new PersistenceFactory(Jdbi.create(pool));
      Files.createDirectories(invoiceDir);
      Clock clock = Clock.systemUTC();
      PhaseTotals observer = new PhaseTotals();
      InvoicePipeline pipeline =
          new InvoicePipeline(
              persistence.usageQuery(),
              persistence.balanceQuery(),
              new ITextInvoiceRenderer(),
              new FileDocumentStore(invoiceDir),
              () -> new LogoImage(logo, "image/png"),
              observer,
              clock);
      AutoInvoiceService service =
          new AutoInvoiceService(
              persistence.clientDirectory(),
              persistence.invoiceRepository(),
              pipeline,
              observer,
              clock);
      AutoInvoiceRunSummary summary = service.run(AutoInvoiceRunCommand.now());
      System.out.println(summary.line());
      System.out.println(observer.line());
      long pid = ProcessHandle.current().pid();
      System.out.println(
          "peak-heap " + Memory.selfPeakHeap() + " peak-rss " + Memory.peakRss(pid).orElse(-1L));
    } finally {
      pool.stop();
    }
  }
}
