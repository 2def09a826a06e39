package org.autoinvoice.application.port.out;

/**
 * An outbox message claimed by one dispatcher for one delivery attempt ({@code attempt} counts from
 * 1). The claim is a lease: if it is not settled in time the message becomes due again.
 */
public record ClaimedMail(long id, int attempt, QueuedInvoiceMail queued) {
  public ClaimedMail {
    if (attempt < 1 || queued == null) {
      throw new IllegalArgumentException("attempt must be >= 1 and queued must be present");
    }
  }
}
