package org.autoinvoice.domain.mail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recipient lists as the DNL UI stores and posts them (rule §7): addresses separated by {@code ;}
 * (a {@code ,} is accepted too), trimmed, blanks dropped, duplicates (ignoring case) kept once.
 * Each address must look like {@code local@domain.tld}: an RFC 5322 dot-atom local part, a domain
 * of at least two labels, at most 254 characters; display names are not accepted.
 */
public final class EmailAddresses {
  private static final Pattern SEPARATOR = Pattern.compile("[;,]");
  private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
  private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
  private static final Pattern ADDRESS =
      Pattern.compile(ATOM + "(?:\\." + ATOM + ")*@" + LABEL + "(?:\\." + LABEL + ")+");
  private static final int MAX_LENGTH = 254;

  private EmailAddresses() {}

  /** Splits and checks a list; {@code null} or blank gives an empty list. */
  public static RecipientList parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return new RecipientList(List.of(), List.of());
    }
    List<String> valid = new ArrayList<>();
    List<String> invalid = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String part : SEPARATOR.split(raw)) {
      String address = part.strip();
      if (address.isEmpty() || !seen.add(address.toLowerCase(Locale.ROOT))) {
        continue;
      }
      (isValid(address) ? valid : invalid).add(address);
    }
    return new RecipientList(valid, invalid);
  }

  /** True when {@code address} is one plain address in the accepted form. */
  public static boolean isValid(String address) {
    return address != null && address.length() <= MAX_LENGTH && ADDRESS.matcher(address).matches();
  }
}
