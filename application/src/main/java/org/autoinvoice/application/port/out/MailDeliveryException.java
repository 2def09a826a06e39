package org.autoinvoice.application.port.out;

/**
 * Raised by {@link InvoiceMailer} when a message was not accepted. Transient failures (server
 * unreachable, timeouts, 4xx replies) are worth retrying; permanent ones (5xx replies, a rejected
 * address, a missing PDF) are not.
 */
public final class MailDeliveryException extends Exception {
  private final boolean transientFailure;

  private MailDeliveryException(boolean transientFailure, String message, Throwable cause) {
    super(message, cause);
    this.transientFailure = transientFailure;
  }

  public static MailDeliveryException transientFailure(String message, Throwable cause) {
    return new MailDeliveryException(true, message, cause);
  }

  public static MailDeliveryException permanentFailure(String message, Throwable cause) {
    return new MailDeliveryException(false, message, cause);
  }

  public boolean isTransient() {
    return transientFailure;
  }
}
