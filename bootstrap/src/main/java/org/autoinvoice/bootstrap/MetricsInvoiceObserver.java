package org.autoinvoice.bootstrap;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.util.function.Supplier;
import org.autoinvoice.application.port.out.InvoiceObserver;
import org.autoinvoice.domain.client.ClientId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Reports invoice work to the admin {@code /metrics} (timers per phase, meters per outcome, e.g.
 * {@code invoices.manual.created}, {@code invoices.manual.refused.overlap}) and puts the client id
 * and invoice number into the log lines (MDC) while one invoice is being made.
 */
final class MetricsInvoiceObserver implements InvoiceObserver {
  private static final Logger LOG = LoggerFactory.getLogger(MetricsInvoiceObserver.class);

  private final MetricRegistry metrics;

  MetricsInvoiceObserver(MetricRegistry metrics) {
    this.metrics = metrics;
  }

  @Override
  public Scope enter(ClientId client, String invoiceNumber) {
    String previousClient = MDC.get("client_id");
    String previousNumber = MDC.get("invoice_number");
    MDC.put("client_id", client.toString());
    MDC.put("invoice_number", invoiceNumber);
    return () -> {
      restore("client_id", previousClient);
      restore("invoice_number", previousNumber);
    };
  }

  private static void restore(String key, String value) {
    if (value == null) {
      MDC.remove(key);
    } else {
      MDC.put(key, value);
    }
  }

  @Override
  public <T> T time(Phase phase, Supplier<T> work) {
    Timer timer = metrics.timer("invoices.phase." + phase.name().toLowerCase());
    try (Timer.Context ignored = timer.time()) {
      return work.get();
    }
  }

  @Override
  public void created(String kind) {
    metrics.meter("invoices." + kind + ".created").mark();
    LOG.info("{} invoice created", kind);
  }

  @Override
  public void refused(String kind, String reason) {
    metrics.meter("invoices." + kind + ".refused." + reason).mark();
    LOG.info("{} invoice refused: {}", kind, reason);
  }

  @Override
  public void failed(String kind, Throwable cause) {
    metrics.meter("invoices." + kind + ".failed").mark();
    LOG.error("{} invoice failed: {}", kind, cause.toString(), cause);
  }
}
