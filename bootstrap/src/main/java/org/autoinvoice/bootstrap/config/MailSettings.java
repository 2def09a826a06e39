package org.autoinvoice.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The optional {@code [mail]} section: whether queued invoice e-mails are sent, the address under
 * which this service's PDFs are reachable for "Download PDF" links, and the DNL UI's address for
 * CDR links. SMTP itself is configured in the DNL database (mail_sender / system_parameter).
 */
public record MailSettings(
    @JsonProperty("enabled")
        @NotNull
        @Min(value = 0, message = "expected 0 or 1")
        @Max(value = 1, message = "expected 0 or 1")
        Integer enabledFlag,
    @JsonProperty("public_url") @NotNull String publicUrl,
    @JsonProperty("ui_url") @NotNull String uiUrl) {

  /** True when the outbox is sent in the background ({@code enabled = 1}). */
  public boolean enabled() {
    return enabledFlag != null && enabledFlag == 1;
  }
}
