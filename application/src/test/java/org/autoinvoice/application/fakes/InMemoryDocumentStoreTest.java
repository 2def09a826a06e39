package org.autoinvoice.application.fakes;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.autoinvoice.application.contract.DocumentStoreContract;
import org.autoinvoice.application.port.out.DocumentStore;
import org.junit.jupiter.api.Test;

class InMemoryDocumentStoreTest extends DocumentStoreContract {
  private final InMemoryDocumentStore store = new InMemoryDocumentStore();

  @Override
  protected DocumentStore store() {
    return store;
  }

  @Override
  protected int storedObjectCount() {
    return store.objectCount();
  }

  @Test
  void namesWithAPathAreRejected() {
    assertThatThrownBy(() -> store.open("../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plain file name");
    assertThatThrownBy(() -> store.stage("a/b.pdf", out -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
