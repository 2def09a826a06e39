package org.autoinvoice.bootstrap.config;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ini4j.Config;
import org.ini4j.Ini;
import org.ini4j.InvalidFileFormatException;
import org.ini4j.Profile;

/**
 * Translates config.ini (read with ini4j) into the configuration tree of {@link
 * AutoInvoiceConfiguration}, collecting every problem as one line naming section, key, bad value
 * and expected form.
 *
 * <p>Keys are case-insensitive (as Python's configparser lowercases them); sections are not. Legacy
 * spellings accepted: {@code [log] alert_rules_when}, {@code backupCount}, {@code maxBytes}, {@code
 * [other] debug_level}. Unknown sections and keys are reported as warnings and otherwise ignored,
 * so an operator's old config.ini still starts the service.
 */
public final class IniConfigTranslator {

  private static final String FLAG = "expected 0 or 1";
  private static final String PORT = "expected a port number 0-65535";
  private static final String POSITIVE = "expected a whole number >= 1";
  private static final String NON_NEGATIVE = "expected a whole number >= 0";

  private static final Map<String, Set<String>> KNOWN =
      Map.of(
          "postgres",
              Set.of(
                  "embedded",
                  "data_dir",
                  "host",
                  "port",
                  "dbname",
                  "user",
                  "password",
                  "pool_size"),
          "http", Set.of("host", "port", "admin_port"),
          "log",
              Set.of(
                  "file",
                  "by_time",
                  "when",
                  "alert_rules_when",
                  "interval",
                  "backup_count",
                  "backupcount",
                  "max_bytes",
                  "maxbytes",
                  "debug_level"),
          "invoice", Set.of("dir", "record_scc_payment"),
          "other", Set.of("logo_file_get", "logo_file", "blank_logo", "debug_level"),
          "scheduler", Set.of("enabled", "clustered", "workers"),
          "mail", Set.of("enabled", "public_url", "ui_url"));

  private final String fileLabel;
  private final int cores;
  private final List<String> problems = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final Map<String, Map<String, String>> sections = new LinkedHashMap<>();

  private IniConfigTranslator(String fileLabel, int cores) {
    this.fileLabel = fileLabel;
    this.cores = cores;
  }

  /**
   * Reads config.ini from {@code input}.
   *
   * @param fileLabel the name shown in messages, e.g. {@code config.ini}
   * @param cores the default for {@code [scheduler] workers}
   * @throws ConfigProblemsException listing every problem found
   */
  public static IniTranslation translate(InputStream input, String fileLabel, int cores)
      throws IOException {
    IniConfigTranslator translator = new IniConfigTranslator(fileLabel, cores);
    translator.load(input);
    ObjectNode tree = translator.buildTree();
    if (!translator.problems.isEmpty()) {
      throw new ConfigProblemsException(translator.problems);
    }
    return new IniTranslation(tree, translator.warnings);
  }

  private void load(InputStream input) throws IOException {
    Config config = new Config();
    config.setEscape(false);
    config.setLowerCaseOption(true);
    config.setMultiSection(false);
    config.setEmptyOption(true);
    Ini ini = new Ini();
    ini.setConfig(config);
    try {
      ini.load(new InputStreamReader(input, StandardCharsets.UTF_8));
    } catch (InvalidFileFormatException e) {
      throw new ConfigProblemsException(
          List.of(fileLabel + ": not an INI file: " + oneLine(e.getMessage())));
    }
    for (Map.Entry<String, Profile.Section> entry : ini.entrySet()) {
      String name = entry.getKey();
      Map<String, String> values = sections.computeIfAbsent(name, k -> new LinkedHashMap<>());
      for (String key : entry.getValue().keySet()) {
        String value = entry.getValue().get(key);
        values.put(key, value == null ? "" : value.trim());
      }
      Set<String> known = KNOWN.get(name);
      if (known == null) {
        warnings.add(
            fileLabel + " [" + name + "]: unknown section ignored; known: " + KNOWN.keySet());
        continue;
      }
      for (String key : values.keySet()) {
        if (!known.contains(key)) {
          warnings.add(fileLabel + " [" + name + "] " + key + ": unknown key ignored");
        }
      }
    }
  }

  private ObjectNode buildTree() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();

    ObjectNode postgres = root.putObject("postgres");
    int embedded = flag("postgres", "embedded", "0", postgres, "embedded");
    text("postgres", "data_dir", "data/postgres", postgres, "data_dir");
    boolean external = embedded != 1;
    text("postgres", "host", external ? null : "127.0.0.1", postgres, "host");
    port("postgres", "port", external ? null : "5432", postgres, "port");
    text("postgres", "dbname", external ? null : "softswitch4v5", postgres, "dbname");
    text("postgres", "user", external ? null : "postgres", postgres, "user");
    String password = value("postgres", "password");
    postgres.put("password", password == null ? "" : password);
    integer("postgres", "pool_size", "10", 1, POSITIVE, postgres, "pool_size");

    ObjectNode http = root.putObject("http");
    text("http", "host", "127.0.0.1", http, "host");
    port("http", "port", "5000", http, "port");
    port("http", "admin_port", "5001", http, "admin_port");

    ObjectNode log = root.putObject("log");
    text("log", "file", null, log, "file");
    Integer byTime =
        integer(
            "log",
            "by_time",
            null,
            Integer.MIN_VALUE,
            "expected a whole number (1 = rotate by time, anything else = by size)",
            log,
            "by_time");
    boolean timed = byTime != null && byTime == 1;
    when(timed ? null : "midnight", log);
    integer("log", "interval", "1", 1, POSITIVE, log, "interval");
    integer(
        "log",
        alias("log", "backup_count", "backupcount"),
        "0",
        0,
        NON_NEGATIVE,
        log,
        "backup_count");
    longValue("log", alias("log", "max_bytes", "maxbytes"), timed ? "0" : null, log, "max_bytes");
    String debugSection =
        value("log", "debug_level") == null && value("other", "debug_level") != null
            ? "other"
            : "log";
    flag(debugSection, "debug_level", "0", log, "debug_level");

