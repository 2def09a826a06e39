package org.autoinvoice.bootstrap.scheduling;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers a {@code POST /tasks/auto-invoice} with bad parameters with 400 and one text/plain line
 * naming the parameter (Dropwizard's task servlet would turn the task's exception into a 500 with a
 * stack trace); good requests go on to the task.
 */
final class AutoInvoiceTaskParameterFilter implements Filter {

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http
        && "POST".equalsIgnoreCase(http.getMethod())
        && response instanceof HttpServletResponse httpResponse) {
      Map<String, List<String>> parameters = new LinkedHashMap<>();
      http.getParameterMap().forEach((k, v) -> parameters.put(k, Arrays.asList(v)));
      try {
        AutoInvoiceTaskParameters.parse(parameters);
      } catch (IllegalArgumentException e) {
        httpResponse.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        httpResponse.setContentType("text/plain;charset=UTF-8");
        httpResponse.getWriter().println(e.getMessage());
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
