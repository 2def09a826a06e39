package org.autoinvoice.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The {@code [invoice]} section: where invoice PDFs go and whether SCC payments are recorded. */
public record InvoiceSettings(
    @JsonProperty("dir") @NotBlank(message = "expected a directory path such as app/invoice")
        String dir,
    @JsonProperty("record_scc_payment")
        @NotNull
        @Min(value = 0, message = "expected 0 or 1")
        @Max(value = 1, message = "expected 0 or 1")
        Integer recordSccPaymentFlag) {

  /** True when the short-call-charge payment is recorded ({@code record_scc_payment = 1}). */
  public boolean recordSccPayment() {
    return recordSccPaymentFlag != null && recordSccPaymentFlag == 1;
  }
}
