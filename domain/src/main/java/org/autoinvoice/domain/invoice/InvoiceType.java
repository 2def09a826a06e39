package org.autoinvoice.domain.invoice;

/** DNL {@code invoice.type} (rule D5): 0 client (ingress), 1 vendor (egress), 2 both sides. */
public enum InvoiceType {
  CLIENT(0),
  VENDOR(1),
  BOTH(2);

  private final int code;

  InvoiceType(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static InvoiceType fromCode(int code) {
    for (InvoiceType t : values()) {
      if (t.code == code) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "type must be 0 (client), 1 (vendor) or 2 (both), got " + code);
  }
}
