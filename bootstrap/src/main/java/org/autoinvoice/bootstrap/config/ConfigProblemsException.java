package org.autoinvoice.bootstrap.config;

import java.io.IOException;
import java.util.List;

/** Thrown when config.ini cannot be used; carries one line per problem for the operator. */
public final class ConfigProblemsException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  /** Creates the exception from at least one one-line problem description. */
  public ConfigProblemsException(List<String> problems) {
    super(String.join(System.lineSeparator(), problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("at least one problem is required");
    }
    this.problems = List.copyOf(problems);
  }

  /** The problems, one line each, naming section, key, bad value and expected form. */
  public List<String> problems() {
    return problems;
  }
}
