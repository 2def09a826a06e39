package org.autoinvoice.adapters.persistence.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.autoinvoice.application.port.out.ClaimedMail;
import org.autoinvoice.application.port.out.EmailOutbox;
import org.autoinvoice.application.port.out.MailAttachment;
import org.autoinvoice.application.port.out.OutgoingMail;
import org.autoinvoice.application.port.out.QueuedInvoiceMail;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Persistence adapter of {@link EmailOutbox}: the table {@code autoinvoice.email_outbox} in the
 * service's own schema (created by {@link #createSchema()}, never a DNL table). Claims use {@code
 * FOR UPDATE SKIP LOCKED}, so two instances never claim one message together; a claim is a lease
 * kept in {@code next_attempt_at}, after which an unsettled message is due again. Settling an
 * attempt writes the {@code email_log} row (type 7) and, on success, {@code invoice.state = 9,
 * send_time}, in the same transaction. A settle whose attempt number no longer matches (the lease
 * ran out and another worker took over) still logs the attempt but leaves the message alone.
 */
public final class JdbiEmailOutbox implements EmailOutbox {
  /** {@code email_log.type} of invoice e-mails. */
  public static final int LOG_TYPE_INVOICE = 7;

  private static final String DDL =
      """
      CREATE SCHEMA IF NOT EXISTS autoinvoice;
      CREATE TABLE IF NOT EXISTS autoinvoice.email_outbox (
          id               bigserial    PRIMARY KEY,
          invoice_number   varchar(20)  NOT NULL,
          client_id        integer,
          pdf_path         varchar(300) NOT NULL DEFAULT '',
          recipients       text         NOT NULL,
          cc               text         NOT NULL DEFAULT '',
          subject          text         NOT NULL,
          html_body        text         NOT NULL,
          attachment_name  text,
          attachment_path  text,
          status           varchar(8)   NOT NULL DEFAULT 'PENDING'
                           CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
          attempts         integer      NOT NULL DEFAULT 0,
          next_attempt_at  timestamptz  NOT NULL,
          last_error       text,
          created_at       timestamptz  NOT NULL,
          finished_at      timestamptz
      );
      CREATE INDEX IF NOT EXISTS email_outbox_due
          ON autoinvoice.email_outbox (next_attempt_at)
          WHERE status IN ('PENDING', 'SENDING');
      """;

  private final Jdbi jdbi;

