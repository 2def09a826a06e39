package org.autoinvoice.adapters.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Liveness probe kept from the Python service: {@code GET /apitest} answers {@code running}. */
@Path("/apitest")
public class ApiTestResource {

  /** Always {@code running}, as plain text. */
  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String running() {
    return "running";
  }
}
