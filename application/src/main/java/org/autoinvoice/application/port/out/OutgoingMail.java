package org.autoinvoice.application.port.out;

import java.util.List;
import java.util.Optional;

/** A fully built invoice e-mail: recipients, CC, subject, HTML body and an optional PDF. */
public record OutgoingMail(
    List<String> to,
    List<String> cc,
    String subject,
    String htmlBody,
    Optional<MailAttachment> attachment) {
  public OutgoingMail {
    if (to == null || to.isEmpty()) {
      throw new IllegalArgumentException("an e-mail needs at least one recipient");
    }
    to = List.copyOf(to);
    cc = cc == null ? List.of() : List.copyOf(cc);
    subject = subject == null ? "" : subject;
    htmlBody = htmlBody == null ? "" : htmlBody;
    attachment = attachment == null ? Optional.empty() : attachment;
  }
}
