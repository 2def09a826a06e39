package org.autoinvoice.bench;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.autoinvoice.application.port.out.InvoiceObserver;
import org.autoinvoice.domain.client.ClientId;

/** An {@link InvoiceObserver} that adds up the time of each phase over all invoices and threads. */
final class PhaseTotals implements InvoiceObserver {
  private final Map<Phase, LongAdder> nanos = new EnumMap<>(Phase.class);
  private final Map<Phase, LongAdder> counts = new EnumMap<>(Phase.class);

  PhaseTotals() {
    for (Phase p : Phase.values()) {
      nanos.put(p, new LongAdder());
      counts.put(p, new LongAdder());
    }
  }

  @Override
  public Scope enter(ClientId client, String invoiceNumber) {
    return () -> {};
  }

  @Override
  public <T> T time(Phase phase, Supplier<T> work) {
    long t0 = System.nanoTime();
    try {
      return work.get();
    } finally {
      nanos.get(phase).add(System.nanoTime() - t0);
      counts.get(phase).increment();
    }
  }

  @Override
  public void created(String kind) {}

  @Override
  public void refused(String kind, String reason) {}

  @Override
  public void failed(String kind, Throwable cause) {}

  /** E.g. {@code phases usage_query 97.1 s (2000), render 60.2 s (2000), write 3.1 s (2000)}. */
  String line() {
    StringBuilder b = new StringBuilder("phases");
    for (Phase p : Phase.values()) {
      b.append(p == Phase.USAGE_QUERY ? " " : ", ")
          .append(p.name().toLowerCase(Locale.ROOT))
          .append(String.format(Locale.ROOT, " %.1f s", nanos.get(p).sum() / 1e9))
          .append(" (")
          .append(counts.get(p).sum())
          .append(")");
    }
    return b.toString();
  }
}
