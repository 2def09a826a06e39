package org.autoinvoice.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Out-port: the persistent outbox of invoice e-mails. A queued message is claimed by one dispatcher
 * at a time (even across service instances); a claim not settled within its lease (a crashed
 * worker) makes the message due again. Settling an attempt also writes its {@code email_log} row
 * (type 7) and, on success, sets the invoice's {@code state = 9} and {@code send_time}, in the same
 * transaction.
 */
public interface EmailOutbox {
  /** Stores a message, due at once; returns its id. */
  long enqueue(QueuedInvoiceMail mail, Instant now);

  /** Claims up to {@code limit} due messages (oldest first) for {@code lease}. */
  List<ClaimedMail> claimDue(Instant now, Duration lease, int limit);

  /** The attempt succeeded: message sent, log status 0, invoice marked sent. */
  void delivered(ClaimedMail mail, Instant at);

  /** The attempt failed transiently: log status 1 with {@code error}; due again at {@code next}. */
  void retryLater(ClaimedMail mail, Instant at, String error, Instant next);

  /** The attempt failed for good: log status 1 with {@code error}; the message is not retried. */
  void failed(ClaimedMail mail, Instant at, String error);
}
