package org.autoinvoice.bootstrap.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.autoinvoice.adapters.pdf.ITextInvoiceRenderer;
import org.autoinvoice.adapters.pdf.logo.HttpLogoSource;
import org.autoinvoice.adapters.pdf.store.FileDocumentStore;
import org.autoinvoice.adapters.persistence.PersistenceFactory;
import org.autoinvoice.application.port.out.InvoiceCreatedListener;
import org.autoinvoice.application.port.out.InvoiceObserver;
import org.autoinvoice.application.service.AutoInvoiceService;
import org.autoinvoice.application.service.InvoicePipeline;

/** An {@link AutoInvoiceService} on the real JDBI adapters, PDF renderer and file store. */
final class AutoInvoiceHarness {
  private AutoInvoiceHarness() {}

  static AutoInvoiceService service(
      javax.sql.DataSource pool, Path work, Clock clock, int workers) {
    PersistenceFactory persistence = new PersistenceFactory(org.jdbi.v3.core.Jdbi.create(pool));
    try {
      InvoicePipeline pipeline =
          new InvoicePipeline(
              persistence.usageQuery(),
              persistence.balanceQuery(),
              new ITextInvoiceRenderer(),
              new FileDocumentStore(work.resolve("invoice")),
              new HttpLogoSource(
                  URI.create("http://127.0.0.1:9/getInvoiceLogoUrl"),
                  work.resolve("logo.jpg"),
                  Path.of("..", "blank_logo.png"),
                  clock),
              InvoiceObserver.silent(),
              clock);
      return new AutoInvoiceService(
          persistence.clientDirectory(),
          persistence.invoiceRepository(),
          pipeline,
          InvoiceObserver.silent(),
          InvoiceCreatedListener.none(),
          clock,
          workers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One auto invoice as stored: side, period start and end (inclusive) instants. */
  record Stored(int type, Instant start, Instant end) {}

  /** The non-void auto invoices of {@code clientId} of {@code type}, in creation order. */
  static List<Stored> autoInvoices(DemoDatabase db, int clientId, int type) {
    return db
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT type, invoice_start, invoice_end FROM invoice WHERE client_id = :c"
                            + " AND type = :t AND create_type = 0 AND state <> -1"
                            + " ORDER BY invoice_id")
                    .bind("c", clientId)
                    .bind("t", type)
                    .mapToMap()
                    .list())
        .stream()
        .map(
            r ->
                new Stored(
                    ((Number) r.get("type")).intValue(),
                    instant(r.get("invoice_start")),
                    instant(r.get("invoice_end"))))
        .toList();
  }

  static Instant instant(Object value) {
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    throw new IllegalArgumentException("not a timestamp: " + value);
  }

  static long duplicates(DemoDatabase db) {
    return db.count(
        "SELECT count(*) FROM (SELECT client_id, type, invoice_start, invoice_end FROM invoice"
            + " WHERE create_type = 0 AND state <> -1"
            + " GROUP BY 1, 2, 3, 4 HAVING count(*) > 1) d");
  }
}
