package org.autoinvoice.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code check} and {@code server} in-process through Dropwizard's command line. */
class CommandLineTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream cliOut = new ByteArrayOutputStream();
  private final ByteArrayOutputStream cliErr = new ByteArrayOutputStream();

  private Optional<Throwable> run(String... args) throws Exception {
    AutoInvoiceApplication app =
        new AutoInvoiceApplication(
            Clock.systemUTC(), new PrintStream(stdout, true, StandardCharsets.UTF_8));
    return app.newCli(cliOut, cliErr).run(args);
  }

  private String err() {
    return cliErr.toString(StandardCharsets.UTF_8);
  }

  private Path config(String logFile, String invoiceDir) throws Exception {
    String text =
        Files.readString(Path.of("..", "config.ini"))
            .replace("file = logs/autoinvoice.log", "file = " + logFile)
            .replace("dir = app/invoice", "dir = " + invoiceDir)
            .replace("port = 5000", "port = 0")
            .replace("admin_port = 5001", "admin_port = 0");
    Path file = dir.resolve("config.ini");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void checkAcceptsTheShippedConfigIni() throws Exception {
    Optional<Throwable> failure = run("check", Path.of("..", "config.ini").toString());

    assertThat(failure).isEmpty();
    assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("config.ini: OK");
    assertThat(err()).isEmpty();
  }

  @Test
  void checkListsEveryProblemOneLineEachAndFails() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("config.ini"),
            Files.readString(Path.of("..", "config.ini"))
                .replace("when = midnight", "when = X")
                .replace("pool_size = 10", "pool_size = ten"));

    Optional<Throwable> failure = run("check", file.toString());

    assertThat(failure).isPresent();
    assertThat(err().lines())
        .containsExactly(
            "config.ini [postgres] pool_size = 'ten': expected a whole number >= 1",
            "config.ini [log] when = 'X': expected one of S, M, H, D, W0-W6, midnight");
    assertThat(stdout.toString(StandardCharsets.UTF_8)).doesNotContain("OK");
  }

  @Test
  void checkPrintsWarningsForUnknownKeysButPasses() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("config.ini"),
            Files.readString(Path.of("..", "config.ini")).replace("[http]", "[http]\nsecure = 1"));

    assertThat(run("check", file.toString())).isEmpty();
    assertThat(stdout.toString(StandardCharsets.UTF_8))
        .contains("warning: config.ini [http] secure: unknown key ignored");
  }

  @Test
  void serverStopsWithOneLineWhenTheInvoiceDirCannotBeCreated() throws Exception {
    Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
    Path file = config(dir.resolve("logs/a.log").toString(), blocker.resolve("invoice").toString());

    Optional<Throwable> failure = run("server", file.toString());

    assertThat(failure).isPresent();
    assertThat(err().lines())
        .containsExactly(
            "config.ini [invoice] dir: cannot create directory '"
                + blocker.resolve("invoice").toAbsolutePath()
                + "' (Not a directory)");
  }

  @Test
  void serverStopsWithOneLineWhenTheLogDirCannotBeCreated() throws Exception {
    Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
    Path file = config(blocker.resolve("a.log").toString(), dir.resolve("inv").toString());

    Optional<Throwable> failure = run("server", file.toString());

    assertThat(failure).isPresent();
    assertThat(err().lines())
        .containsExactly(
            "config.ini [log] file: '"
                + blocker.toAbsolutePath()
                + "' exists but is not a directory");
  }

  @Test
  void serverStopsWithOneLinePerConfigProblem() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("config.ini"),
            Files.readString(Path.of("..", "config.ini")).replace("by_time = 1", "by_time = yes"));

    assertThat(run("server", file.toString())).isPresent();
    assertThat(err().lines())
        .containsExactly(
            "config.ini [log] by_time = 'yes': expected a whole number (1 = rotate by time,"
                + " anything else = by size)");
  }
}
