package org.autoinvoice.adapters.persistence;

import java.util.List;
import java.util.Map;

/** The one aggregating statement of a usage read, its bound parameters and the tables it reads. */
record UsageStatement(String sql, Map<String, Object> parameters, List<String> tables) {
  UsageStatement {
    parameters = Map.copyOf(parameters);
    tables = List.copyOf(tables);
  }
}
