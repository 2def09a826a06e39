package org.autoinvoice.application.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autoinvoice.application.port.out.ClaimedMail;
import org.autoinvoice.application.port.out.EmailOutbox;
import org.autoinvoice.application.port.out.QueuedInvoiceMail;

/** In-memory fake of {@link EmailOutbox} that records every settled attempt like email_log. */
public final class InMemoryEmailOutbox implements EmailOutbox {
  /** A message's state in the fake. */
  public enum Status {
    PENDING,
    SENDING,
    SENT,
    FAILED
  }

  /** One row of the fake's email_log. */
  public record LogRow(long messageId, int attempt, int status, String error, Instant at) {}

  private static final class Row {
    final QueuedInvoiceMail mail;
    Status status = Status.PENDING;
    int attempts;
    Instant due;
    Instant leaseUntil;

    Row(QueuedInvoiceMail mail, Instant due) {
      this.mail = mail;
      this.due = due;
    }
  }

  private final Map<Long, Row> rows = new LinkedHashMap<>();
  private final List<LogRow> log = new ArrayList<>();
  private final List<String> sentInvoices = new ArrayList<>();
  private long nextId = 1;

  @Override
  public synchronized long enqueue(QueuedInvoiceMail mail, Instant now) {
    long id = nextId++;
    rows.put(id, new Row(mail, now));
    return id;
  }

  @Override
  public synchronized List<ClaimedMail> claimDue(Instant now, Duration lease, int limit) {
    List<ClaimedMail> out = new ArrayList<>();
    for (Map.Entry<Long, Row> e : rows.entrySet()) {
      Row r = e.getValue();
      boolean due =
          (r.status == Status.PENDING && !r.due.isAfter(now))
              || (r.status == Status.SENDING && !r.leaseUntil.isAfter(now));
      if (due && out.size() < limit) {
        r.status = Status.SENDING;
        r.attempts++;
        r.leaseUntil = now.plus(lease);
        out.add(new ClaimedMail(e.getKey(), r.attempts, r.mail));
      }
    }
    return out;
  }

  @Override
  public synchronized void delivered(ClaimedMail mail, Instant at) {
    log.add(new LogRow(mail.id(), mail.attempt(), 0, null, at));
    Row r = rows.get(mail.id());
    if (r.attempts == mail.attempt()) {
      r.status = Status.SENT;
      sentInvoices.add(mail.queued().invoiceNumber());
    }
  }

  @Override
  public synchronized void retryLater(ClaimedMail mail, Instant at, String error, Instant next) {
    log.add(new LogRow(mail.id(), mail.attempt(), 1, error, at));
    Row r = rows.get(mail.id());
    if (r.attempts == mail.attempt()) {
      r.status = Status.PENDING;
      r.due = next;
    }
  }

  @Override
  public synchronized void failed(ClaimedMail mail, Instant at, String error) {
    log.add(new LogRow(mail.id(), mail.attempt(), 1, error, at));
    Row r = rows.get(mail.id());
    if (r.attempts == mail.attempt()) {
      r.status = Status.FAILED;
    }
  }

  public synchronized Status status(long id) {
    return rows.get(id).status;
  }

  public synchronized QueuedInvoiceMail queued(long id) {
    return rows.get(id).mail;
  }

  public synchronized int size() {
    return rows.size();
  }

  public synchronized List<LogRow> log() {
    return List.copyOf(log);
  }

  public synchronized List<String> sentInvoices() {
    return List.copyOf(sentInvoices);
  }
}
