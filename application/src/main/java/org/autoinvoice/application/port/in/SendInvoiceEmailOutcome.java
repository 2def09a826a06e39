package org.autoinvoice.application.port.in;

import java.util.List;
import java.util.Optional;

/** The expected outcomes of asking for an invoice e-mail; only {@link Queued} queued anything. */
public sealed interface SendInvoiceEmailOutcome {
  /** One line a person can act on. */
  String message();

  /** The message is in the outbox; it is sent in the background. */
  record Queued(long messageId, String invoiceNumber, List<String> recipients)
      implements SendInvoiceEmailOutcome {
    public Queued {
      recipients = List.copyOf(recipients);
    }

    @Override
    public String message() {
      return "Invoice " + invoiceNumber + " queued for " + String.join(";", recipients);
    }
  }

  /** No invoice has this number. */
  record UnknownInvoice(String invoiceNumber) implements SendInvoiceEmailOutcome {
    @Override
    public String message() {
      return "invoice_number " + invoiceNumber + " does not exist";
    }
  }

  /** No address was typed in and the client has no {@code billing_email}. */
  record NoAddress(String clientName) implements SendInvoiceEmailOutcome {
    @Override
    public String message() {
      return "The billing email of " + clientName + " does not exist!";
    }
  }

  /**
   * Some addresses are malformed (named); nothing was queued. {@code billingEmailOf} names the
   * client when the addresses came from its {@code billing_email}, else it is empty.
   */
  record InvalidAddresses(List<String> addresses, Optional<String> billingEmailOf)
      implements SendInvoiceEmailOutcome {
    public InvalidAddresses {
      addresses = List.copyOf(addresses);
      billingEmailOf = billingEmailOf == null ? Optional.empty() : billingEmailOf;
    }

    @Override
    public String message() {
      return billingEmailOf
              .map(c -> "The billing email of " + c + " has invalid addresses: ")
              .orElse("Invalid email: ")
          + String.join("; ", addresses)
          + " (expected name@domain.tld, separated by ;)";
    }
  }

  /** The invoice has no PDF ({@code pdf_path} empty) to attach or link to; nothing was queued. */
  record NoDocument(String invoiceNumber) implements SendInvoiceEmailOutcome {
    @Override
    public String message() {
      return "Invoice " + invoiceNumber + " has no PDF to send; regenerate it first";
    }
  }
}
