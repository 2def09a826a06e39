package org.autoinvoice.domain.invoice;

/**
 * The switch-wide invoice settings of {@code system_parameter}: amount decimals, overlap
 * protection, company info and billing details with their placement, switch alias, send mode.
 */
public record SystemParameters(
    int invoiceDecimalDigits,
    boolean overlapProtection,
    String companyInfo,
    int companyInfoLocation,
    String billingDetails,
    int billingDetailsLocation,
    String switchAlias,
    int invoiceSendMode) {
  public SystemParameters {
    if (invoiceDecimalDigits < 0 || invoiceDecimalDigits > 10) {
      throw new IllegalArgumentException(
          "system_parameter.invoice_decimal_digits must be 0..10, got " + invoiceDecimalDigits);
    }
  }

  /** The defaults of the DNL schema, used when the table has no row. */
  public static SystemParameters defaults() {
    return new SystemParameters(2, true, "", 0, "", 0, "", 0);
  }
}
