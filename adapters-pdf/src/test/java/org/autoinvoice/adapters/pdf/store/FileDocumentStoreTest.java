package org.autoinvoice.adapters.pdf.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.autoinvoice.application.port.out.DocumentStore.StagedDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileDocumentStoreTest {
  @TempDir Path root;
  Path dir;
  FileDocumentStore store;

  @BeforeEach
  void setUp() throws IOException {
    dir = root.resolve("invoice");
    store = new FileDocumentStore(dir);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private String[] listing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void stagedDocumentIsAHiddenTempFileUntilPublished() throws IOException {
    StagedDocument staged = store.stage("INV-1_2024-03-01.pdf", out -> out.write(bytes("%PDF-1")));

    assertThat(listing())
        .singleElement()
        .asString()
        .startsWith(".INV-1_2024-03-01.pdf.")
        .endsWith(".tmp");
    assertThat(store.open("INV-1_2024-03-01.pdf")).isEmpty();

    staged.publish();

    assertThat(listing()).containsExactly("INV-1_2024-03-01.pdf");
    try (InputStream in = store.open("INV-1_2024-03-01.pdf").orElseThrow()) {
      assertThat(in.readAllBytes()).isEqualTo(bytes("%PDF-1"));
    }
  }

  @Test
  void publishReplacesAnOlderFileAndDiscardAfterPublishRemovesIt() throws IOException {
    store.stage("a.pdf", out -> out.write(bytes("old"))).publish();
    StagedDocument second = store.stage("a.pdf", out -> out.write(bytes("new")));
    second.publish();
    try (InputStream in = store.open("a.pdf").orElseThrow()) {
      assertThat(in.readAllBytes()).isEqualTo(bytes("new"));
    }
    second.discard();
    assertThat(listing()).isEmpty();
  }

  @Test
  void discardBeforePublishLeavesNothing() throws IOException {
    store.stage("b.pdf", out -> out.write(bytes("x"))).discard();
    assertThat(listing()).isEmpty();
  }

  @Test
  void writerThatFailsHalfwayLikeAFullDiskLeavesNoFileAtAll() throws IOException {
    IOException diskFull = new IOException("No space left on device");
    assertThatThrownBy(
            () ->
                store.stage(
                    "c.pdf",
                    out -> {
                      out.write(new byte[64 * 1024]);
                      throw diskFull;
                    }))
        .isSameAs(diskFull);
    assertThat(listing()).isEmpty();
  }

  @Test
  void writerThatThrowsAnUncheckedExceptionLeavesNoFileEither() throws IOException {
    assertThatThrownBy(
            () ->
                store.stage(
                    "d.pdf",
                    out -> {
                      out.write(1);
                      throw new IllegalStateException("renderer bug");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(listing()).isEmpty();
  }

  @Test
  void writerMayCloseTheStream() throws IOException {
    store
        .stage(
            "e.pdf",
            out -> {
              out.write(bytes("closed early"));
              out.close();
            })
        .publish();
    assertThat(Files.readString(dir.resolve("e.pdf"))).isEqualTo("closed early");
  }

  @Test
  void openAndDeleteOfMissingFiles() throws IOException {
    assertThat(store.open("none.pdf")).isEmpty();
    assertThat(store.delete("none.pdf")).isFalse();
    store.stage("f.pdf", out -> out.write(1)).publish();
    assertThat(store.delete("f.pdf")).isTrue();
    assertThat(listing()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../secret.pdf",
        "..",
        "a/b.pdf",
        "a\\b.pdf",
        "/etc/passwd",
        "x\0.pdf",
        "",
        ".hidden.tmp",
        "C:evil.pdf"
      })
  void refusesAnythingButAPlainFileName(String name) {
    assertThatThrownBy(() -> store.open(name)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.delete(name)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.stage(name, out -> out.write(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesASymlinkLeadingOutOfTheDirectory() throws IOException {
    Path outside = Files.writeString(root.resolve("outside.pdf"), "secret");
    Files.createSymbolicLink(dir.resolve("link.pdf"), outside);

    assertThatThrownBy(() -> store.open("link.pdf")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.delete("link.pdf")).isInstanceOf(IllegalArgumentException.class);
    assertThat(outside).exists();
  }
}
