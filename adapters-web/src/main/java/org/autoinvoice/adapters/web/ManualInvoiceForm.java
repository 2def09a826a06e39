package org.autoinvoice.adapters.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.autoinvoice.application.port.in.CreateManualInvoiceCommand;
import org.autoinvoice.domain.balance.BalanceType;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.invoice.InvoiceOptions;
import org.autoinvoice.domain.invoice.InvoiceType;
import org.autoinvoice.domain.period.ZoneSpec;

/**
 * Reads the form the DNL UI posts to {@code /ManualInvoiceTest} (rules D1–D6) into a command. A
 * checkbox counts when its key is present; unknown keys and the {@code Array} literals are ignored.
 * Every problem is one line naming the field and the expected form.
 */
final class ManualInvoiceForm {
  private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd[ HH:mm[:ss]]");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final Map<String, List<String>> fields;
  private final Clock clock;

  ManualInvoiceForm(Map<String, List<String>> fields, Clock clock) {
    this.fields = fields;
    this.clock = clock;
  }

  CreateManualInvoiceCommand toCommand() {
    List<ClientId> clients = clients();
    InvoiceType type = type();
    LocalDateTime start = dateTime("start_date", LocalTime.MIDNIGHT);
    LocalDateTime end = dateTime("end_date", END_OF_DAY);
    LocalDate invoiceDate = date("invoice_date").orElse(LocalDate.now(clock));
    LocalDate dueDate = date("invoice_due_date").orElse(invoiceDate);
    InvoiceOptions options = options();
    List<Long> voidIds = voidIds();
    Optional<ZoneSpec> zone = zone();
    return new CreateManualInvoiceCommand(
        clients, type, start, end, invoiceDate, dueDate, options, voidIds, zone);
  }

  private List<ClientId> clients() {
    Set<ClientId> ids = new LinkedHashSet<>();
    List<String> raw = new ArrayList<>(values("client_id"));
    raw.addAll(values("client_id[]"));
    for (String value : raw) {
      for (String part : value.split(",")) {
        String p = part.trim();
        if (p.isEmpty()) {
          continue;
        }
        if (!DIGITS.matcher(p).matches() || Integer.parseInt(p) == 0) {
          throw invalid("client_id", p, "a numeric client id, or a comma list of them");
        }
        ids.add(new ClientId(Integer.parseInt(p)));
      }
    }
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("client_id is missing: expected a numeric client id");
    }
    return List.copyOf(ids);
  }

  private InvoiceType type() {
    String t = required("type", "0 (client), 1 (vendor) or 2 (both)");
    return switch (t) {
      case "0" -> InvoiceType.CLIENT;
      case "1" -> InvoiceType.VENDOR;
      case "2" -> InvoiceType.BOTH;
      default -> throw invalid("type", t, "0 (client), 1 (vendor) or 2 (both)");
    };
  }

  private LocalDateTime dateTime(String field, LocalTime timeWhenDateOnly) {
    String v = required(field, "a date-time like 2018-01-15 00:00:00");
    try {
      if (v.length() == 10) {
        return LocalDate.parse(v, DATE).atTime(timeWhenDateOnly);
      }
      return LocalDateTime.parse(v, DATE_TIME);
    } catch (DateTimeParseException e) {
      throw invalid(field, v, "a date-time like 2018-01-15 00:00:00");
    }
  }

  private Optional<LocalDate> date(String field) {
    Optional<String> v = optional(field);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    String s = v.get();
    try {
      return Optional.of(LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s, DATE));
    } catch (DateTimeParseException e) {
      throw invalid(field, s, "a date like 2018-01-25");
    }
  }

  private InvoiceOptions options() {
    int decimals = integer("decimal_place", 5, 0, 10, "an integer from 0 to 10");
    int balanceType =
        integer("invoice_use_balance_type", 0, 0, 1, "0 (actual balance) or 1 (mutual balance)");
    int rateValue = integer("rate_value", 0, 0, 1, "0 (average rate) or 1 (actual rate)");
    boolean usageDetail = checked("is_invoice_usage_detail");
    return new InvoiceOptions(
        checked("is_invoice_account_summary"),
        BalanceType.fromCode(balanceType),
        checked("show_account_summary"),
        usageDetail,
        usageDetail,
        checked("dayusage"),
        checked("ingress_prefix"),
        checked("detail_by_trunk"),
        checked("show_code_summery"),
        checked("show_trafic_code_name"),
        checked("show_trafic_country"),
        checked("show_calls_date"),
        checked("summary_of_payments"),
        checked("is_short_duration_call_surcharge_detail"),
        decimals,
        rateValue == 1);
  }

  private List<Long> voidIds() {
    List<Long> ids = new ArrayList<>();
    for (String value : values("void_id")) {
      for (String part : value.split(",")) {
        String p = part.trim();
        if (p.isEmpty()) {
          continue;
        }
        if (!DIGITS.matcher(p).matches() || Long.parseLong(p) == 0) {
          throw invalid("void_id", p, "a comma list of invoice ids");
        }
        ids.add(Long.parseLong(p));
      }
    }
    return ids;
  }

  private Optional<ZoneSpec> zone() {
    Optional<String> tz = optional("tz");
    if (tz.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneSpec.parse(tz.get()));
    } catch (IllegalArgumentException e) {
      throw invalid("tz", tz.get(), "an offset like +05:00 or a zone id like America/New_York");
    }
  }

  private int integer(String field, int absent, int min, int max, String expected) {
    Optional<String> v = optional(field);
    if (v.isEmpty()) {
      return absent;
    }
    String s = v.get();
    if (!DIGITS.matcher(s).matches()) {
      throw invalid(field, s, expected);
    }
    int n = Integer.parseInt(s);
    if (n < min || n > max) {
      throw invalid(field, s, expected);
    }
    return n;
  }

  private boolean checked(String field) {
    return fields.containsKey(field);
  }

  private String required(String field, String expected) {
    return optional(field)
        .orElseThrow(
            () -> new IllegalArgumentException(field + " is missing: expected " + expected));
  }

  private Optional<String> optional(String field) {
    return values(field).stream().map(String::trim).filter(s -> !s.isEmpty()).findFirst();
  }

  private List<String> values(String field) {
    List<String> v = fields.get(field);
    return v == null ? List.of() : v;
  }

  private static IllegalArgumentException invalid(String field, String value, String expected) {
    return new IllegalArgumentException(
        field + " '" + oneLine(value) + "' is not valid: expected " + expected);
  }

  static String oneLine(String s) {
    String flat = s.replaceAll("[\\r\\n\\t]+", " ");
    return flat.length() > 80 ? flat.substring(0, 80) + "…" : flat;
  }
}
