package org.autoinvoice.adapters.pdf.logo;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.twelvemonkeys.imageio.color.ColorSpaces;
import io.dropwizard.testing.junit5.DropwizardClientExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.autoinvoice.application.port.out.LogoImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

@ExtendWith(DropwizardExtensionsSupport.class)
class HttpLogoSourceIT {
  static final byte[] WIDE_PNG = png(400, 100, new Color(0x1F4E79));
  static final byte[] CMYK_JPEG = cmykJpeg(300, 300);
  static final byte[] HUGE = Arrays.copyOf(WIDE_PNG, HttpLogoSource.MAX_BYTES + 100_000);
  static final byte[] BLANK = png(20, 6, Color.WHITE);
  static final byte[] CACHED = png(50, 20, Color.RED);

  /** Stands in for the DNL UI: the logo URL as text, then the image in its many states. */
  @Path("/")
  public static class LogoServer {
    @GET
    @Path("url/{target}")
    @Produces("text/plain")
    public String url(@PathParam("target") String target, @Context UriInfo uri) {
      return "  " + uri.getBaseUriBuilder().path(target).build() + " \n";
    }

    @GET
    @Path("not-a-url")
    @Produces("text/plain")
    public String notAUrl() {
      return "<html>oops</html>";
    }

    @GET
    @Path("png")
    public Response png() {
      return Response.ok(WIDE_PNG, "image/png").build();
    }

    @GET
    @Path("cmyk")
    public Response cmyk() {
      return Response.ok(CMYK_JPEG, "image/jpeg").build();
    }

    @GET
    @Path("missing")
    public Response missing() {
      return Response.status(404).build();
    }

    @GET
    @Path("slow")
    public Response slow() throws InterruptedException {
      Thread.sleep(2_000);
      return Response.ok(WIDE_PNG, "image/png").build();
    }

    @GET
    @Path("huge")
    public Response huge() {
      return Response.ok(HUGE, "image/png").build();
    }

    @GET
    @Path("html")
    public Response html() {
      return Response.ok("<html><body>login</body></html>", "text/html").build();
    }

    @GET
    @Path("garbage")
    public Response garbage() {
      return Response.ok(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, "image/png").build();
    }
  }

  static final DropwizardClientExtension SERVER = new DropwizardClientExtension(new LogoServer());

  @TempDir java.nio.file.Path dir;
  private ListAppender<ILoggingEvent> log;
  private Logger logger;

  @BeforeEach
  void captureLog() {
    logger = (Logger) LoggerFactory.getLogger(HttpLogoSource.class);
    log = new ListAppender<>();
    log.start();
    logger.addAppender(log);
    logger.setLevel(Level.ALL);
  }

  @AfterEach
  void releaseLog() {
    logger.detachAppender(log);
  }

  private HttpLogoSource source(String endpoint, Clock clock) {
    return source(endpoint, clock, Duration.ofMillis(500));
  }

  private HttpLogoSource source(String endpoint, Clock clock, Duration timeout) {
    return new HttpLogoSource(
        URI.create(SERVER.baseUri() + "/" + endpoint),
        dir.resolve("logo.jpg"),
        dir.resolve("blank_logo"),
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build(),
        timeout,
        clock);
  }

  private HttpLogoSource source(String endpoint) {
    return source(endpoint, Clock.fixed(Instant.parse("2024-03-01T00:00:00Z"), ZoneOffset.UTC));
  }

