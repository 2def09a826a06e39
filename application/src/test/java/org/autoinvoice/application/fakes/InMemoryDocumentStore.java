package org.autoinvoice.application.fakes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.autoinvoice.application.port.out.DocumentStore;

/**
 * In-memory {@link DocumentStore}: staged documents live apart from published ones until {@code
 * publish()} swaps them in; file names must be plain names (no path).
 */
public final class InMemoryDocumentStore implements DocumentStore {
  private final Map<String, byte[]> published = new ConcurrentHashMap<>();
  private final Map<Long, byte[]> staged = new ConcurrentHashMap<>();
  private final AtomicLong stageIds = new AtomicLong();

  /** Published and staged documents together. */
  public int objectCount() {
    return published.size() + staged.size();
  }

  public Optional<byte[]> published(String fileName) {
    return Optional.ofNullable(published.get(fileName)).map(byte[]::clone);
  }

  @Override
  public StagedDocument stage(String fileName, DocumentWriter writer) throws IOException {
    checkName(fileName);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(out);
    long id = stageIds.incrementAndGet();
    byte[] bytes = out.toByteArray();
    staged.put(id, bytes);
    return new StagedDocument() {
      private boolean isPublished;

      @Override
      public String fileName() {
        return fileName;
      }

      @Override
      public synchronized void publish() throws IOException {
        byte[] b = staged.remove(id);
        if (b == null) {
          throw new IOException("document " + fileName + " is no longer staged");
        }
        published.put(fileName, b);
        isPublished = true;
      }

      @Override
      public synchronized void discard() {
        staged.remove(id);
        if (isPublished) {
          published.remove(fileName, bytes);
          isPublished = false;
        }
      }
    };
  }

  @Override
  public Optional<InputStream> open(String fileName) {
    checkName(fileName);
    byte[] b = published.get(fileName);
    return b == null ? Optional.empty() : Optional.of(new ByteArrayInputStream(b));
  }

  @Override
  public boolean delete(String fileName) {
    checkName(fileName);
    return published.remove(fileName) != null;
  }

  private static void checkName(String fileName) {
    if (fileName == null
        || fileName.isBlank()
        || fileName.contains("/")
        || fileName.contains("\\")
        || fileName.contains("..")) {
      throw new IllegalArgumentException(
          "document file name must be a plain file name, got '" + fileName + "'");
    }
  }
}
