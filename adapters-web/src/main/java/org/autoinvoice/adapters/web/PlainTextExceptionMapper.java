package org.autoinvoice.adapters.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every other failure as one line of {@code text/plain}: HTTP errors keep their status and message;
 * anything unexpected is a 500 that is logged with its stack trace.
 */
public class PlainTextExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = LoggerFactory.getLogger(PlainTextExceptionMapper.class);

  @Override
  public Response toResponse(Throwable e) {
    if (e instanceof WebApplicationException web) {
      Response r = web.getResponse();
      String message =
          web.getMessage() == null ? r.getStatusInfo().getReasonPhrase() : web.getMessage();
      return PlainText.response(r.getStatusInfo(), message);
    }
    LOG.error("unexpected failure", e);
    return PlainText.response(
        Response.Status.INTERNAL_SERVER_ERROR,
        "Internal error (" + e.getClass().getSimpleName() + "); see the service log");
  }
}
