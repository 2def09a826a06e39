package org.autoinvoice.adapters.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * The DNL UI builds PDF links as {@code invoice_url + pdf_path} and may double the slash ({@code
 * //invoice/<file>}, rule D9): requests whose path starts with several slashes are served as if it
 * started with one.
 */
public final class DoubledSlashFilter implements Filter {
  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http && http.getRequestURI().startsWith("//")) {
      chain.doFilter(new Compacted(http), response);
    } else {
      chain.doFilter(request, response);
    }
  }

  private static final class Compacted extends HttpServletRequestWrapper {
    private final String uri;

    Compacted(HttpServletRequest request) {
      super(request);
      this.uri = "/" + request.getRequestURI().replaceFirst("^/+", "");
    }

    @Override
    public String getRequestURI() {
      return uri;
    }

    @Override
    public StringBuffer getRequestURL() {
      HttpServletRequest r = (HttpServletRequest) getRequest();
      StringBuffer url = new StringBuffer(r.getScheme()).append("://").append(r.getServerName());
      url.append(':').append(r.getServerPort()).append(uri);
      return url;
    }

    @Override
    public String getPathInfo() {
      String info = super.getPathInfo();
      return info == null ? null : "/" + info.replaceFirst("^/+", "");
    }
  }
}
