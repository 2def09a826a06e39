package org.autoinvoice.domain.invoice;

/** DNL {@code invoice.create_type}: 0 automatic, 1 manual. */
public enum CreateType {
  AUTO(0),
  MANUAL(1);

  private final int code;

  CreateType(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static CreateType fromCode(int code) {
    return code == 1 ? MANUAL : AUTO;
  }
}
