package org.autoinvoice.domain.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvoiceMailRendererTest {

  private static final String ALL_TAGS =
      "{company_name}|{client_name}|{invoice_amount}|{invoice_number}|{cdr_url}|{invoice_link}"
          + "|{start_date}|{end_date}|{switch_alias}";

  private static InvoiceMailTags tags(Optional<String> cdr) {
    return new InvoiceMailTags(
        "Acme & Co",
        "Carrier <One>",
        "1234.50",
        "77",
        "2024-01-01 00:00:00",
        "2024-01-31 23:59:59",
        "DNL-1",
        Optional.of("http://svc:8080/invoice/77_2024-02-01.pdf"),
        cdr);
  }

  @Test
  void replacesEveryTagInTheBodyWithEscapedValuesInAttachmentMode() {
    RenderedMail mail =
        InvoiceMailRenderer.render(
            new MailTemplate("s", ALL_TAGS, ""), tags(Optional.empty()), DeliveryMode.ATTACHMENT);
    assertThat(mail.htmlBody())
        .isEqualTo(
            "Acme &amp; Co|Carrier &lt;One&gt;|1234.50|77|||2024-01-01 00:00:00|2024-01-31"
                + " 23:59:59|DNL-1");
  }

  @Test
  void linkModePutsADownloadLinkWhereTheTagIsAndACdrLinkWhenThereAreCdrFiles() {
    RenderedMail mail =
        InvoiceMailRenderer.render(
            new MailTemplate("Invoice {invoice_number}", "Hi {invoice_link} {cdr_url}", ""),
            tags(Optional.of("http://ui/cdr?x=1&y=2")),
            DeliveryMode.LINK);
    assertThat(mail.htmlBody())
        .isEqualTo(
            "Hi <a href='http://svc:8080/invoice/77_2024-02-01.pdf'>Download PDF</a>"
                + " <a href='http://ui/cdr?x=1&amp;y=2'>CDR Download</a>");
    assertThat(mail.subject()).isEqualTo("Invoice 77");
  }

  @Test
  void linkModeAppendsThePdfLinkWhenTheTemplateHasNoTag() {
    RenderedMail mail =
        InvoiceMailRenderer.render(
            new MailTemplate("", "Dear {client_name}", ""),
            tags(Optional.empty()),
            DeliveryMode.LINK);
    assertThat(mail.htmlBody())
        .isEqualTo(
            "Dear Carrier &lt;One&gt;<br />PDF Link: <a"
                + " href='http://svc:8080/invoice/77_2024-02-01.pdf'>Download PDF</a>");
  }

  @Test
  void theSubjectGetsPlainValues() {
    RenderedMail mail =
        InvoiceMailRenderer.render(
            new MailTemplate("{company_name}: invoice {invoice_number} {invoice_link}", "", ""),
            tags(Optional.empty()),
            DeliveryMode.ATTACHMENT);
    assertThat(mail.subject()).isEqualTo("Acme & Co: invoice 77");
  }

  @Test
  void aValueThatLooksLikeATagIsNotReplacedAgain() {
    InvoiceMailTags t =
        new InvoiceMailTags(
            "{client_name}", "X", "1", "5", "", "", "", Optional.empty(), Optional.empty());
    RenderedMail mail =
        InvoiceMailRenderer.render(
            new MailTemplate("{company_name}", "", ""), t, DeliveryMode.ATTACHMENT);
    assertThat(mail.subject()).isEqualTo("{client_name}");
  }

  @Test
  void aMissingClientNameShowsNotApplicable() {
    InvoiceMailTags t =
        new InvoiceMailTags("", " ", "1", "5", "", "", "", Optional.empty(), Optional.empty());
    assertThat(
            InvoiceMailRenderer.render(
                    new MailTemplate("{client_name}", "", ""), t, DeliveryMode.ATTACHMENT)
                .subject())
        .isEqualTo("Not applicable");
  }

  @Test
  void linkModeWithoutAUrlIsRefused() {
    InvoiceMailTags t =
        new InvoiceMailTags("", "X", "1", "5", "", "", "", Optional.empty(), Optional.empty());
    assertThatThrownBy(
            () -> InvoiceMailRenderer.render(new MailTemplate("", "", ""), t, DeliveryMode.LINK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pdfUrl");
  }
}
