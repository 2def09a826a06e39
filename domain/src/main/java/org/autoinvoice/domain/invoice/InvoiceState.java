package org.autoinvoice.domain.invoice;

/** DNL {@code invoice.state}: −1 void, 0 normal, 1 verified, 9 sent. */
public enum InvoiceState {
  VOID(-1),
  NORMAL(0),
  VERIFIED(1),
  SENT(9);

  private final int code;

  InvoiceState(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static InvoiceState fromCode(int code) {
    for (InvoiceState s : values()) {
      if (s.code == code) {
        return s;
      }
    }
    throw new IllegalArgumentException("invoice.state must be -1, 0, 1 or 9, got " + code);
  }
}
