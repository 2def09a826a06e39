package org.autoinvoice.bench;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.autoinvoice.adapters.pdf.ITextInvoiceRenderer;
import org.autoinvoice.adapters.persistence.BenchUsageStatement;
import org.autoinvoice.adapters.persistence.PersistenceFactory;
import org.autoinvoice.application.port.out.InvoiceDocument;
import org.autoinvoice.application.port.out.LogoImage;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.invoice.CreateType;
import org.autoinvoice.domain.invoice.Invoice;
import org.autoinvoice.domain.invoice.InvoiceAssembler;
import org.autoinvoice.domain.invoice.InvoiceInputs;
import org.autoinvoice.domain.invoice.InvoiceOptions;
import org.autoinvoice.domain.invoice.InvoiceType;
import org.autoinvoice.domain.invoice.SystemParameters;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.autoinvoice.domain.period.ZoneSpec;
import org.autoinvoice.domain.usage.Direction;
import org.autoinvoice.domain.usage.UsageRecord;
import org.jdbi.v3.core.Jdbi;

/**
 * The raw limits, measured in this process on the same pool kind as the service (Dropwizard's
 * tomcat pool): the usage statement of {@code JdbiUsageQuery} alone (exact SQL over JDBC, and
 * through the adapter), and iText rendering alone of invoice content assembled from its result.
 */
public final class RawLimits implements AutoCloseable {
  private final ManagedDataSource pool;
  private final PersistenceFactory persistence;
  private final ITextInvoiceRenderer renderer = new ITextInvoiceRenderer();
  private final LogoImage logo;
  private final InvoicePeriod period;
  private final LocalDate invoiceDate;

  /** Raw work against the database on {@code port}, for the period [first, endExclusive). */
  public RawLimits(int port, LocalDate first, LocalDate endExclusive, byte[] logoPng)
      throws Exception {
    DataSourceFactory f = new DataSourceFactory();
    f.setDriverClass("org.postgresql.Driver");
    f.setUrl("jdbc:postgresql://127.0.0.1:" + port + "/softswitch4v5");
    f.setUser("postgres");
    f.setPassword("");
    f.setMaxSize(4);
    f.setMinSize(1);
    f.setInitialSize(1);
    pool = f.build(new MetricRegistry(), "bench-raw");
    pool.start();
    persistence = new PersistenceFactory(Jdbi.create(pool));
    logo = new LogoImage(logoPng, "image/png");
    period = InvoicePeriod.ofDates(first, endExclusive.minusDays(1), ZoneSpec.UTC);
    invoiceDate = endExclusive;
  }

  public InvoicePeriod period() {
    return period;
  }

  /** Times the exact usage statement over JDBC, reading every column of every row. */
  public double sqlOnly(int clientId) {
    Optional<BenchUsageStatement> s =
        BenchUsageStatement.of(
            persistence.jdbi(), new ClientId(clientId), Direction.INGRESS, period, false);
    if (s.isEmpty()) {
      return 0;
    }
    long t0 = System.nanoTime();
    persistence
        .jdbi()
        .useHandle(
            h ->
                h.createQuery(s.get().sql())
                    .bindMap(s.get().parameters())
                    .scanResultSet(
                        (supplier, ctx) -> {
                          ResultSet rs = supplier.get();
                          int columns = rs.getMetaData().getColumnCount();
                          long n = 0;
                          while (rs.next()) {
                            for (int i = 1; i <= columns; i++) {
                              rs.getObject(i);
                            }
                            n++;
                          }
                          return n;
                        }));
    return (System.nanoTime() - t0) / 1e9;
  }

  /** One client's usage through the adapter ({@code JdbiUsageQuery.usage}). */
  public List<UsageRecord> usage(int clientId) {
    return persistence.usageQuery().usage(new ClientId(clientId), Direction.INGRESS, period, false);
  }

  /**
   * The invoice content of a client: every section on ({@code manual}, like the manual form) or the
   * client's own options (like its automatic invoice).
   */
  public InvoiceDocument document(int clientId, List<UsageRecord> usage, boolean manual) {
    Client client =
        persistence
            .clientDirectory()
            .findClient(new ClientId(clientId))
            .orElseThrow(() -> new IllegalStateException("no client " + clientId));
    InvoiceOptions options = manual ? InvoiceOptions.all() : client.defaultOptions();
    var balances = persistence.balanceQuery();
    Invoice invoice =
        InvoiceAssembler.assemble(
            new InvoiceInputs(
                client,
                options,
                InvoiceType.CLIENT,
                manual ? CreateType.MANUAL : CreateType.AUTO,
                period,
                invoiceDate,
                invoiceDate.plusDays(15),
                "BENCH-" + clientId,
                usage,
                List.of(),
                balances.paymentsAndCredits(client.id(), period),
                balances.closingBalanceBefore(
                    client.id(), options.balanceType(), period.start().toLocalDate()),
                balances.currentBalance(client.id())));
    SystemParameters parameters = persistence.clientDirectory().systemParameters();
    return new InvoiceDocument(invoice, client, parameters, logo);
  }

  /** Renders {@code document} to a counting null stream; returns the PDF's size in bytes. */
  public long render(InvoiceDocument document) throws IOException {
    long[] size = {0};
    OutputStream out =
        new OutputStream() {
          @Override
          public void write(int b) {
            size[0]++;
          }

          @Override
          public void write(byte[] b, int off, int len) {
            size[0] += len;
          }
        };
    renderer.render(document, out);
    return size[0];
  }

  /** Median of {@code values}. */
  public static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /** Runs {@code work} once to warm up, then {@code repeats} times; the times in seconds. */
  public static List<Double> timed(int repeats, ThrowingRunnable work) throws Exception {
    work.run();
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < repeats; i++) {
      long t0 = System.nanoTime();
      work.run();
      times.add((System.nanoTime() - t0) / 1e9);
    }
    return times;
  }

  /** Work that may throw. */
  @FunctionalInterface
  public interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Override
  public void close() throws Exception {
    pool.stop();
  }
}
