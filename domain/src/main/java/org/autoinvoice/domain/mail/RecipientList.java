package org.autoinvoice.domain.mail;

import java.util.List;

/** A typed-in address list split into the addresses that look valid and those that do not. */
public record RecipientList(List<String> valid, List<String> invalid) {
  public RecipientList {
    valid = List.copyOf(valid);
    invalid = List.copyOf(invalid);
  }

  /** True when not a single address was given (only blanks and separators, or nothing). */
  public boolean isEmpty() {
    return valid.isEmpty() && invalid.isEmpty();
  }

  public boolean hasInvalid() {
    return !invalid.isEmpty();
  }
}
