package org.autoinvoice.application.port.out;

/** Raised by persistence out-ports when the database cannot be reached or timed out. */
public class DatabaseUnavailableException extends RuntimeException {
  public DatabaseUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
