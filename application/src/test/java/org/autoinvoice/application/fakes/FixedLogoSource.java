package org.autoinvoice.application.fakes;

import org.autoinvoice.application.port.out.LogoImage;
import org.autoinvoice.application.port.out.LogoSource;

/** {@link LogoSource} that always answers the same logo. */
public final class FixedLogoSource implements LogoSource {
  /** A few bytes standing in for a PNG. */
  public static final LogoImage TINY =
      new LogoImage(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png");

  private final LogoImage logo;

  public FixedLogoSource() {
    this(TINY);
  }

  public FixedLogoSource(LogoImage logo) {
    this.logo = logo;
  }

  @Override
  public LogoImage currentLogo() {
    return logo;
  }
}
