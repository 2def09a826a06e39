package org.autoinvoice.application.port.in;

import java.util.Optional;

/**
 * In-port: rebuild an invoice from current data with the same number, client, type, period and
 * options (rule D13). Empty when the number is unknown.
 */
public interface RegenerateInvoiceUseCase {
  Optional<String> regenerate(String invoiceNumber);
}
