package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The evaluate command on the real 承德 document with an actuals CSV. */
class EvaluateCommandTest {

  private static ImportResult chengde;

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void readChengde() {
    chengde = new DocumentReader().read(Seeds.path(Seeds.CHENGDE));
  }

  private static final Function<Path, ImportResult> READER = file -> chengde;

  private static final String HEADER = "source,seq,row,period,value,note\n";

  /** 001 table 1 as in the hand-worked example: 94.15 优. */
  private static final String TABLE_1 =
      Seeds.CHENGDE
          + ",1,spent,2023-06,6,\n"
          + Seeds.CHENGDE
          + ",1,spent,2023-12,13.5,\n"
          + Seeds.CHENGDE
          + ",1,1,2023-12,2次,\n"
          + Seeds.CHENGDE
          + ",1,2,2023-12,81%,\n"
          + Seeds.CHENGDE
          + ",1,3,2023-12,2023年11月30日,\n"
          + Seeds.CHENGDE
          + ",1,4,2023-12,105%,\"采购单价上涨，超出成本控制目标\"\n"
          + Seeds.CHENGDE
          + ",1,5,2023-12,基本达成,\"监管覆盖面尚未全面铺开, 下年扩大抽查\"\n"
          + Seeds.CHENGDE
          + ",1,6,2023-12,达成,\n"
          + Seeds.CHENGDE
          + ",1,7,2023-12,95%,\n";

