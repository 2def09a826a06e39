package org.autoinvoice.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupFoldersTest {

  @TempDir Path dir;

  @Test
  void createsMissingFoldersWithTheirParents() {
    Path target = dir.resolve("app/invoice");

    assertThat(StartupFolders.ensureWritableDirectory(target, "[invoice] dir")).isDirectory();
  }

  @Test
  void acceptsAnExistingWritableFolder() throws Exception {
    Path target = Files.createDirectory(dir.resolve("logs"));

    assertThat(StartupFolders.ensureWritableDirectory(target, "[log] file")).isEqualTo(target);
  }

  @Test
  void namesThePathWhenAFileIsInTheWay() throws Exception {
    Path file = Files.writeString(dir.resolve("invoice"), "x");

    assertThatThrownBy(() -> StartupFolders.ensureWritableDirectory(file, "[invoice] dir"))
        .isInstanceOf(StartupException.class)
        .hasMessage("config.ini [invoice] dir: '" + file + "' exists but is not a directory");
  }

  @Test
  void namesThePathWhenTheFolderIsNotWritable() throws Exception {
    assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
    Path readOnly = Files.createDirectory(dir.resolve("ro"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));

    assertThatThrownBy(() -> StartupFolders.ensureWritableDirectory(readOnly, "[invoice] dir"))
        .isInstanceOf(StartupException.class)
        .hasMessage("config.ini [invoice] dir: directory '" + readOnly + "' is not writable");
  }
}
