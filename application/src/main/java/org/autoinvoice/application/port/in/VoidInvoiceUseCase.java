package org.autoinvoice.application.port.in;

/** In-port: void an invoice by number (rule D14); false when the number is unknown. */
public interface VoidInvoiceUseCase {
  boolean voidInvoice(String invoiceNumber);
}
