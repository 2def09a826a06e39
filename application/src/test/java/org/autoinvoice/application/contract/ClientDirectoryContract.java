package org.autoinvoice.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.autoinvoice.application.fakes.TestData;
import org.autoinvoice.application.port.out.ClientDirectory;
import org.autoinvoice.domain.client.AutoInvoiceSettings;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.invoice.SystemParameters;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ClientDirectory} must do. Each test starts from an empty directory (no clients,
 * no {@code system_parameter} row).
 */
public abstract class ClientDirectoryContract {
  protected abstract ClientDirectory directory();

  protected abstract void givenClient(Client client);

  protected abstract void givenSystemParameters(SystemParameters parameters);

  @Test
  void findsAClientByIdWithItsInvoiceSettings() {
    givenClient(TestData.client(41));
    Optional<Client> found = directory().findClient(new ClientId(41));
    assertThat(found).isPresent();
    Client c = found.get();
    assertThat(c.id()).isEqualTo(new ClientId(41));
    assertThat(c.name()).isEqualTo("client41");
    assertThat(c.company()).isEqualTo("Company 41");
    assertThat(c.mode()).isEqualTo(2);
    assertThat(c.allowedCredit()).isEqualByComparingTo("-100");
    assertThat(c.taxPercent()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(c.includeTax()).isFalse();
  }

  @Test
  void unknownClientIsEmpty() {
    givenClient(TestData.client(41));
    assertThat(directory().findClient(new ClientId(42))).isEmpty();
  }

  @Test
  void autoInvoiceClientsAreActiveEnabledAndHaveATerm() {
    givenClient(TestData.client(51, true));
    givenClient(TestData.client(52, false));
    Client inactive = TestData.client(53, true);
    givenClient(
        new Client(
            inactive.id(),
            inactive.name(),
            inactive.company(),
            inactive.address(),
            inactive.billingEmail(),
            false,
            inactive.mode(),
            inactive.allowedCredit(),
            inactive.unlimitedCredit(),
            inactive.zone(),
            inactive.includeTax(),
            inactive.taxPercent(),
            inactive.shortCalls(),
            inactive.defaultOptions(),
            inactive.autoInvoice()));
    Client noTerm = TestData.client(54, true);
    AutoInvoiceSettings a = noTerm.autoInvoice();
    givenClient(
        new Client(
            noTerm.id(),
            noTerm.name(),
            noTerm.company(),
            noTerm.address(),
            noTerm.billingEmail(),
            true,
            noTerm.mode(),
            noTerm.allowedCredit(),
            noTerm.unlimitedCredit(),
            noTerm.zone(),
            noTerm.includeTax(),
            noTerm.taxPercent(),
            noTerm.shortCalls(),
            noTerm.defaultOptions(),
            new AutoInvoiceSettings(
                true,
                a.autoInvoiceType(),
                null,
                a.startFrom(),
                a.hour(),
                a.skipZeroTraffic(),
                a.emailInvoice(),
                a.sendAsLink())));
    assertThat(directory().findAutoInvoiceClients())
        .extracting(c -> c.id().value())
        .containsExactly(51);
  }

  @Test
  void systemParametersDefaultWhenNoneStored() {
    assertThat(directory().systemParameters()).isEqualTo(SystemParameters.defaults());
  }

  @Test
  void systemParametersAsStored() {
    givenSystemParameters(new SystemParameters(4, false, "ACME", 1, "IBAN", 2, "sw", 0));
    SystemParameters p = directory().systemParameters();
    assertThat(p.invoiceDecimalDigits()).isEqualTo(4);
    assertThat(p.overlapProtection()).isFalse();
    assertThat(p.companyInfo()).isEqualTo("ACME");
    assertThat(p.billingDetails()).isEqualTo("IBAN");
  }
}
