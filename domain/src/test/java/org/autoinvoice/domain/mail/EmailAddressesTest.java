package org.autoinvoice.domain.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

  @Test
  void splitsOnSemicolonsAndCommasTrimsAndDropsBlanks() {
    RecipientList list = EmailAddresses.parse(" a@x.com ; ;b@y.org,, c.d+e@mail.z.net ;");
    assertThat(list.valid()).containsExactly("a@x.com", "b@y.org", "c.d+e@mail.z.net");
    assertThat(list.invalid()).isEmpty();
    assertThat(list.isEmpty()).isFalse();
  }

  @Test
  void namesTheInvalidOnesAndKeepsTheValidOnes() {
    RecipientList list = EmailAddresses.parse("ok@x.com;not-an-address;bad@;@x.com;x@y");
    assertThat(list.valid()).containsExactly("ok@x.com");
    assertThat(list.invalid()).containsExactly("not-an-address", "bad@", "@x.com", "x@y");
    assertThat(list.hasInvalid()).isTrue();
  }

  @Test
  void keepsADuplicateOnceIgnoringCase() {
    assertThat(EmailAddresses.parse("A@x.com;a@X.com").valid()).containsExactly("A@x.com");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", " ; , ;"})
  void nothingGivenIsAnEmptyList(String raw) {
    assertThat(EmailAddresses.parse(raw).isEmpty()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "billing@carrier.example, true",
    "first.last@sub.domain.co, true",
    "o'hara@x.io, true",
    "a..b@x.com, false",
    ".a@x.com, false",
    "a@-x.com, false",
    "a b@x.com, false",
    "Name <a@x.com>, false",
    "a@x_y.com, false"
  })
  void checksTheFormOfOneAddress(String address, boolean valid) {
    assertThat(EmailAddresses.isValid(address)).isEqualTo(valid);
  }

  @Test
  void rejectsOverlongAddresses() {
    String local = "a".repeat(64);
    String domain = ("b".repeat(60) + ".").repeat(4) + "com";
    assertThat(EmailAddresses.isValid(local + "@" + domain)).isFalse();
  }
}