  private int run(String... args) {
    CommandLine cli = new CommandLine(new EvaluateCommand(READER));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private Path csv(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void scoresTheTablesOfADocumentAsAChineseReport() throws IOException {
    Path actuals = csv("actuals.csv", HEADER + TABLE_1);

    int code = run("--actuals", actuals.toString(), "001.txt");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("项目支出绩效自评结果")
        .contains("共 36 个项目：优 1")
        .contains("   1  94.15    优    " + Seeds.CHENGDE + " 表 1 2023 年测绘地理信息资质单位质量监督检查")
        .contains("偏差原因：监管覆盖面尚未全面铺开, 下年扩大抽查")
        .contains("错误 E1 表 2 第 1 行 实际完成值");
  }

  @Test
  void writesJsonToAFile() throws IOException {
    Path actuals = csv("actuals.csv", HEADER + TABLE_1);
    Path report = dir.resolve("evaluation.json");

    int code =
        run("--actuals", actuals.toString(), "--format", "json", "--out", report.toString(), "x");

    assertThat(code).isZero();
    assertThat(out.toString()).isEmpty();
    assertThat(Files.readString(report, StandardCharsets.UTF_8))
        .startsWith("{\n  \"projects\" : [ {\n    \"source\" : \"" + Seeds.CHENGDE + "\",\n")
        .contains("\"score\" : 94.15,\n    \"grade\" : \"优\"");
  }

  @Test
  void writesTheFormsAsWordAndExcel() throws IOException {
    Path actuals = csv("actuals.csv", HEADER + TABLE_1);
    Path docx = dir.resolve("自评表.docx");
    Path xlsx = dir.resolve("自评表.xlsx");

    assertThat(
            run("--actuals", actuals.toString(), "--format", "docx", "--out", docx.toString(), "x"))
        .isZero();
    assertThat(
            run("--actuals", actuals.toString(), "--format", "xlsx", "--out", xlsx.toString(), "x"))
        .isZero();

    assertThat(Files.readAllBytes(docx)).startsWith('P', 'K');
    assertThat(Files.readAllBytes(xlsx)).startsWith('P', 'K');
  }

  @Test
  void aBinaryFormatNeedsAnOutputFile() throws IOException {
    Path actuals = csv("actuals.csv", HEADER + TABLE_1);

    assertThat(run("--actuals", actuals.toString(), "--format", "xlsx", "x")).isEqualTo(2);
    assertThat(err.toString()).contains("xlsx 格式须用 --out FILE 指定输出文件");
  }

  @Test
  void anUnknownFormatIsAUsageError() throws IOException {
    Path actuals = csv("actuals.csv", HEADER);

    assertThat(run("--actuals", actuals.toString(), "--format", "pdf", "x")).isEqualTo(2);
    assertThat(err.toString()).contains("不支持的格式“pdf”：可用 text、json、html、xlsx、docx");
  }

  @Test
  void aRowWithMissingColumnsIsReportedAndNothingIsEvaluated() throws IOException {
    Path actuals = csv("bad.csv", HEADER + TABLE_1 + Seeds.CHENGDE + ",1,1,2023-12\n");

    int code = run("--actuals", actuals.toString(), "x");

    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .contains("bad.csv:11: 错误 列 value：应有 6 列（source,seq,row,period,value,note），本行有 4 列")
        .contains("bad.csv：执行数据有 1 处错误，未使用");
  }

  @Test
  void badValuesAreReportedWithLineAndColumn() throws IOException {
    Path actuals =
        csv(
            "bad.csv",
            HEADER
                + Seeds.CHENGDE
                + ",1,spent,2023-13,13.5,\n"
                + Seeds.CHENGDE
                + ",99,1,2023-12,2次,\n"
                + Seeds.CHENGDE
                + ",1,8,2023-12,2次,\n"
                + Seeds.CHENGDE
                + ",1,spent,2023-12,十三万,\n"
                + "other.txt,1,1,2023-12,2次,\n");

    int code = run("--actuals", actuals.toString(), "x");

    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .contains("bad.csv:2: 错误 列 period：期间应为 YYYY-MM")
        .contains("bad.csv:3: 错误 列 seq：文本“" + Seeds.CHENGDE + "”中没有表 99")
        .contains("bad.csv:4: 错误 列 row：表 1（2023 年测绘地理信息资质单位质量监督检查）只有 7 个指标，没有第 8 个")
        .contains("bad.csv:5: 错误 列 value：累计支出应为以万元为单位的金额（如 13.5），实际为“十三万”")
        .contains("bad.csv:6: 错误 列 source：找不到绩效文本“other.txt”")
        .contains("bad.csv：执行数据有 5 处错误，未使用");
  }

  @Test
  void aWrongHeaderIsRefused() throws IOException {
    Path actuals = csv("bad.csv", "source,seq,row,value\n");

    assertThat(run("--actuals", actuals.toString(), "x")).isEqualTo(1);
    assertThat(err.toString()).contains("bad.csv:1: 错误 列 period：表头应为 source,seq,row,period,value,note");
  }

  @Test
  void departmentWeightsThatDoNotAddUpAreAnError() throws IOException {
    Path actuals = csv("actuals.csv", HEADER + TABLE_1);
    Path weights =
        csv(
            "weights.csv",
            "source,seq,row,weight\n"
                + Seeds.CHENGDE
                + ",1,1,20\n"
                + Seeds.CHENGDE
                + ",1,2,10\n"
                + Seeds.CHENGDE
                + ",1,3,10\n"
                + Seeds.CHENGDE
                + ",1,4,5\n");

    int code = run("--actuals", actuals.toString(), "--weights", weights.toString(), "x");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .contains("weights.csv：" + Seeds.CHENGDE + " 表 1：产出指标各指标权重之和应为 50，实为 45");
  }

  @Test
  void departmentWeightsChangeTheScore() throws IOException {
    Path actuals = csv("actuals.csv", HEADER + TABLE_1);
    Path weights =
        csv(
            "weights.csv",
            "source,seq,row,weight\n"
                + Seeds.CHENGDE
                + ",1,1,20\n"
                + Seeds.CHENGDE
                + ",1,2,10\n"
                + Seeds.CHENGDE
                + ",1,3,10\n"
                + Seeds.CHENGDE
                + ",1,4,10\n");

    int code =
        run(
            "--actuals",
            actuals.toString(),
            "--weights",
            weights.toString(),
            "--format",
            "json",
            "x");

    // 产出 weighted 20/10/10/10: r1 2/1 capped → 20; r2 81/90 = 0.9 × 10 = 9; r3 met → 10;
    //   r4 100/105 = 0.9523809524 × 10 = 9.523809524. With 预算执行 9, 效益 12 + 15, 满意度 10:
    //   9 + 20 + 9 + 10 + 9.523809524 + 12 + 15 + 10 = 94.523809524 → 94.52
    assertThat(code).isZero();
    assertThat(out.toString()).contains("\"score\" : 94.52");
  }

  @Test
  void theRootCommandKnowsEvaluate() {
    assertThat(new CommandLine(new JixiaoCommand()).getSubcommands()).containsKey("evaluate");
  }
}
