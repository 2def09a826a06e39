package org.autoinvoice.application.port.out;

/** Out-port: the current logo; never fails (falls back to the cached, then the blank logo). */
public interface LogoSource {
  LogoImage currentLogo();
}
