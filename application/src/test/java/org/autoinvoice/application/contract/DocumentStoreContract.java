package org.autoinvoice.application.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.autoinvoice.application.port.out.DocumentStore;
import org.autoinvoice.application.port.out.DocumentStore.StagedDocument;
import org.junit.jupiter.api.Test;

/** What every {@link DocumentStore} must do. Each test starts from an empty store. */
public abstract class DocumentStoreContract {
  protected abstract DocumentStore store();

  /** How many documents the store holds, staged or published (temporary files included). */
  protected abstract int storedObjectCount() throws IOException;

  private StagedDocument stage(String name, String content) throws IOException {
    return store().stage(name, out -> out.write(content.getBytes(UTF_8)));
  }

  private Optional<String> read(String name) throws IOException {
    Optional<InputStream> in = store().open(name);
    if (in.isEmpty()) {
      return Optional.empty();
    }
    try (InputStream s = in.get()) {
      return Optional.of(new String(s.readAllBytes(), UTF_8));
    }
  }

  @Test
  void aStagedDocumentIsInvisibleUntilPublished() throws IOException {
    StagedDocument d = stage("1001_2024-02-01.pdf", "first");
    assertThat(d.fileName()).isEqualTo("1001_2024-02-01.pdf");
    assertThat(read("1001_2024-02-01.pdf")).isEmpty();
    d.publish();
    assertThat(read("1001_2024-02-01.pdf")).contains("first");
  }

  @Test
  void publishingReplacesAnOlderDocumentOnlyThen() throws IOException {
    stage("a.pdf", "old").publish();
    StagedDocument d = stage("a.pdf", "new");
    assertThat(read("a.pdf")).contains("old");
    d.publish();
    assertThat(read("a.pdf")).contains("new");
  }

  @Test
  void discardLeavesNothing() throws IOException {
    StagedDocument d = stage("b.pdf", "draft");
    d.discard();
    assertThat(read("b.pdf")).isEmpty();
    assertThat(storedObjectCount()).isZero();
  }

  @Test
  void discardAfterPublishRemovesThePublishedDocument() throws IOException {
    StagedDocument d = stage("c.pdf", "x");
    d.publish();
    d.discard();
    assertThat(read("c.pdf")).isEmpty();
    assertThat(storedObjectCount()).isZero();
  }

  @Test
  void aFailingWriterLeavesNothing() throws IOException {
    assertThatThrownBy(
            () ->
                store()
                    .stage(
                        "d.pdf",
                        out -> {
                          out.write("partial".getBytes(UTF_8));
                          throw new IOException("renderer broke");
                        }))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("renderer broke");
    assertThat(read("d.pdf")).isEmpty();
    assertThat(storedObjectCount()).isZero();
  }

  @Test
  void deleteRemovesAPublishedDocument() throws IOException {
    stage("e.pdf", "x").publish();
    assertThat(store().delete("e.pdf")).isTrue();
    assertThat(read("e.pdf")).isEmpty();
    assertThat(store().delete("e.pdf")).isFalse();
  }

  @Test
  void unknownDocumentIsEmpty() throws IOException {
    assertThat(store().open("missing.pdf")).isEmpty();
  }
}
