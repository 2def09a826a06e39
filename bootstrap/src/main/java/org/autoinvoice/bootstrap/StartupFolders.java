package org.autoinvoice.bootstrap;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.autoinvoice.bootstrap.config.AutoInvoiceConfiguration;

/** Makes sure the folders the service writes to exist and are writable before it starts. */
public final class StartupFolders {

  private StartupFolders() {}

  /** Creates the {@code [invoice] dir} (relative to the working directory) if needed. */
  public static Path prepareInvoiceDir(AutoInvoiceConfiguration configuration) {
    return ensureWritableDirectory(
        Path.of(configuration.getInvoice().dir()).toAbsolutePath(), "[invoice] dir");
  }

  /**
   * Creates {@code dir} and its parents if needed.
   *
   * @param what the config.ini key the folder comes from, named in the message
   * @throws StartupException naming the path when it cannot be created or written to
   */
  public static Path ensureWritableDirectory(Path dir, String what) {
    Path absolute = dir.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new StartupException(
          "config.ini " + what + ": '" + absolute + "' exists but is not a directory");
    }
    try {
      Files.createDirectories(absolute);
    } catch (IOException | SecurityException e) {
      String reason =
          e instanceof FileSystemException fs && fs.getReason() != null
              ? fs.getReason()
              : e.getClass().getSimpleName();
      throw new StartupException(
          "config.ini " + what + ": cannot create directory '" + absolute + "' (" + reason + ")");
    }
    if (!Files.isWritable(absolute)) {
      throw new StartupException(
          "config.ini " + what + ": directory '" + absolute + "' is not writable");
    }
    return absolute;
  }
}
