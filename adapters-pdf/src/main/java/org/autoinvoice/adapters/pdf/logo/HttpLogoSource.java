package org.autoinvoice.adapters.pdf.logo;

import com.twelvemonkeys.image.ResampleOp;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.imageio.ImageIO;
import org.autoinvoice.application.port.out.LogoImage;
import org.autoinvoice.application.port.out.LogoSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Out-adapter: fetches the carrier's logo the way the DNL UI publishes it ({@code logo_file_get}
 * answers with the logo's URL as plain text), checks it (status 200, {@code image/*}, at most 5 MB,
 * decodable — CMYK JPEGs included via TwelveMonkeys), scales it into a 200×80 px box keeping its
 * aspect ratio, and caches it as PNG in the {@code logo_file}. On any failure it serves the cached
 * file, else the {@code blank_logo} file, else a built-in white pixel: a logo problem never fails
 * an invoice. Each kind of failure is logged once until the next success. A fetched logo is reused
 * for {@link #REFRESH} before it is fetched again.
 */
public final class HttpLogoSource implements LogoSource {
  public static final int MAX_BYTES = 5 * 1024 * 1024;
  public static final int BOX_WIDTH = 200;
  public static final int BOX_HEIGHT = 80;
  public static final Duration REFRESH = Duration.ofMinutes(1);
  private static final int MAX_URL_BYTES = 8 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(HttpLogoSource.class);
  private static final byte[] WHITE_PIXEL = whitePixel();

  static {
    ImageIO.scanForPlugins();
  }

  private final URI logoUrlEndpoint;
  private final Path cacheFile;
  private final Path blankFile;
  private final HttpClient http;
  private final Duration requestTimeout;
  private final Clock clock;
  private final Set<String> loggedFailures = new HashSet<>();
  private LogoImage fresh;
  private Instant freshAt;

  /** With the JDK client: 3 s to connect, 5 s per request. */
  public HttpLogoSource(URI logoUrlEndpoint, Path cacheFile, Path blankFile, Clock clock) {
    this(
        logoUrlEndpoint,
        cacheFile,
        blankFile,
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build(),
        Duration.ofSeconds(5),
        clock);
  }

  public HttpLogoSource(
      URI logoUrlEndpoint,
      Path cacheFile,
      Path blankFile,
      HttpClient http,
      Duration requestTimeout,
      Clock clock) {
    this.logoUrlEndpoint = logoUrlEndpoint;
    this.cacheFile = cacheFile;
    this.blankFile = blankFile;
    this.http = http;
    this.requestTimeout = requestTimeout;
    this.clock = clock;
  }

  @Override
  public synchronized LogoImage currentLogo() {
    Instant now = clock.instant();
    if (fresh != null && freshAt != null && now.isBefore(freshAt.plus(REFRESH))) {
      return fresh;
    }
    try {
      LogoImage logo = fetch();
      fresh = logo;
      freshAt = now;
      loggedFailures.clear();
      return logo;
    } catch (LogoFailure failure) {
      if (loggedFailures.add(failure.kind)) {
        LOG.warn(
            "Invoice logo not fetched ({}): {}; using the cached or blank logo until it works",
            failure.kind,
            failure.getMessage());
      }
      return fallback();
    }
  }

  private LogoImage fetch() throws LogoFailure {
    if (logoUrlEndpoint == null) {
      throw new LogoFailure("no logo_file_get URL", "not configured");
    }
    byte[] urlBody = get(logoUrlEndpoint, MAX_URL_BYTES, false);
    String text = new String(urlBody, StandardCharsets.UTF_8).strip();
    URI imageUrl;
    try {
      imageUrl = URI.create(text);
    } catch (IllegalArgumentException e) {
      throw new LogoFailure("bad logo URL", "'" + abbreviate(text) + "' is not a URL");
    }
    String scheme =
        imageUrl.getScheme() == null ? "" : imageUrl.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new LogoFailure("bad logo URL", "'" + abbreviate(text) + "' is not an http(s) URL");
    }
    byte[] imageBytes = get(imageUrl, MAX_BYTES, true);
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(imageBytes));
    } catch (IOException | RuntimeException e) {
      throw new LogoFailure("not an image", imageUrl + " cannot be decoded: " + e.getMessage());
    }
    if (image == null) {
      throw new LogoFailure("not an image", imageUrl + " is in no format ImageIO can read");
    }
    byte[] png = png(fitIntoBox(image));
    writeCache(png);
    return new LogoImage(png, "image/png");
  }

  private byte[] get(URI uri, int cap, boolean image) throws LogoFailure {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(requestTimeout).GET().build();
    HttpResponse<byte[]> response;
    try {
      response =
          http.sendAsync(
                  request,
                  info ->
                      new CappedBodySubscriber(
                          cap, info.headers().firstValueAsLong("Content-Length").orElse(-1)))
              .get(requestTimeout.toMillis() + 500, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new LogoFailure("timeout", uri + " did not answer within " + requestTimeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LogoFailure("interrupted", uri.toString());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof CappedBodySubscriber.TooLarge) {
        throw new LogoFailure("too large", uri + " is larger than " + cap + " bytes");
      }
      if (cause instanceof HttpTimeoutException) {
        throw new LogoFailure("timeout", uri + " did not answer within " + requestTimeout);
      }
      throw new LogoFailure("logo server unreachable", uri + ": " + cause);
    }
    if (response.statusCode() != 200) {
      throw new LogoFailure("HTTP " + response.statusCode(), uri.toString());
    }
    if (image) {
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (!type.toLowerCase(Locale.ROOT).startsWith("image/")) {
        throw new LogoFailure("not an image", uri + " has Content-Type '" + type + "'");
      }
    }
    return response.body();
  }

  /** Scales down (never up) to fit 200×80 px, keeping the aspect ratio, as 8-bit ARGB. */
  static BufferedImage fitIntoBox(BufferedImage source) {
    BufferedImage argb =
        new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = argb.createGraphics();
    g.drawImage(source, 0, 0, null);
    g.dispose();
    double scale =
        Math.min(
            1.0,
            Math.min(
                (double) BOX_WIDTH / source.getWidth(), (double) BOX_HEIGHT / source.getHeight()));
    if (scale >= 1.0) {
      return argb;
    }
    int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
    int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
    return new ResampleOp(w, h, ResampleOp.FILTER_LANCZOS).filter(argb, null);
  }

  private void writeCache(byte[] png) {
    if (cacheFile == null) {
      return;
    }
    try {
      Path dir = cacheFile.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "." + cacheFile.getFileName() + ".", ".tmp");
      try {
        Files.write(tmp, png);
        Files.move(
            tmp, cacheFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      if (loggedFailures.add("cache not writable")) {
        LOG.warn("Invoice logo cache {} not writable: {}", cacheFile, e.toString());
      }
    }
  }

  private LogoImage fallback() {
    for (Path file : new Path[] {cacheFile, blankFile}) {
      LogoImage logo = readImageFile(file);
      if (logo != null) {
        return logo;
      }
    }
    return new LogoImage(WHITE_PIXEL.clone(), "image/png");
  }

  private static LogoImage readImageFile(Path file) {
    if (file == null || !Files.isRegularFile(file)) {
      return null;
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      String type = mediaType(bytes);
      return type == null ? null : new LogoImage(bytes, type);
    } catch (IOException e) {
      return null;
    }
  }

  /** PNG or JPEG by their magic numbers; null for anything else. */
  static String mediaType(byte[] b) {
    if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return "image/png";
    }
    if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
      return "image/jpeg";
    }
    return null;
  }

  private static byte[] png(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] whitePixel() {
    BufferedImage pixel = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    pixel.setRGB(0, 0, Color.WHITE.getRGB());
    return png(pixel);
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }

  /** Why a fetch failed: its kind (logged once) and the details. */
  private static final class LogoFailure extends Exception {
    private final String kind;

    LogoFailure(String kind, String detail) {
      super(detail, null, false, false);
      this.kind = kind;
    }
  }
}
