package org.autoinvoice.application.port.in;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.invoice.InvoiceOptions;
import org.autoinvoice.domain.invoice.InvoiceType;
import org.autoinvoice.domain.period.ZoneSpec;

/**
 * A manual invoice request as the DNL UI posts it (rules D1–D6), already parsed: one invoice per
 * client, all or nothing. {@code start}/{@code endInclusive} are local wall times in the client's
 * zone unless {@code zoneOverride} is given. Checks in the constructor: the period is ordered and
 * at most 366 days long; the due date is not before the invoice date.
 */
public record CreateManualInvoiceCommand(
    List<ClientId> clients,
    InvoiceType type,
    LocalDateTime start,
    LocalDateTime endInclusive,
    LocalDate invoiceDate,
    LocalDate dueDate,
    InvoiceOptions options,
    List<Long> voidInvoiceIds,
    Optional<ZoneSpec> zoneOverride) {
  /** The longest period a manual invoice may cover. */
  public static final int MAX_PERIOD_DAYS = 366;

  public CreateManualInvoiceCommand {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(start, "start_date");
    Objects.requireNonNull(endInclusive, "end_date");
    Objects.requireNonNull(invoiceDate, "invoice_date");
    Objects.requireNonNull(dueDate, "invoice_due_date");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(zoneOverride, "zoneOverride");
    clients = List.copyOf(clients);
    voidInvoiceIds = List.copyOf(voidInvoiceIds);
    if (clients.isEmpty()) {
      throw new IllegalArgumentException("client_id is missing: expected a numeric client id");
    }
    if (endInclusive.isBefore(start)) {
      throw new IllegalArgumentException(
          "end_date " + endInclusive + " is before start_date " + start);
    }
    if (Duration.between(start, endInclusive).toSeconds() >= MAX_PERIOD_DAYS * 86_400L) {
      throw new IllegalArgumentException(
          "end_date is more than " + MAX_PERIOD_DAYS + " days after start_date");
    }
    if (dueDate.isBefore(invoiceDate)) {
      throw new IllegalArgumentException(
          "invoice_due_date " + dueDate + " is before invoice_date " + invoiceDate);
    }
  }
}
