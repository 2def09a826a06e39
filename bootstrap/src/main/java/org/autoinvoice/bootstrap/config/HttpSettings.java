package org.autoinvoice.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.jetty.ConnectorFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

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
    server.setApplicationConnectors(new ArrayList<>(List.of(connector(port))));
    server.setAdminConnectors(new ArrayList<>(List.of(connector(adminPort))));
    return server;
  }

  private ConnectorFactory connector(Integer connectorPort) {
    HttpConnectorFactory connector = new HttpConnectorFactory();
    connector.setBindHost(host);
    connector.setPort(connectorPort == null ? 0 : connectorPort);
    return connector;
  }
}