  public JdbiEmailOutbox(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  /** Creates the schema {@code autoinvoice} and the outbox table when missing; idempotent. */
  public void createSchema() {
    jdbi.useTransaction(
        h -> {
          h.execute("SELECT pg_advisory_xact_lock(hashtext('autoinvoice.email_outbox'))");
          h.createScript(DDL).execute();
        });
  }

  @Override
  public long enqueue(QueuedInvoiceMail queued, Instant now) {
    OutgoingMail mail = queued.mail();
    return jdbi.withHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO autoinvoice.email_outbox (invoice_number, client_id, pdf_path,"
                        + " recipients, cc, subject, html_body, attachment_name, attachment_path,"
                        + " next_attempt_at, created_at) VALUES (:number, :client, :pdf, :to, :cc,"
                        + " :subject, :body, :attName, :attPath, :now, :now)")
                .bind("number", queued.invoiceNumber())
                .bind("client", queued.clientId().orElse(null))
                .bind("pdf", queued.pdfPath())
                .bind("to", String.join(";", mail.to()))
                .bind("cc", String.join(";", mail.cc()))
                .bind("subject", mail.subject())
                .bind("body", mail.htmlBody())
                .bind("attName", mail.attachment().map(MailAttachment::fileName).orElse(null))
                .bind("attPath", mail.attachment().map(MailAttachment::storedPath).orElse(null))
                .bind("now", now)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
  }

  @Override
  public List<ClaimedMail> claimDue(Instant now, Duration lease, int limit) {
    return jdbi.inTransaction(
        h ->
            h
                .createQuery(
                    "UPDATE autoinvoice.email_outbox SET status = 'SENDING', attempts = attempts"
                        + " + 1, next_attempt_at = :leaseUntil WHERE id IN (SELECT id FROM"
                        + " autoinvoice.email_outbox WHERE status IN ('PENDING', 'SENDING') AND"
                        + " next_attempt_at <= :now ORDER BY next_attempt_at, id LIMIT :limit FOR"
                        + " UPDATE SKIP LOCKED) RETURNING *")
                .bind("now", now)
                .bind("leaseUntil", now.plus(lease))
                .bind("limit", limit)
                .map((rs, ctx) -> claimed(rs))
                .list()
                .stream()
                .sorted(Comparator.comparingLong(ClaimedMail::id))
                .toList());
  }

  private static ClaimedMail claimed(ResultSet rs) throws SQLException {
    Optional<MailAttachment> attachment =
        rs.getString("attachment_name") == null
            ? Optional.empty()
            : Optional.of(
                new MailAttachment(
                    rs.getString("attachment_name"), rs.getString("attachment_path")));
    OutgoingMail mail =
        new OutgoingMail(
            split(rs.getString("recipients")),
            split(rs.getString("cc")),
            rs.getString("subject"),
            rs.getString("html_body"),
            attachment);
    int client = rs.getInt("client_id");
    Optional<Integer> clientId = rs.wasNull() ? Optional.empty() : Optional.of(client);
    return new ClaimedMail(
        rs.getLong("id"),
        rs.getInt("attempts"),
        new QueuedInvoiceMail(
            rs.getString("invoice_number"), clientId, rs.getString("pdf_path"), mail));
  }

  private static List<String> split(String list) {
    return list == null || list.isEmpty() ? List.of() : Arrays.asList(list.split(";"));
  }

  @Override
  public void delivered(ClaimedMail mail, Instant at) {
    jdbi.useTransaction(
        h -> {
          settle(h, mail, "SENT", at, null, at);
          log(h, mail, at, 0, null);
          h.createUpdate(
                  "UPDATE invoice SET state = 9, send_time = :at WHERE invoice_number = :number")
              .bind("at", at)
              .bind("number", mail.queued().invoiceNumber())
              .execute();
        });
  }

  @Override
  public void retryLater(ClaimedMail mail, Instant at, String error, Instant next) {
    jdbi.useTransaction(
        h -> {
          settle(h, mail, "PENDING", next, error, null);
          log(h, mail, at, 1, error);
        });
  }

  @Override
  public void failed(ClaimedMail mail, Instant at, String error) {
    jdbi.useTransaction(
        h -> {
          settle(h, mail, "FAILED", at, error, at);
          log(h, mail, at, 1, error);
        });
  }

  private static void settle(
      Handle h, ClaimedMail mail, String status, Instant next, String error, Instant finished) {
    h.createUpdate(
            "UPDATE autoinvoice.email_outbox SET status = :status, next_attempt_at = :next,"
                + " last_error = :error, finished_at = :finished"
                + " WHERE id = :id AND attempts = :attempt AND status = 'SENDING'")
        .bind("status", status)
        .bind("next", next)
        .bind("error", error)
        .bind("finished", finished)
        .bind("id", mail.id())
        .bind("attempt", mail.attempt())
        .execute();
  }

  private static void log(Handle h, ClaimedMail mail, Instant at, int status, String error) {
    QueuedInvoiceMail q = mail.queued();
    h.createUpdate(
            "INSERT INTO email_log (send_time, client_id, email_addresses, files, type, status,"
                + " error, subject, content) VALUES (:at, :client, :addresses, :files, :type,"
                + " :status, :error, :subject, :content)")
        .bind("at", at)
        .bind("client", q.clientId().orElse(null))
        .bind("addresses", cut(String.join(";", q.mail().to()), 500))
        .bind("files", cut(q.pdfPath(), 500))
        .bind("type", LOG_TYPE_INVOICE)
        .bind("status", status)
        .bind("error", error)
        .bind("subject", cut(q.mail().subject(), 100))
        .bind("content", q.mail().htmlBody())
        .execute();
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
