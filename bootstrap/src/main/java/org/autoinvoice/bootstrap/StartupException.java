package org.autoinvoice.bootstrap;

/** A start-up failure whose one-line message is shown to the operator as is. */
public final class StartupException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a one-line message that names the path or key at fault. */
  public StartupException(String message) {
    super(message);
  }
}
