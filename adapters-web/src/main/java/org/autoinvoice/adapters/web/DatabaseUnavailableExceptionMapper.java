package org.autoinvoice.adapters.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.autoinvoice.application.port.out.DatabaseUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps an unreachable database to 503 with {@code Retry-After} and a one-line message. */
public class DatabaseUnavailableExceptionMapper
    implements ExceptionMapper<DatabaseUnavailableException> {
  private static final Logger LOG =
      LoggerFactory.getLogger(DatabaseUnavailableExceptionMapper.class);
  static final int RETRY_AFTER_SECONDS = 30;

  @Override
  public Response toResponse(DatabaseUnavailableException e) {
    LOG.warn("database unavailable: {}", e.getMessage());
    Response plain =
        PlainText.response(
            Response.Status.SERVICE_UNAVAILABLE,
            "Database unavailable: " + e.getMessage() + "; nothing was written, try again later");
    return Response.fromResponse(plain).header("Retry-After", RETRY_AFTER_SECONDS).build();
  }
}