  @Test
  void fetchesThePngNamedByTheUrlTextAndScalesItIntoTheBoxKeepingItsAspect() throws IOException {
    LogoImage logo = source("url/png").currentLogo();

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(logo.bytes()));
    assertThat(logo.mediaType()).isEqualTo("image/png");
    assertThat(image.getWidth()).isEqualTo(200);
    assertThat(image.getHeight()).isEqualTo(50);
    assertThat(Files.readAllBytes(dir.resolve("logo.jpg"))).isEqualTo(logo.bytes());
    assertThat(log.list).isEmpty();
  }

  @Test
  void decodesACmykJpeg() throws IOException {
    assertThat(jpegComponents(CMYK_JPEG)).isEqualTo(4);

    LogoImage logo = source("url/cmyk").currentLogo();

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(logo.bytes()));
    assertThat(image.getWidth()).isEqualTo(80);
    assertThat(image.getHeight()).isEqualTo(80);
    assertThat(logo.bytes()).isNotEqualTo(BLANK);
  }

  @Test
  void http404FallsBackToTheBlankLogo() throws IOException {
    Files.write(dir.resolve("blank_logo"), BLANK);
    assertThat(source("url/missing").currentLogo().bytes()).isEqualTo(BLANK);
    assertThat(messages()).singleElement().asString().contains("HTTP 404");
  }

  @Test
  void anyFailurePrefersTheCachedLogoOverTheBlankOne() throws IOException {
    Files.write(dir.resolve("blank_logo"), BLANK);
    Files.write(dir.resolve("logo.jpg"), CACHED);
    assertThat(source("url/html").currentLogo().bytes()).isEqualTo(CACHED);
    assertThat(messages()).singleElement().asString().contains("not an image");
  }

  @Test
  void slowServerTimesOutAndFallsBack() throws IOException {
    Files.write(dir.resolve("blank_logo"), BLANK);
    assertThat(source("url/slow").currentLogo().bytes()).isEqualTo(BLANK);
    assertThat(messages()).singleElement().asString().contains("timeout");
  }

  @Test
  void oversizedImageIsRefused() throws IOException {
    Files.write(dir.resolve("blank_logo"), BLANK);
    Clock clock = Clock.fixed(Instant.parse("2024-03-01T00:00:00Z"), ZoneOffset.UTC);
    assertThat(source("url/huge", clock, Duration.ofSeconds(5)).currentLogo().bytes())
        .isEqualTo(BLANK);
    assertThat(messages()).singleElement().asString().contains("too large");
  }

  @Test
  void undecodableImageAndNonUrlTextFallBack() throws IOException {
    Files.write(dir.resolve("blank_logo"), BLANK);
    assertThat(source("url/garbage").currentLogo().bytes()).isEqualTo(BLANK);
    assertThat(source("not-a-url").currentLogo().bytes()).isEqualTo(BLANK);
    assertThat(messages()).hasSize(2);
    assertThat(messages().get(0)).contains("not an image");
    assertThat(messages().get(1)).contains("bad logo URL");
  }

  @Test
  void unreachableServerWithNothingOnDiskGivesTheBuiltInWhitePixel() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    HttpLogoSource source =
        new HttpLogoSource(
            URI.create("http://127.0.0.1:" + closedPort + "/homes/getInvoiceLogoUrl"),
            dir.resolve("logo.jpg"),
            dir.resolve("blank_logo"),
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build(),
            Duration.ofMillis(500),
            Clock.systemUTC());

    LogoImage logo = source.currentLogo();

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(logo.bytes()));
    assertThat(image.getWidth()).isEqualTo(1);
    assertThat(image.getRGB(0, 0)).isEqualTo(Color.WHITE.getRGB());
    assertThat(messages()).singleElement().asString().contains("unreachable");
  }

  @Test
  void logsEachKindOfFailureOnceUntilASuccess() {
    MutableClock clock = new MutableClock();
    HttpLogoSource missing = source("url/missing", clock);
    missing.currentLogo();
    missing.currentLogo();
    missing.currentLogo();
    assertThat(messages()).hasSize(1);

    HttpLogoSource flaky =
        new HttpLogoSource(
            URI.create(SERVER.baseUri() + "/url/png"),
            dir.resolve("logo.jpg"),
            dir.resolve("blank_logo"),
            HttpClient.newHttpClient(),
            Duration.ofMillis(500),
            clock);
    flaky.currentLogo();
    assertThat(messages()).hasSize(1);
  }

  @Test
  void reusesAFetchedLogoForAMinute() throws IOException {
    MutableClock clock = new MutableClock();
    HttpLogoSource source = source("url/png", clock);
    LogoImage first = source.currentLogo();
    Files.delete(dir.resolve("logo.jpg"));

    assertThat(source.currentLogo()).isSameAs(first);
    assertThat(dir.resolve("logo.jpg")).doesNotExist();

    clock.advance(Duration.ofSeconds(61));
    assertThat(source.currentLogo()).isNotSameAs(first);
    assertThat(dir.resolve("logo.jpg")).exists();
  }

  private java.util.List<String> messages() {
    return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
  }

  /** Colour components in the JPEG's start-of-frame marker: 4 for CMYK (or YCCK). */
  private static int jpegComponents(byte[] jpeg) {
    for (int i = 2; i + 9 < jpeg.length; i++) {
      int marker = jpeg[i + 1] & 0xFF;
      if ((jpeg[i] & 0xFF) == 0xFF && marker >= 0xC0 && marker <= 0xC2) {
        return jpeg[i + 9] & 0xFF;
      }
    }
    return -1;
  }

  static byte[] png(int w, int h, Color color) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, w, h);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A real CMYK JPEG, written by TwelveMonkeys' writer from a CMYK raster (never downloaded). */
  static byte[] cmykJpeg(int w, int h) {
    try {
      ColorSpace cmyk = ColorSpaces.getColorSpace(ColorSpaces.CS_GENERIC_CMYK);
      java.awt.image.ComponentColorModel model =
          new java.awt.image.ComponentColorModel(
              cmyk,
              false,
              false,
              java.awt.Transparency.OPAQUE,
              java.awt.image.DataBuffer.TYPE_BYTE);
      WritableRaster raster = model.createCompatibleWritableRaster(w, h);
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          raster.setPixel(x, y, new int[] {x % 256, y % 256, 64, 0});
        }
      }
      ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
        writer.setOutput(ios);
        writer.write(null, new IIOImage(raster, null, null), null);
      } finally {
        writer.dispose();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2024-03-01T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
