package org.autoinvoice.domain.mail;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fills the invoice e-mail template (§7). Every tag is replaced, in the subject and in the body:
 * {@code {company_name} {client_name} {invoice_amount} {invoice_number} {start_date} {end_date}
 * {switch_alias}} by their values; {@code {cdr_url}} by a "CDR Download" link when the invoice has
 * CDR files, else by nothing. {@code {invoice_link}}: in link mode a "Download PDF" link, appended
 * to the body as {@code <br />PDF Link: …} when the template lacks the tag; in attachment mode it
 * is removed. Values are HTML-escaped in the body; the subject gets plain text (links as bare
 * URLs).
 */
public final class InvoiceMailRenderer {
  private InvoiceMailRenderer() {}

  public static RenderedMail render(
      MailTemplate template, InvoiceMailTags tags, DeliveryMode mode) {
    if (mode == DeliveryMode.LINK && tags.pdfUrl().isEmpty()) {
      throw new IllegalArgumentException("link mode needs a pdfUrl for {invoice_link}");
    }
    String subject = replace(template.subject(), values(tags, mode, false));
    String body = template.htmlBody();
    boolean hasLinkTag = body.contains("{invoice_link}");
    body = replace(body, values(tags, mode, true));
    if (mode == DeliveryMode.LINK && !hasLinkTag) {
      body = body + "<br />PDF Link: " + anchor(tags.pdfUrl().orElseThrow(), "Download PDF");
    }
    return new RenderedMail(subject.strip(), body);
  }

  private static Map<String, String> values(InvoiceMailTags tags, DeliveryMode mode, boolean html) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("{company_name}", text(tags.companyName(), html));
    v.put("{client_name}", text(tags.clientName(), html));
    v.put("{invoice_amount}", text(tags.invoiceAmount(), html));
    v.put("{invoice_number}", text(tags.invoiceNumber(), html));
    v.put("{start_date}", text(tags.startDate(), html));
    v.put("{end_date}", text(tags.endDate(), html));
    v.put("{switch_alias}", text(tags.switchAlias(), html));
    v.put("{cdr_url}", tags.cdrUrl().map(u -> html ? anchor(u, "CDR Download") : u).orElse(""));
    v.put(
        "{invoice_link}",
        mode == DeliveryMode.LINK
            ? tags.pdfUrl().map(u -> html ? anchor(u, "Download PDF") : u).orElseThrow()
            : "");
    return v;
  }

  /** Replaces tags in one left-to-right pass, so a value that contains a tag stays as it is. */
  private static String replace(String text, Map<String, String> values) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      String hit = null;
      if (text.charAt(i) == '{') {
        for (String tag : values.keySet()) {
          if (text.startsWith(tag, i)) {
            hit = tag;
            break;
          }
        }
      }
      if (hit == null) {
        out.append(text.charAt(i++));
      } else {
        out.append(values.get(hit));
        i += hit.length();
      }
    }
    return out.toString();
  }

  private static String anchor(String url, String label) {
    return "<a href='" + escape(url) + "'>" + label + "</a>";
  }

  private static String text(String value, boolean html) {
    return html ? escape(value) : value;
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
