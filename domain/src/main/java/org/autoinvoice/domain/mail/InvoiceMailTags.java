package org.autoinvoice.domain.mail;

import java.util.Optional;

/**
 * The values of the template tags of §7 for one invoice, as plain text (HTML escaping is the
 * renderer's job). {@code pdfUrl} is the "Download PDF" target used in link mode; {@code cdrUrl} is
 * present only when the invoice has CDR files to download.
 */
public record InvoiceMailTags(
    String companyName,
    String clientName,
    String invoiceAmount,
    String invoiceNumber,
    String startDate,
    String endDate,
    String switchAlias,
    Optional<String> pdfUrl,
    Optional<String> cdrUrl) {

  /** What {@code {client_name}} shows when the invoice has no client name. */
  public static final String NOT_APPLICABLE = "Not applicable";

  public InvoiceMailTags {
    if (invoiceNumber == null || invoiceNumber.isBlank()) {
      throw new IllegalArgumentException("invoiceNumber must not be blank");
    }
    companyName = companyName == null ? "" : companyName;
    clientName = clientName == null || clientName.isBlank() ? NOT_APPLICABLE : clientName;
    invoiceAmount = invoiceAmount == null ? "" : invoiceAmount;
    startDate = startDate == null ? "" : startDate;
    endDate = endDate == null ? "" : endDate;
    switchAlias = switchAlias == null ? "" : switchAlias;
    pdfUrl = pdfUrl == null ? Optional.empty() : pdfUrl.filter(u -> !u.isBlank());
    cdrUrl = cdrUrl == null ? Optional.empty() : cdrUrl.filter(u -> !u.isBlank());
  }
}
