package org.autoinvoice.adapters.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds the one-line {@code text/plain} answers the DNL UI shows to its user. */
public final class PlainText {
  private PlainText() {}

  public static Response ok(String body) {
    return response(Response.Status.OK, body);
  }

  public static Response response(Response.StatusType status, String body) {
    return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE).entity(oneLine(body)).build();
  }

  static String oneLine(String body) {
    return body == null ? "" : body.replaceAll("[\\r\\n]+", " ").strip();
  }
}
