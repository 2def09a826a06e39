package org.autoinvoice.application.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where links in invoice e-mails point. The PDF link is this service's public URL plus {@code
 * pdf_path} (the service serves {@code GET /invoice/…}, rule D9); the CDR link is the DNL UI's
 * {@code pr/pr_invoices/cdr_download/<side>/<base64(invoice_number)>}, only when the UI URL is
 * known.
 */
public record InvoiceMailLinks(String serviceBaseUrl, String uiBaseUrl) {
  public InvoiceMailLinks {
    serviceBaseUrl = trimSlashes(serviceBaseUrl);
    uiBaseUrl = trimSlashes(uiBaseUrl);
    if (serviceBaseUrl.isEmpty()) {
      throw new IllegalArgumentException(
          "serviceBaseUrl must be this service's public URL, e.g. http://invoice.example:8080");
    }
  }

  /**
   * The public URL of a stored PDF ({@code pdf_path} such as {@code /invoice/7_2024-02-01.pdf}).
   */
  public String pdfUrl(String pdfPath) {
    return serviceBaseUrl + "/" + pdfPath.replaceFirst("^/+", "");
  }

  /** The UI's CDR download URL, when the UI URL is configured. */
  public Optional<String> cdrUrl(String invoiceNumber, String side) {
    if (uiBaseUrl.isEmpty()) {
      return Optional.empty();
    }
    String key = Base64.getEncoder().encodeToString(invoiceNumber.getBytes(StandardCharsets.UTF_8));
    return Optional.of(uiBaseUrl + "/pr/pr_invoices/cdr_download/" + side + "/" + key);
  }

  private static String trimSlashes(String url) {
    return url == null ? "" : url.strip().replaceFirst("/+$", "");
  }
}
