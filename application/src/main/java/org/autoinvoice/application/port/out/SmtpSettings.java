package org.autoinvoice.application.port.out;

/**
 * The SMTP server and sender for invoice mail: {@code mail_sender} named by {@code
 * mail_tmplate.invoice_from}, else the SMTP columns of {@code system_parameter}. {@code
 * authenticate} is false when {@code loginemail = 'false'}. The password never appears in {@link
 * #toString()}.
 */
public record SmtpSettings(
    String host,
    int port,
    Security security,
    boolean authenticate,
    String username,
    String password,
    String fromAddress,
    String fromName,
    String realm,
    String workstation) {

  /** {@code secure} / {@code smtp_secure}: 0 none, 1 TLS (STARTTLS), 2 SSL, 3 NTLM. */
  public enum Security {
    NONE,
    STARTTLS,
    SSL,
    NTLM;

    public static Security fromCode(Integer code) {
      if (code == null) {
        return NONE;
      }
      return switch (code) {
        case 1 -> STARTTLS;
        case 2 -> SSL;
        case 3 -> NTLM;
        default -> NONE;
      };
    }
  }

  public SmtpSettings {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("SMTP port must be 0..65535, got " + port);
    }
    host = host == null ? "" : host.strip();
    security = security == null ? Security.NONE : security;
    username = username == null ? "" : username;
    password = password == null ? "" : password;
    fromAddress = fromAddress == null ? "" : fromAddress.strip();
    fromName = fromName == null ? "" : fromName;
    realm = realm == null ? "" : realm;
    workstation = workstation == null ? "" : workstation;
  }

  /** True when a host is configured. */
  public boolean isConfigured() {
    return !host.isEmpty();
  }

  @Override
  public String toString() {
    return "SmtpSettings[host=%s, port=%d, security=%s, authenticate=%s, username=%s, from=%s]"
        .formatted(host, port, security, authenticate, username, fromAddress);
  }
}
