package org.autoinvoice.application.port.out;

import java.util.function.Supplier;
import org.autoinvoice.domain.client.ClientId;

/**
 * Out-port: what invoice work reports to operations — phase timings, outcomes by kind, and the log
 * context (client id, invoice number) of the work in progress.
 */
public interface InvoiceObserver {
  /** Phases of making one invoice that are timed separately. */
  enum Phase {
    USAGE_QUERY,
    RENDER,
    WRITE
  }

  /** Work scoped to one client and invoice number; closing it leaves the log context. */
  interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  Scope enter(ClientId client, String invoiceNumber);

  <T> T time(Phase phase, Supplier<T> work);

  /** An invoice was committed (kind: "manual", "auto", "regenerate"). */
  void created(String kind);

  /** A request was refused as expected (reason: "overlap", "unknown_client", …). */
  void refused(String kind, String reason);

  /** Invoice work failed unexpectedly. */
  void failed(String kind, Throwable cause);

  /** An observer that records nothing, for tests and tools. */
  static InvoiceObserver silent() {
    return new InvoiceObserver() {
      @Override
      public Scope enter(ClientId client, String invoiceNumber) {
        return () -> {};
      }

      @Override
      public <T> T time(Phase phase, Supplier<T> work) {
        return work.get();
      }

      @Override
      public void created(String kind) {}

      @Override
      public void refused(String kind, String reason) {}

      @Override
      public void failed(String kind, Throwable cause) {}
    };
  }
}
