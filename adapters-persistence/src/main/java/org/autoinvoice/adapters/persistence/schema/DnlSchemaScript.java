package org.autoinvoice.adapters.persistence.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's DNL migration ({@code db/dnl-schema.sql}) as text, and the tables, columns and
 * sequences it declares, read from its {@code CREATE TABLE} / {@code CREATE SEQUENCE} statements.
 */
public final class DnlSchemaScript {

  /** Classpath location of the migration. */
  public static final String RESOURCE = "/db/dnl-schema.sql";

  private static final Pattern CREATE_TABLE =
      Pattern.compile(
          "(?m)^CREATE TABLE (\\w+) \\([ \\t]*(?:--[^\\n]*)?$(.*?)^\\);", Pattern.DOTALL);
  private static final Pattern CREATE_SEQUENCE = Pattern.compile("(?m)^CREATE SEQUENCE (\\w+)");
  private static final Set<String> NOT_A_COLUMN =
      Set.of("primary", "unique", "constraint", "foreign", "check", "exclude", "like");

  private final String sql;
  private final Map<String, List<String>> columnsByTable;
  private final List<String> sequences;

  private DnlSchemaScript(String sql) {
    this.sql = sql;
    this.columnsByTable = parseTables(sql);
    this.sequences = parseSequences(sql);
  }

  /** Loads the migration shipped in this module's jar. */
  public static DnlSchemaScript load() {
    try (InputStream in = DnlSchemaScript.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("classpath resource " + RESOURCE + " is missing");
      }
      return new DnlSchemaScript(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** The whole migration, several statements separated by semicolons. */
  public String sql() {
    return sql;
  }

  /** Table name to its column names, in declaration order. */
  public Map<String, List<String>> columnsByTable() {
    return columnsByTable;
  }

  /** Names of the sequences the migration creates. */
  public List<String> sequences() {
    return sequences;
  }

  private static Map<String, List<String>> parseTables(String sql) {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    Matcher m = CREATE_TABLE.matcher(sql);
    while (m.find()) {
      List<String> columns = new ArrayList<>();
      for (String rawLine : m.group(2).split("\n")) {
        String line = stripComment(rawLine).trim();
        if (line.isEmpty()) {
          continue;
        }
        String first = line.split("\\s+", 2)[0].replace("\"", "");
        if (!NOT_A_COLUMN.contains(first.toLowerCase(Locale.ROOT))) {
          columns.add(first);
        }
      }
      if (columns.isEmpty()) {
        throw new IllegalStateException(
            "table " + m.group(1) + " in " + RESOURCE + " has no column");
      }
      tables.put(m.group(1), List.copyOf(columns));
    }
    if (tables.isEmpty()) {
      throw new IllegalStateException(RESOURCE + " declares no table");
    }
    return Collections.unmodifiableMap(tables);
  }

  private static List<String> parseSequences(String sql) {
    List<String> names = new ArrayList<>();
    Matcher m = CREATE_SEQUENCE.matcher(sql);
    while (m.find()) {
      names.add(m.group(1));
    }
    return List.copyOf(names);
  }

  private static String stripComment(String line) {
    int dash = line.indexOf("--");
    return dash < 0 ? line : line.substring(0, dash);
  }
}
