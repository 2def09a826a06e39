package org.autoinvoice.application.port.in;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.autoinvoice.domain.client.ClientId;

/**
 * What one auto-invoicing run did, counted per invoice (client, type, period): invoices created,
 * periods skipped for zero traffic (rule A5), periods already done (rule A4: the most recent due
 * period was handled before, or by a run working at the same time), and the clients that failed
 * (each with its reason; their failed period is retried by the next run). {@code runId} is the
 * {@code invoice_log} row.
 */
public record AutoInvoiceRunSummary(
    int runId,
    int clientsExamined,
    int invoicesCreated,
    int skippedZeroTraffic,
    int alreadyDone,
    List<Failure> failures) {

  /** A client whose invoicing failed, and why. */
  public record Failure(ClientId client, String reason) {
    public Failure {
      Objects.requireNonNull(client, "client");
      Objects.requireNonNull(reason, "reason");
    }
  }

  public AutoInvoiceRunSummary {
    failures = List.copyOf(failures);
    if (clientsExamined < 0 || invoicesCreated < 0 || skippedZeroTraffic < 0 || alreadyDone < 0) {
      throw new IllegalArgumentException("run summary counts must be >= 0");
    }
  }

  public int failed() {
    return failures.size();
  }

  /**
   * The one-line summary, e.g. {@code examined 6 clients: 4 invoices created, 1 skipped (zero
   * traffic), 0 already done, 1 failed (client 7: no such payment term)}.
   */
  public String line() {
    StringBuilder b =
        new StringBuilder()
            .append("examined ")
            .append(clientsExamined)
            .append(clientsExamined == 1 ? " client: " : " clients: ")
            .append(invoicesCreated)
            .append(invoicesCreated == 1 ? " invoice created, " : " invoices created, ")
            .append(skippedZeroTraffic)
            .append(" skipped (zero traffic), ")
            .append(alreadyDone)
            .append(" already done, ")
            .append(failures.size())
            .append(" failed");
    if (!failures.isEmpty()) {
      b.append(
          failures.stream()
              .map(f -> "client " + f.client() + ": " + f.reason())
              .collect(Collectors.joining("; ", " (", ")")));
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "run " + runId + ": " + line();
  }
}
