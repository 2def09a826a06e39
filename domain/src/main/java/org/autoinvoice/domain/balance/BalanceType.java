package org.autoinvoice.domain.balance;

/** Which balance the Account Summary uses: 0 actual (traffic based), 1 mutual (invoice based). */
public enum BalanceType {
  ACTUAL(0),
  MUTUAL(1);

  private final int code;

  BalanceType(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static BalanceType fromCode(int code) {
    return switch (code) {
      case 0 -> ACTUAL;
      case 1 -> MUTUAL;
      default ->
          throw new IllegalArgumentException(
              "invoice_use_balance_type must be 0 (actual) or 1 (mutual), got " + code);
    };
  }
}
