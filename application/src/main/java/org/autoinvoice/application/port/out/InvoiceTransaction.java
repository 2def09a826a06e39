package org.autoinvoice.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.invoice.Invoice;
import org.autoinvoice.domain.invoice.InvoiceType;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.period.InvoicePeriod;

/**
 * The work one client's invoicing does inside one database transaction that holds the client's
 * lock: everything commits together or not at all.
 */
public interface InvoiceTransaction {
  /** Non-void invoices of the client of one of {@code types} whose period overlaps (rule D7). */
  List<StoredInvoice> findOverlapping(
      ClientId client, Set<InvoiceType> types, InvoicePeriod period);

  List<StoredInvoice> findByIds(Collection<Long> invoiceIds);

  Optional<StoredInvoice> findByNumber(String number);

  /** Sets {@code state −1, status −1} (rules D6, D14). */
  void voidInvoices(Collection<Long> invoiceIds);

  /** {@code nextval('class4_seq_invoice_no')::text} (rule D8). */
  String nextInvoiceNumber();

  /** The non-void automatic invoice of this client, type and exact period, if any (rule A4). */
  Optional<StoredInvoice> findAutoInvoice(
      ClientId client, InvoiceType type, Instant periodStart, Instant periodEndInclusive);

  /** End (inclusive) of the latest non-void automatic invoice of this client and type. */
  Optional<Instant> lastAutoInvoiceEnd(ClientId client, InvoiceType type);

  /** Writes the invoice row and the detail rows of its switched-on sections; returns its id. */
  long insert(Invoice invoice, String pdfPath, GenerationTimes times, Integer invoiceLogId);

  /** Rewrites an existing invoice (same id and number) and replaces its detail rows (D13). */
  void replace(long invoiceId, Invoice invoice, String pdfPath, GenerationTimes times);

  /**
   * End (inclusive) of the latest automatic period of this client that was skipped for zero
   * traffic: its {@code invoice_history} row has no file name (rule A5). No invoice row marks such
   * a period as handled, so without this the next run would take it up again. The history has no
   * invoice type, so the answer holds for every side of the client. The default knows no skips.
   */
  default Optional<Instant> lastZeroTrafficSkipEnd(ClientId client) {
    return Optional.empty();
  }

  /**
   * Replaces the short-call surcharge payment of an invoice (rule N4, written only when {@code
   * [invoice] record_scc_payment = 1}): removes the {@code client_payment} row of type 15 recorded
   * for this invoice number before, and records {@code amount} when it is above zero.
   */
  void recordShortCallCharge(ClientId client, String invoiceNumber, Money amount, Instant at);

  /**
   * One {@code invoice_history} row for a handled automatic period (rule A4); {@code
   * invoiceFileName} is null when the period was skipped for zero traffic.
   */
  void recordAutoHistory(
      ClientId client, LocalDate invoiceFor, InvoicePeriod period, String invoiceFileName);
}
