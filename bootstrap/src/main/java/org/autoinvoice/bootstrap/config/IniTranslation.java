package org.autoinvoice.bootstrap.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The configuration tree read from config.ini, with warnings about keys that were ignored. */
public record IniTranslation(ObjectNode tree, List<String> warnings) {
  /** Copies the warnings so the record stays immutable. */
  public IniTranslation {
    warnings = List.copyOf(warnings);
  }
}
