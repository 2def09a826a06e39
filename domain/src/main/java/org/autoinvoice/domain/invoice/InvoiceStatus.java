package org.autoinvoice.domain.invoice;

/** DNL {@code invoice.status} (rule D10): 2 done, 1 zero traffic, −1 void; never NULL. */
public enum InvoiceStatus {
  VOID(-1),
  CREATING(0),
  ZERO_TRAFFIC(1),
  DONE(2),
  SENT(3);

  private final int code;

  InvoiceStatus(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static InvoiceStatus fromCode(int code) {
    for (InvoiceStatus s : values()) {
      if (s.code == code) {
        return s;
      }
    }
    throw new IllegalArgumentException("invoice.status must be -1..3, got " + code);
  }
}
