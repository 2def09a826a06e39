package org.autoinvoice.domain.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Invoice#withNumber}: the same invoice under another number, and its file name. */
class InvoiceWithNumberTest {

  @Test
  void withNumberChangesTheNumberAndTheFileNameOnly() {
    Invoice unnumbered =
        InvoiceAssembler.assemble(
            InvoiceAssemblerTest.inputs(
                InvoiceType.BOTH,
                InvoiceOptions.all(),
                List.of(InvoiceAssemblerTest.IN),
                List.of(InvoiceAssemblerTest.OUT)));

    Invoice numbered = unnumbered.withNumber("2042");

    assertThat(numbered.number()).isEqualTo("2042");
    assertThat(numbered.pdfFileName()).isEqualTo("2042_2024-02-01.pdf");
    assertThat(numbered).usingRecursiveComparison().ignoringFields("number").isEqualTo(unnumbered);
    assertThatThrownBy(() -> unnumbered.withNumber(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("number");
  }
}
