package org.autoinvoice.domain.mail;

/**
 * The invoice e-mail template of {@code mail_tmplate}: subject, HTML body and the {@code ;}-list of
 * CC addresses; a missing column reads as empty.
 */
public record MailTemplate(String subject, String htmlBody, String cc) {
  public MailTemplate {
    subject = subject == null ? "" : subject;
    htmlBody = htmlBody == null ? "" : htmlBody;
    cc = cc == null ? "" : cc;
  }
}
