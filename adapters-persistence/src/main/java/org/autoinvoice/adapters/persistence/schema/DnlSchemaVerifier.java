package org.autoinvoice.adapters.persistence.schema;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Read-only check of an existing DNL database: every table, column and sequence of the project's
 * migration must be visible in the connection's search path; it never creates or alters anything.
 */
public final class DnlSchemaVerifier {

  private final Jdbi jdbi;
  private final DnlSchemaScript script;

  /** Verifier working on the given Jdbi. */
  public DnlSchemaVerifier(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.script = DnlSchemaScript.load();
  }

  /** Verifier working on the given data source. */
  public DnlSchemaVerifier(DataSource dataSource) {
    this(Jdbi.create(Objects.requireNonNull(dataSource, "dataSource")));
  }

  /**
   * Lists what is missing, one line each ({@code table cdr_report_detail missing}, {@code table
   * invoice: column status missing}, {@code sequence class4_seq_invoice_no missing}); empty when
   * the database has everything the service uses.
   */
  public List<String> missing() {
    try {
      return jdbi.withHandle(this::readOnlyCheck);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the DNL database catalogue", e);
    }
  }

  private List<String> readOnlyCheck(Handle handle) throws SQLException {
    handle.getConnection().setReadOnly(true);
    try {
      return findMissing(handle);
    } finally {
      handle.getConnection().setReadOnly(false);
    }
  }

  private List<String> findMissing(Handle handle) {
    Map<String, Set<String>> present = presentColumns(handle);
    Set<String> sequences = presentSequences(handle);
    List<String> missing = new ArrayList<>();
    for (String sequence : script.sequences()) {
      if (!sequences.contains(sequence)) {
        missing.add("sequence " + sequence + " missing");
      }
    }
    script
        .columnsByTable()
        .forEach(
            (table, columns) -> {
              Set<String> have = present.get(table);
              if (have == null) {
                missing.add("table " + table + " missing");
                return;
              }
              for (String column : columns) {
                if (!have.contains(column)) {
                  missing.add("table " + table + ": column " + column + " missing");
                }
              }
            });
    return List.copyOf(missing);
  }

  private Map<String, Set<String>> presentColumns(Handle handle) {
    Map<String, Set<String>> present = new HashMap<>();
    handle
        .createQuery(
            "SELECT table_name, column_name FROM information_schema.columns"
                + " WHERE table_schema = ANY (current_schemas(false))"
                + " AND table_name = ANY (:tables)")
        .bindArray("tables", String.class, List.copyOf(script.columnsByTable().keySet()))
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
        .forEach(e -> present.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
    return present;
  }

  private Set<String> presentSequences(Handle handle) {
    return new HashSet<>(
        handle
            .createQuery(
                "SELECT sequence_name FROM information_schema.sequences"
                    + " WHERE sequence_schema = ANY (current_schemas(false))")
            .mapTo(String.class)
            .list());
  }
}
