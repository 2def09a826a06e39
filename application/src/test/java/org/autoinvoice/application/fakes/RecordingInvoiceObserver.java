package org.autoinvoice.application.fakes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.autoinvoice.application.port.out.InvoiceObserver;
import org.autoinvoice.domain.client.ClientId;

/**
 * {@link InvoiceObserver} that remembers outcomes: created and refused kinds, and failures with the
 * client whose scope they were reported in (null outside any scope).
 */
public final class RecordingInvoiceObserver implements InvoiceObserver {
  /** A failure as reported, with the client of the scope it was reported in. */
  public record Failed(String kind, ClientId client, Throwable cause) {}

  private final List<String> created = new CopyOnWriteArrayList<>();
  private final List<String> refused = new CopyOnWriteArrayList<>();
  private final List<Failed> failed = new CopyOnWriteArrayList<>();
  private final ThreadLocal<ClientId> scope = new ThreadLocal<>();

  public List<String> created() {
    return List.copyOf(created);
  }

  public List<String> refused() {
    return List.copyOf(refused);
  }

  public List<Failed> failed() {
    return List.copyOf(failed);
  }

  @Override
  public Scope enter(ClientId client, String invoiceNumber) {
    ClientId outer = scope.get();
    scope.set(client);
    return () -> scope.set(outer);
  }

  @Override
  public <T> T time(Phase phase, Supplier<T> work) {
    return work.get();
  }

  @Override
  public void created(String kind) {
    created.add(kind);
  }

  @Override
  public void refused(String kind, String reason) {
    refused.add(kind + ":" + reason);
  }

  @Override
  public void failed(String kind, Throwable cause) {
    failed.add(new Failed(kind, scope.get(), cause));
  }
}
