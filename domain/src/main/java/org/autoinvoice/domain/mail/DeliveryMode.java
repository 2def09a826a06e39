package org.autoinvoice.domain.mail;

/**
 * How the PDF reaches the client (§7): attached as {@code <invoice_number>_<date>.pdf}, or as a
 * "Download PDF" link in the body. Auto invoices follow {@code is_send_as_link}; manual invoices
 * follow {@code system_parameter.invoice_send_mode = 1}.
 */
public enum DeliveryMode {
  ATTACHMENT,
  LINK
}
