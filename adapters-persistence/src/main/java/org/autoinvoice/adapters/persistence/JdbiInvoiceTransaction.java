package org.autoinvoice.adapters.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.autoinvoice.application.port.out.GenerationTimes;
import org.autoinvoice.application.port.out.InvoiceTransaction;
import org.autoinvoice.application.port.out.StoredInvoice;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.invoice.CreateType;
import org.autoinvoice.domain.invoice.Invoice;
import org.autoinvoice.domain.invoice.InvoiceType;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.autoinvoice.domain.period.ZoneSpec;
import org.jdbi.v3.core.Handle;

/** {@link InvoiceTransaction} on one JDBI handle inside a transaction holding the client lock. */
final class JdbiInvoiceTransaction implements InvoiceTransaction {
  private final Handle handle;

  JdbiInvoiceTransaction(Handle handle) {
    this.handle = handle;
  }

  @Override
  public List<StoredInvoice> findOverlapping(
      ClientId client, Set<InvoiceType> types, InvoicePeriod period) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(period, "period");
    if (types.isEmpty()) {
      return List.of();
    }
    return handle
        .createQuery(
            StoredInvoices.SELECT
                + """
                 WHERE i.client_id = :client AND i.type = ANY (:types) AND"""
                + StoredInvoices.NOT_VOID
                + """
                AND i.invoice_start <= :end AND i.invoice_end >= :start
                 ORDER BY i.invoice_id
                """)
        .bind("client", client.value())
        .bindArray("types", Integer.class, types.stream().map(InvoiceType::code).toList())
        .bind("start", Rows.utc(period.startInstant()))
        .bind("end", Rows.utc(period.endInstantInclusive()))
        .map((rs, ctx) -> StoredInvoices.map(rs))
        .list();
  }

  @Override
  public List<StoredInvoice> findByIds(Collection<Long> invoiceIds) {
    if (invoiceIds.isEmpty()) {
      return List.of();
    }
    return handle
        .createQuery(
            StoredInvoices.SELECT + " WHERE i.invoice_id = ANY (:ids) ORDER BY i.invoice_id")
        .bindArray("ids", Long.class, List.copyOf(invoiceIds))
        .map((rs, ctx) -> StoredInvoices.map(rs))
        .list();
  }

  @Override
  public Optional<StoredInvoice> findByNumber(String number) {
    return byNumber(handle, number);
  }

  static Optional<StoredInvoice> byNumber(Handle handle, String number) {
    Objects.requireNonNull(number, "number");
    return handle
        .createQuery(StoredInvoices.SELECT + " WHERE i.invoice_number = :number")
        .bind("number", number)
        .map((rs, ctx) -> StoredInvoices.map(rs))
        .findOne();
  }

  @Override
  public void voidInvoices(Collection<Long> invoiceIds) {
    if (invoiceIds.isEmpty()) {
      return;
    }
    handle
        .createUpdate("UPDATE invoice SET state = -1, status = -1 WHERE invoice_id = ANY (:ids)")
        .bindArray("ids", Long.class, List.copyOf(invoiceIds))
        .execute();
  }

  @Override
  public String nextInvoiceNumber() {
    return handle
        .createQuery("SELECT nextval('class4_seq_invoice_no')::text")
        .mapTo(String.class)
        .one();
  }

  @Override
  public Optional<StoredInvoice> findAutoInvoice(
      ClientId client, InvoiceType type, Instant periodStart, Instant periodEndInclusive) {
    return handle
        .createQuery(
            StoredInvoices.SELECT
                + """
                 WHERE i.client_id = :client AND i.type = :type AND i.create_type = :auto
                   AND i.invoice_start = :start AND i.invoice_end = :end AND"""
                + StoredInvoices.NOT_VOID
                + " ORDER BY i.invoice_id DESC LIMIT 1")
        .bind("client", client.value())
        .bind("type", type.code())
        .bind("auto", CreateType.AUTO.code())
        .bind("start", Rows.utc(periodStart))
        .bind("end", Rows.utc(periodEndInclusive))
        .map((rs, ctx) -> StoredInvoices.map(rs))
        .findOne();
  }

  @Override
  public Optional<Instant> lastAutoInvoiceEnd(ClientId client, InvoiceType type) {
    return handle
        .createQuery(
            """
            SELECT max(i.invoice_end) AS last_end FROM invoice i
             WHERE i.client_id = :client AND i.type = :type AND i.create_type = :auto AND"""
                + StoredInvoices.NOT_VOID)
        .bind("client", client.value())
        .bind("type", type.code())
        .bind("auto", CreateType.AUTO.code())
        .map((rs, ctx) -> Optional.ofNullable(Rows.instant(rs, "last_end")))
        .one();
  }

  @Override
  public long insert(Invoice invoice, String pdfPath, GenerationTimes times, Integer invoiceLogId) {
    Objects.requireNonNull(invoice, "invoice");
    InvoiceRow row = InvoiceRow.of(invoice, pdfPath, times).withRunId(invoiceLogId);
    long id = handle.createQuery(row.insertSql()).bindMap(row.values()).mapTo(Long.class).one();
    new InvoiceDetails(handle).write(invoice);
    return id;
  }

  @Override
  public void replace(long invoiceId, Invoice invoice, String pdfPath, GenerationTimes times) {
    Objects.requireNonNull(invoice, "invoice");
    String oldNumber =
        handle
            .createQuery("SELECT invoice_number FROM invoice WHERE invoice_id = :id FOR UPDATE")
            .bind("id", invoiceId)
            .mapTo(String.class)
            .findOne()
            .orElseThrow(
                () -> new IllegalArgumentException("invoice_id " + invoiceId + " does not exist"));
    InvoiceDetails details = new InvoiceDetails(handle);
    details.delete(oldNumber);
    InvoiceRow row = InvoiceRow.of(invoice, pdfPath, times);
    handle
        .createUpdate(row.updateSql())
        .bindMap(row.values())
        .bind("invoice_id", invoiceId)
        .execute();
    details.write(invoice);
  }

  /**
   * The latest zero-traffic skip: {@code invoice_history} rows without a file name. Their times are
   * local wall times (the column has no zone), read back in the client's {@code invoice_zone}.
   */
  @Override
  public Optional<Instant> lastZeroTrafficSkipEnd(ClientId client) {
    return handle
        .createQuery(
            """
            SELECT max(h.end_time) AS last_end, max(c.invoice_zone) AS zone
              FROM invoice_history h JOIN client c ON c.client_id = h.client_id
             WHERE h.client_id = :client AND h.invoice_filename IS NULL
            """)
        .bind("client", client.value())
        .map(
            (rs, ctx) -> {
              java.sql.Timestamp end = rs.getTimestamp("last_end");
              if (end == null) {
                return Optional.<Instant>empty();
              }
              ZoneSpec zone = ZoneSpec.parseOrUtc(rs.getString("zone"));
              return Optional.of(end.toLocalDateTime().atZone(zone.zoneId()).toInstant());
            })
        .one();
  }

  @Override
  public void recordShortCallCharge(
      ClientId client, String invoiceNumber, Money amount, Instant at) {
    handle
        .createUpdate(
            "DELETE FROM client_payment WHERE payment_type = 15 AND invoice_number = :number")
        .bind("number", invoiceNumber)
        .execute();
    if (amount.signum() > 0) {
      handle
          .createUpdate(
              """
              INSERT INTO client_payment (payment_time, receiving_time, amount, result, approved,
                     client_id, invoice_number, payment_type, description, update_by)
              VALUES (:at, :at, :amount, true, true, :client, :number, 15, :description,
                     'autoinvoice')
              """)
          .bind("at", Rows.utc(at))
          .bind("amount", amount.rounded(10))
          .bind("client", client.value())
          .bind("number", invoiceNumber)
          .bind("description", "Short call surcharge of invoice " + invoiceNumber)
          .execute();
    }
  }

  @Override
  public void recordAutoHistory(
      ClientId client, LocalDate invoiceFor, InvoicePeriod period, String invoiceFileName) {
    handle
        .createUpdate(
            """
            INSERT INTO invoice_history (client_id, last_invoice_for, invoice_filename,
                   start_time, end_time)
            VALUES (:client, :invoiceFor, :file, :start, :end)
            """)
        .bind("client", client.value())
        .bind("invoiceFor", invoiceFor)
        .bind("file", invoiceFileName)
        .bind("start", period.start())
        .bind("end", period.endInclusive())
        .execute();
  }
}
