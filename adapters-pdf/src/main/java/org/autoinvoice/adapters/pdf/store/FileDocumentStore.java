package org.autoinvoice.adapters.pdf.store;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.autoinvoice.application.port.out.DocumentStore;

/**
 * Out-adapter: the invoice directory on disk (rules D9, D10). A document is written to a hidden
 * temporary file in the same directory ({@code .<name>.<random>.tmp}), forced to disk, then moved
 * into place atomically; a failed write leaves no file at all. Only plain file names inside the
 * directory are ever opened or deleted.
 */
public final class FileDocumentStore implements DocumentStore {
  private final Path dir;

  public FileDocumentStore(Path dir) throws IOException {
    Files.createDirectories(dir);
    this.dir = dir.toRealPath();
  }

  @Override
  public StagedDocument stage(String fileName, DocumentWriter writer) throws IOException {
    Path target = dir.resolve(checkName(fileName));
    Path temp = Files.createTempFile(dir, "." + fileName + ".", ".tmp");
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      OutputStream out = new KeepOpen(Channels.newOutputStream(channel));
      writer.write(out);
      out.flush();
      channel.force(true);
    } catch (IOException | RuntimeException | Error e) {
      deleteQuietly(temp);
      throw e;
    }
    return new Staged(fileName, temp, target);
  }

  @Override
  public Optional<InputStream> open(String fileName) throws IOException {
    Path file = dir.resolve(checkName(fileName));
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    Path real = insideDir(file, fileName);
    if (!Files.isRegularFile(real)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.newInputStream(real));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  @Override
  public boolean delete(String fileName) throws IOException {
    Path file = dir.resolve(checkName(fileName));
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    insideDir(file, fileName);
    return Files.deleteIfExists(file);
  }

  /** A plain file name: no separators, no "..", no NUL, not absolute, not hidden. */
  static String checkName(String fileName) {
    if (fileName == null
        || fileName.isBlank()
        || fileName.contains("/")
        || fileName.contains("\\")
        || fileName.contains("..")
        || fileName.indexOf('\0') >= 0
        || fileName.startsWith(".")
        || fileName.contains(":")) {
      throw new IllegalArgumentException(
          "file name must be a plain file name inside the invoice directory, got '"
              + String.valueOf(fileName).replace('\0', '?')
              + "'");
    }
    return fileName;
  }

  private Path insideDir(Path file, String fileName) throws IOException {
    Path real;
    try {
      real = file.toRealPath();
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(
          "file name '" + fileName + "' is a link to nowhere, refused", e);
    }
    if (!real.getParent().equals(dir)) {
      throw new IllegalArgumentException(
          "file name '" + fileName + "' leads outside the invoice directory, refused");
    }
    return real;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // best effort: the temporary file is hidden and named .tmp
    }
  }

  /** The writer may close the stream; the store still has to force and close the channel. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  private static final class Staged implements StagedDocument {
    private final String fileName;
    private final Path temp;
    private final Path target;
    private volatile boolean published;

    Staged(String fileName, Path temp, Path target) {
      this.fileName = fileName;
      this.temp = temp;
      this.target = target;
    }

    @Override
    public String fileName() {
      return fileName;
    }

    @Override
    public void publish() throws IOException {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      published = true;
    }

    @Override
    public void discard() {
      deleteQuietly(published ? target : temp);
    }
  }
}
