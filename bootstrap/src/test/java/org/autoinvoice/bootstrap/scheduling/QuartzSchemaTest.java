package org.autoinvoice.bootstrap.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QuartzSchemaTest {

  @Test
  void theShippedScriptBecomesCreatesOfElevenTablesAllInTheServicesSchema() {
    List<String> statements = QuartzSchema.statements();

    assertThat(statements).allMatch(s -> s.toUpperCase(Locale.ROOT).startsWith("CREATE "));
    assertThat(statements.stream().filter(s -> s.startsWith("CREATE TABLE"))).hasSize(11);
    Pattern table = Pattern.compile("\\b(?:CREATE TABLE|REFERENCES|ON)\\s+(\\S+)");
    for (String s : statements) {
      Matcher m = table.matcher(s);
      while (m.find()) {
        assertThat(m.group(1)).as(s).startsWith("autoinvoice_quartz.QRTZ_");
      }
    }
    assertThat(String.join("\n", statements)).contains("CREATE INDEX IDX_QRTZ_T_STATE");
    assertThat(QuartzSchema.TABLE_PREFIX).isEqualTo("autoinvoice_quartz.qrtz_");
  }
}
