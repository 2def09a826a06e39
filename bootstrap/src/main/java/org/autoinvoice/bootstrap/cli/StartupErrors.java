package org.autoinvoice.bootstrap.cli;

import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.ConfigurationValidationException;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.autoinvoice.bootstrap.StartupException;
import org.autoinvoice.bootstrap.config.ConfigProblemsException;

/** Turns the failures an operator can fix into one line each; others stay stack traces. */
public final class StartupErrors {

  private StartupErrors() {}

  /**
   * The one-line messages for {@code error} or any of its causes, or empty when it is a bug.
   *
   * @param fileLabel the configuration file's name, used for Bean Validation failures
   */
  public static Optional<List<String>> describe(Throwable error, String fileLabel) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof ConfigProblemsException problems) {
        return Optional.of(problems.problems());
      }
      if (t instanceof ConfigurationValidationException invalid) {
        List<String> lines = new ArrayList<>();
        for (ConstraintViolation<?> v : invalid.getConstraintViolations()) {
          lines.add(line(fileLabel, v));
        }
        lines.sort(null);
        return Optional.of(lines);
      }
      if (t instanceof ConfigurationException other) {
        return Optional.of(List.of(oneLine(other.getMessage())));
      }
      if (t instanceof StartupException startup) {
        return Optional.of(List.of(startup.getMessage()));
      }
    }
    return Optional.empty();
  }

  private static String line(String fileLabel, ConstraintViolation<?> v) {
    String path = v.getPropertyPath().toString();
    int dot = path.indexOf('.');
    String location =
        dot > 0 ? "[" + path.substring(0, dot) + "] " + path.substring(dot + 1) : path;
    Object value = v.getInvalidValue();
    String shown = value == null ? ": missing, " : " = '" + value + "': ";
    return fileLabel + " " + location + shown + v.getMessage();
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").trim();
  }
}
