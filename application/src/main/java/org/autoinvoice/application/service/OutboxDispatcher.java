package org.autoinvoice.application.service;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.autoinvoice.application.port.out.ClaimedMail;
import org.autoinvoice.application.port.out.EmailOutbox;
import org.autoinvoice.application.port.out.InvoiceMailData;
import org.autoinvoice.application.port.out.InvoiceMailer;
import org.autoinvoice.application.port.out.MailDeliveryException;
import org.autoinvoice.application.port.out.SmtpSettings;

/**
 * The background worker that sends queued invoice e-mails: it claims due messages from the {@link
 * EmailOutbox} (a lease, so a crashed worker's messages come back), hands each to the {@link
 * InvoiceMailer}, and settles the attempt — delivered, retried later with exponential backoff
 * ({@link MailRetryPolicy}) for transient failures, or failed for good. Every attempt is logged in
 * {@code email_log} by the outbox.
 *
 * <p>A message is sent at least once and, barring a crash between the server's acceptance and the
 * commit that settles it, exactly once.
 */
public final class OutboxDispatcher implements AutoCloseable {
  private static final Logger LOG = System.getLogger(OutboxDispatcher.class.getName());

  private final EmailOutbox outbox;
  private final InvoiceMailer mailer;
  private final InvoiceMailData data;
  private final Clock clock;
  private final MailRetryPolicy retry;
  private final Duration lease;
  private final int batchSize;
  private ScheduledExecutorService executor;

  /**
   * @param lease how long a claim lasts; longer than one SMTP conversation (connection and read
   *     timeouts included)
   */
  public OutboxDispatcher(
      EmailOutbox outbox,
      InvoiceMailer mailer,
      InvoiceMailData data,
      Clock clock,
      MailRetryPolicy retry,
      Duration lease,
      int batchSize) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.mailer = Objects.requireNonNull(mailer, "mailer");
    this.data = Objects.requireNonNull(data, "data");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.retry = Objects.requireNonNull(retry, "retry");
    if (lease == null || lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease must be positive, got " + lease);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
    }
    this.lease = lease;
    this.batchSize = batchSize;
  }

  /** One pass: claims due messages and tries each once. Returns how many were tried. */
  public int dispatchDue() {
    List<ClaimedMail> claimed = outbox.claimDue(clock.instant(), lease, batchSize);
    if (claimed.isEmpty()) {
      return 0;
    }
    Optional<SmtpSettings> smtp = readSmtp();
    for (ClaimedMail mail : claimed) {
      attempt(mail, smtp);
    }
    return claimed.size();
  }

  private Optional<SmtpSettings> readSmtp() {
    try {
      return Optional.of(data.smtp());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "cannot read the SMTP settings", e);
      return Optional.empty();
    }
  }

  private void attempt(ClaimedMail mail, Optional<SmtpSettings> smtp) {
    try {
      if (smtp.isEmpty()) {
        throw MailDeliveryException.transientFailure("cannot read the SMTP settings", null);
      }
      mailer.send(smtp.get(), mail.queued().mail());
      outbox.delivered(mail, clock.instant());
      LOG.log(
          Level.INFO,
          "invoice {0}: e-mail {1} sent (attempt {2})",
          mail.queued().invoiceNumber(),
          mail.id(),
          mail.attempt());
    } catch (MailDeliveryException e) {
      settleFailure(mail, e.isTransient(), describe(e));
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "unexpected failure sending e-mail " + mail.id(), e);
      settleFailure(mail, true, describe(e));
    }
  }

  private void settleFailure(ClaimedMail mail, boolean transientFailure, String error) {
    Instant now = clock.instant();
    Optional<Duration> wait =
        transientFailure ? retry.delayAfter(mail.attempt()) : Optional.empty();
    if (wait.isPresent()) {
      outbox.retryLater(mail, now, error, now.plus(wait.get()));
      LOG.log(
          Level.WARNING,
          "invoice {0}: e-mail {1} attempt {2} failed, retry in {3}: {4}",
          mail.queued().invoiceNumber(),
          mail.id(),
          mail.attempt(),
          wait.get(),
          error);
    } else {
      outbox.failed(mail, now, error);
      LOG.log(
          Level.ERROR,
          "invoice {0}: e-mail {1} failed for good after attempt {2}: {3}",
          mail.queued().invoiceNumber(),
          mail.id(),
          mail.attempt(),
          error);
    }
  }

  private static String describe(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replaceAll("[\\r\\n]+", " ").strip();
  }

  /** Starts polling every {@code interval} on a daemon thread (and once at once). */
  public synchronized void start(Duration interval) {
    if (executor != null) {
      throw new IllegalStateException("the dispatcher is already running");
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "invoice-mail-outbox");
              t.setDaemon(true);
              return t;
            });
    executor.scheduleWithFixedDelay(
        this::safeDispatch, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Asks a running dispatcher for a pass now (after a message was queued); no-op when stopped. */
  public synchronized void wakeUp() {
    if (executor != null && !executor.isShutdown()) {
      executor.execute(this::safeDispatch);
    }
  }

  private void safeDispatch() {
    try {
      while (dispatchDue() == batchSize) {
        // a full batch: more may be due
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "outbox pass failed; will try again", e);
    }
  }

  /** Stops polling and waits up to 30 s for a pass in progress. */
  @Override
  public synchronized void close() {
    if (executor == null) {
      return;
    }
    executor.shutdown();
    try {
      if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    executor = null;
  }
}
