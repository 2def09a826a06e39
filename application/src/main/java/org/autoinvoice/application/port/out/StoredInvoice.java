package org.autoinvoice.application.port.out;

import java.time.LocalDate;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.invoice.CreateType;
import org.autoinvoice.domain.invoice.InvoiceOptions;
import org.autoinvoice.domain.invoice.InvoiceState;
import org.autoinvoice.domain.invoice.InvoiceStatus;
import org.autoinvoice.domain.invoice.InvoiceType;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.period.InvoicePeriod;

/** An invoice row as stored: identity, what it was made for and with, and its file. */
public record StoredInvoice(
    long invoiceId,
    String number,
    ClientId clientId,
    InvoiceType type,
    CreateType createType,
    InvoicePeriod period,
    LocalDate invoiceDate,
    LocalDate dueDate,
    InvoiceOptions options,
    InvoiceState state,
    InvoiceStatus status,
    Money totalAmount,
    String pdfPath) {}
