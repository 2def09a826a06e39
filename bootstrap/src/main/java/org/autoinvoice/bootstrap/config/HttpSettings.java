package org.autoinvoice.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.http.UriCompliance;

/** The {@code [http]} section: the address of the REST API and of the admin port. */
public record HttpSettings(
    @JsonProperty("host") @NotBlank(message = "expected a host name or IP address") String host,
    @JsonProperty("port")
        @NotNull
        @Min(value = 0, message = "expected a port number 0-65535")
        @Max(value = 65535, message = "expected a port number 0-65535")
        Integer port,
    @JsonProperty("admin_port")
        @NotNull
        @Min(value = 0, message = "expected a port number 0-65535")
        @Max(value = 65535, message = "expected a port number 0-65535")
        Integer adminPort) {

  /** A Dropwizard server with the application connector on host:port, admin on host:admin_port. */
  public ServerFactory toServerFactory() {
    DefaultServerFactory server = new DefaultServerFactory();
    HttpConnectorFactory application = connector(port);
    application.setUriCompliance(APPLICATION_URI_COMPLIANCE);
    server.setApplicationConnectors(new ArrayList<>(List.of(application)));
    server.setAdminConnectors(new ArrayList<>(List.of(connector(adminPort))));
    return server;
  }

  /**
   * Jetty's default compliance answers 400 with an HTML page for {@code //invoice/…} (the UI's
   * doubled slash, rule D9) and for encoded separators. Those requests are let through so that the
   * service answers them itself: the doubled slash is served, and a name that tries to leave the
   * invoice directory gets the service's own one-line 404.
   */
  static final UriCompliance APPLICATION_URI_COMPLIANCE =
      UriCompliance.DEFAULT.with(
          "autoinvoice",
          UriCompliance.Violation.AMBIGUOUS_EMPTY_SEGMENT,
          UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR,
          UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING,
          UriCompliance.Violation.AMBIGUOUS_PATH_SEGMENT);

  private HttpConnectorFactory connector(Integer connectorPort) {
    HttpConnectorFactory connector = new HttpConnectorFactory();
    connector.setBindHost(host);
    connector.setPort(connectorPort == null ? 0 : connectorPort);
    return connector;
  }
}
