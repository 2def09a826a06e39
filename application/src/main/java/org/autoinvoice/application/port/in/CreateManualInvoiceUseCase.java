package org.autoinvoice.application.port.in;

/** In-port: make the manual invoices the DNL UI asks for ({@code POST /ManualInvoiceTest}). */
public interface CreateManualInvoiceUseCase {
  ManualInvoiceOutcome create(CreateManualInvoiceCommand command);
}
