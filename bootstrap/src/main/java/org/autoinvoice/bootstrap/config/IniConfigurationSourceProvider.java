package org.autoinvoice.bootstrap.config;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.dropwizard.configuration.ConfigurationSourceProvider;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dropwizard source provider that reads config.ini and hands Dropwizard the equivalent YAML tree,
 * so {@code -Ddw.section.key=value} overrides and Bean Validation apply as for a YAML file.
 */
public final class IniConfigurationSourceProvider implements ConfigurationSourceProvider {
  private static final Logger LOG = LoggerFactory.getLogger(IniConfigurationSourceProvider.class);

  private final ConfigurationSourceProvider delegate;
  private final int cores;

  /** Reads files from disk; {@code [scheduler] workers} defaults to the number of cores. */
  public IniConfigurationSourceProvider() {
    this(new FileConfigurationSourceProvider(), Runtime.getRuntime().availableProcessors());
  }

  /** Reads the INI text through {@code delegate}. */
  public IniConfigurationSourceProvider(ConfigurationSourceProvider delegate, int cores) {
    this.delegate = delegate;
    this.cores = cores;
  }

  @Override
  public InputStream open(String path) throws IOException {
    IniTranslation translation = translate(path);
    translation.warnings().forEach(LOG::warn);
    return new ByteArrayInputStream(new YAMLMapper().writeValueAsBytes(translation.tree()));
  }

  /** Reads and checks the INI file at {@code path}, throwing {@link ConfigProblemsException}. */
  public IniTranslation translate(String path) throws IOException {
    String label = labelOf(path);
    InputStream input;
    try {
      input = delegate.open(path);
    } catch (IOException e) {
      throw new ConfigProblemsException(
          java.util.List.of(path + ": cannot be read (" + e.getClass().getSimpleName() + ")"));
    }
    try (input) {
      return IniConfigTranslator.translate(input, label, cores);
    }
  }

  private static String labelOf(String path) {
    Path p = Path.of(path).getFileName();
    return p == null ? path : p.toString();
  }
}