    ObjectNode invoice = root.putObject("invoice");
    text("invoice", "dir", "app/invoice", invoice, "dir");
    flag("invoice", "record_scc_payment", "0", invoice, "record_scc_payment");

    ObjectNode other = root.putObject("other");
    url("other", "logo_file_get", other, "logo_file_get");
    text("other", "logo_file", "logo.jpg", other, "logo_file");
    text("other", "blank_logo", "blank_logo", other, "blank_logo");

    ObjectNode scheduler = root.putObject("scheduler");
    flag("scheduler", "enabled", "1", scheduler, "enabled");
    flag("scheduler", "clustered", "0", scheduler, "clustered");
    integer("scheduler", "workers", String.valueOf(cores), 1, POSITIVE, scheduler, "workers");

    ObjectNode mail = root.putObject("mail");
    flag("mail", "enabled", "1", mail, "enabled");
    String defaultPublicUrl =
        "http://" + http.path("host").asText() + ":" + http.path("port").asText();
    if (value("mail", "public_url") == null) {
      mail.put("public_url", defaultPublicUrl);
    } else {
      url("mail", "public_url", mail, "public_url");
    }
    String uiUrl = value("mail", "ui_url");
    if (uiUrl == null || uiUrl.isEmpty()) {
      mail.put("ui_url", "");
    } else {
      url("mail", "ui_url", mail, "ui_url");
    }
    return root;
  }

  private String alias(String section, String key, String legacy) {
    if (value(section, key) == null && value(section, legacy) != null) {
      return legacy;
    }
    if (value(section, key) != null && value(section, legacy) != null) {
      warnings.add(
          fileLabel + " [" + section + "] " + legacy + ": ignored because " + key + " is set");
    }
    return key;
  }

  private String value(String section, String key) {
    Map<String, String> values = sections.get(section);
    return values == null ? null : values.get(key);
  }

  /** The value, or the default, or null after recording a "missing" problem. */
  private String required(String section, String key, String fallback, String expected) {
    String raw = value(section, key);
    if (raw != null && !raw.isEmpty()) {
      return raw;
    }
    if (fallback != null) {
      return fallback;
    }
    problems.add(
        fileLabel
            + " ["
            + section
            + "] "
            + key
            + (raw == null ? ": missing, " : " = '': empty, ")
            + expected);
    return null;
  }

  private void bad(String section, String key, String raw, String expected) {
    problems.add(fileLabel + " [" + section + "] " + key + " = '" + raw + "': " + expected);
  }

  private void text(String section, String key, String fallback, ObjectNode node, String field) {
    String v = required(section, key, fallback, "expected a value");
    if (v != null) {
      node.put(field, v);
    }
  }

  private Integer integer(
      String section,
      String key,
      String fallback,
      int min,
      String expected,
      ObjectNode node,
      String field) {
    String raw = required(section, key, fallback, expected);
    if (raw == null) {
      return null;
    }
    try {
      int v = Integer.parseInt(raw);
      if (v < min) {
        bad(section, key, raw, expected);
        return null;
      }
      node.put(field, v);
      return v;
    } catch (NumberFormatException e) {
      bad(section, key, raw, expected);
      return null;
    }
  }

  private void longValue(
      String section, String key, String fallback, ObjectNode node, String field) {
    String raw = required(section, key, fallback, NON_NEGATIVE);
    if (raw == null) {
      return;
    }
    try {
      long v = Long.parseLong(raw);
      if (v < 0) {
        bad(section, key, raw, NON_NEGATIVE);
        return;
      }
      node.put(field, v);
    } catch (NumberFormatException e) {
      bad(section, key, raw, NON_NEGATIVE);
    }
  }

  private int flag(String section, String key, String fallback, ObjectNode node, String field) {
    String raw = required(section, key, fallback, FLAG);
    if (raw == null) {
      return -1;
    }
    if (!raw.equals("0") && !raw.equals("1")) {
      bad(section, key, raw, FLAG);
      return -1;
    }
    node.put(field, Integer.parseInt(raw));
    return Integer.parseInt(raw);
  }

  private void port(String section, String key, String fallback, ObjectNode node, String field) {
    Integer v = integer(section, key, fallback, 0, PORT, node, field);
    if (v != null && v > 65535) {
      node.remove(field);
      bad(section, key, String.valueOf(v), PORT);
    }
  }

  private void when(String fallback, ObjectNode node) {
    String key = alias("log", "when", "alert_rules_when");
    String raw = required("log", key, fallback, LogSettings.WHEN_FORM);
    if (raw == null) {
      return;
    }
    String upper = raw.toUpperCase(Locale.ROOT);
    if (!upper.matches("S|M|H|D|W[0-6]|MIDNIGHT")) {
      bad("log", key, raw, LogSettings.WHEN_FORM);
      return;
    }
    node.put("when", upper);
  }

  private void url(String section, String key, ObjectNode node, String field) {
    String expected = "expected an http(s) URL such as http://127.0.0.1/homes/getInvoiceLogoUrl";
    String raw = required(section, key, null, expected);
    if (raw == null) {
      return;
    }
    try {
      URI uri = new URI(raw);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        bad(section, key, raw, expected);
        return;
      }
      node.put(field, raw);
    } catch (URISyntaxException e) {
      bad(section, key, raw, expected);
    }
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").trim();
  }
}
