package org.autoinvoice.bootstrap.scheduling;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.autoinvoice.application.port.in.AutoInvoiceRunCommand;
import org.autoinvoice.domain.client.ClientId;

/**
 * Reads the admin task's parameters (rule A6): optional {@code date=yyyy-MM-dd} and {@code
 * client_id}; an empty value counts as absent. A bad one is refused with an {@link
 * IllegalArgumentException} whose one-line message names the parameter.
 */
final class AutoInvoiceTaskParameters {
  static final String DATE = "date";
  static final String CLIENT_ID = "client_id";

  private AutoInvoiceTaskParameters() {}

  static AutoInvoiceRunCommand parse(Map<String, List<String>> parameters) {
    Optional<LocalDate> date = single(parameters, DATE).map(AutoInvoiceTaskParameters::date);
    Optional<ClientId> client =
        single(parameters, CLIENT_ID).map(AutoInvoiceTaskParameters::clientId);
    return new AutoInvoiceRunCommand(date, client);
  }

  private static Optional<String> single(Map<String, List<String>> parameters, String name) {
    List<String> values = parameters.getOrDefault(name, List.of());
    List<String> given = values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    if (given.size() > 1) {
      throw new IllegalArgumentException(name + ": expected one value, got " + given.size());
    }
    return given.stream().findFirst();
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          DATE + ": expected a date as yyyy-MM-dd, got '" + printable(value) + "'");
    }
  }

  private static ClientId clientId(String value) {
    try {
      int id = Integer.parseInt(value);
      if (id >= 1) {
        return new ClientId(id);
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new IllegalArgumentException(
        CLIENT_ID + ": expected a whole number >= 1, got '" + printable(value) + "'");
  }

  private static String printable(String value) {
    String oneLine = value.replaceAll("\\p{Cntrl}", "?");
    return oneLine.length() > 40 ? oneLine.substring(0, 40) + "..." : oneLine;
  }
}
