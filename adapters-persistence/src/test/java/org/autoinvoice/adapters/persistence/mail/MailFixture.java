package org.autoinvoice.adapters.persistence.mail;

import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/** Inserts the DNL rows an invoice e-mail needs: currency, client, invoice, settings, template. */
final class MailFixture {
  private MailFixture() {}

  static int client(Jdbi jdbi, String name, String billingEmail, boolean emailInvoice) {
    return jdbi.withHandle(
        h -> {
          h.execute("INSERT INTO currency (code) VALUES ('USD') ON CONFLICT DO NOTHING");
          return h.createQuery(
                  "INSERT INTO client (name, company, billing_email, email_invoice, currency_id)"
                      + " SELECT :name, :name || ' Ltd', :email, :auto, currency_id FROM currency"
                      + " WHERE code = 'USD' RETURNING client_id")
              .bind("name", name)
              .bind("email", billingEmail)
              .bind("auto", emailInvoice)
              .mapTo(Integer.class)
              .one();
        });
  }

  static void invoice(Jdbi jdbi, String number, int clientId, String zone, Instant start) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO invoice (invoice_number, client_id, invoice_start, invoice_end,"
                        + " invoice_time, invoice_zone, total_amount, current_balance, pdf_path,"
                        + " create_type) VALUES (:n, :c, :s, :e, :t, :z, 1234.56789, 0, :pdf, 1)")
                .bind("n", number)
                .bind("c", clientId)
                .bind("s", start)
                .bind("e", start.plusSeconds(31L * 86400 - 1))
                .bind("t", start.plusSeconds(32L * 86400))
                .bind("z", zone)
                .bind("pdf", "/invoice/" + number + "_2024-02-02.pdf")
                .execute());
  }

  static int state(Jdbi jdbi, String number) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT state FROM invoice WHERE invoice_number = :n")
                .bind("n", number)
                .mapTo(Integer.class)
                .one());
  }
}
