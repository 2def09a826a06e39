package org.autoinvoice.domain.mail;

/** An invoice e-mail's subject and HTML body with every template tag replaced. */
public record RenderedMail(String subject, String htmlBody) {
  public RenderedMail {
    if (subject == null || htmlBody == null) {
      throw new IllegalArgumentException("subject and htmlBody must not be null");
    }
  }
}
