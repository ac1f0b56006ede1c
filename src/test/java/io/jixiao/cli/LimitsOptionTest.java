package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import io.jixiao.store.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --limit NAME=VALUE} changes a limit of the readers; a wrong one is a usage error. */
class LimitsOptionTest {

  @TempDir Path dir;

  @Test
  void importRefusesADocumentWithMoreTablesThanTheLimitGiven() {
    CliRun r =
        CliRun.run(
            "import", "--db", TestDatabases.h2Url(dir), "--limit", "tables=10",
            Seeds.path(Seeds.CHENGDE).toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("超过每个文件 10 张的上限（tables）");
  }

  @Test
  void convertReadsTheSameDocumentWithTheDefaults() {
    CliRun r =
        CliRun.run("convert", "--out", dir.toString(), Seeds.path(Seeds.CHENGDE).toString());

    assertThat(r.exit()).isZero();
  }

  @Test
  void anUnknownLimitIsAUsageError() {
    CliRun r =
        CliRun.run("convert", "--limit", "pages=3", "--out", dir.toString(),
            Seeds.path(Seeds.CHENGDE).toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("未知的限制“pages”，可用的有：upload-bytes、");
  }

  @Test
  void aLimitThatIsNoNumberIsAUsageError() {
    CliRun r =
        CliRun.run("convert", "--limit", "tables=many", "--out", dir.toString(),
            Seeds.path(Seeds.CHENGDE).toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("限制 tables 的值应为正整数，实际为“many”");
  }
}
