package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import io.jixiao.monitor.ActualsReadResult;
import io.jixiao.monitor.ActualsXlsx;
import io.jixiao.monitor.SampleActuals;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao actuals-template} through the root command, on seed 001. */
class ActualsTemplateCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return JixiaoCommand.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void writesTheTemplateOfASeedDocumentWithThePeriodFilledIn() throws Exception {
    Path file = dir.resolve("承德-执行数据.xlsx");

    int code =
        run(
            "actuals-template",
            "--out",
            file.toString(),
            "--period",
            "2023-06",
            Seeds.path(Seeds.CHENGDE).toString());

    assertThat(code).isZero();
    assertThat(out.toString()).contains("1 份文本，36 张表，").contains("个指标");
    ActualsReadResult empty = ActualsXlsx.read(file, List.of(SampleActuals.chengde()));
    assertThat(empty.problems()).isEmpty();
    assertThat(empty.actuals().projects()).isEmpty();
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
      assertThat(wb.getSheet("执行数据").getRow(1).getCell(3).getStringCellValue())
          .isEqualTo("2023-06");
    }
  }

  @Test
  void anUnreadableDocumentMeansNoTemplateAndExitCode1() {
    Path file = dir.resolve("t.xlsx");

    int code =
        run("actuals-template", "--out", file.toString(), dir.resolve("missing.txt").toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("missing.txt").contains("未生成模板");
    assertThat(file).doesNotExist();
  }

  @Test
  void aPeriodNotWrittenAsYearDashMonthIsAUsageError() {
    int code =
        run(
            "actuals-template",
            "--out",
            dir.resolve("t.xlsx").toString(),
            "--period",
            "2023年6月",
            Seeds.path(Seeds.CHENGDE).toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--period 应为 YYYY-MM");
  }

  @Test
  void theOutputFileIsRequired() {
    int code = run("actuals-template", Seeds.path(Seeds.CHENGDE).toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--out");
  }
}
