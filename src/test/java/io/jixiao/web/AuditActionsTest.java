package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every audit action the code writes has a Chinese name for the change tables and the audit page. */
class AuditActionsTest {

  /** {@code AuditEntry.of(at, actor, "EDIT", …)} and {@code recording.record(name, "ACTUALS", …)}. */
  private static final Pattern WRITTEN =
      Pattern.compile(
          "AuditEntry\\.of\\(\\s*[^,;]+,\\s*[^,;]+,\\s*\"([A-Z_]+)\""
              + "|\\.record\\(\\s*[^,;]+,\\s*\"([A-Z_]+)\"");

  @Test
  void everyActionCodeWrittenInTheCodeHasAChineseName() throws IOException {
    Set<String> written = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/jixiao"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = WRITTEN.matcher(Files.readString(f));
        while (m.find()) {
          written.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
      }
    }
    for (WorkflowSteps.Step step : WorkflowSteps.Step.values()) {
      written.add(step.name());
    }
    assertThat(written)
        .contains("ACTUALS", "ACTUALS_IMPORT", "EDIT", "IMPORT", "DEMO", "USER_CREATE", "LOCKOUT");

    AuditActions actions = new AuditActions();
    for (String code : written) {
      assertThat(actions.label(code)).as(code).isNotEqualTo(code).matches(".*\\p{IsHan}.*");
    }
    assertThat(AuditActions.all().keySet()).containsExactlyInAnyOrderElementsOf(written);
    assertThat(actions.label("ACTUALS")).isEqualTo("填报执行数据");
    assertThat(actions.label("ACTUALS_IMPORT")).isEqualTo("上传执行数据");
    assertThat(actions.label("APPROVE")).isEqualTo("批复");
    assertThat(actions.label("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
  }
}
