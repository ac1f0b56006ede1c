package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import io.jixiao.document.ImportProblem;
import io.jixiao.document.ImportResult;
import io.jixiao.model.Budget;
import io.jixiao.model.BudgetUnit;
import io.jixiao.model.Department;
import io.jixiao.model.Indicator;
import io.jixiao.model.Money;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The review command, with documents handed in instead of read from files. */
class ReviewCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** 001 table 1 (测绘地理信息资质单位质量监督检查), rows as printed. */
  private static TargetDocument chengde() {
    List<Indicator> rows =
        List.of(
            new Indicator("产出指标", "数量指标", "开展质量监督检查次数", "开展质量监督检查次数", "≥1 次", "年度工作计划"),
            new Indicator("产出指标", "时效指标", "监督检查工作完成时限", "监督检查工作完成时限", "12 月底前", "年度工作计划"),
            new Indicator("产出指标", "成本指标", "采购总成本控制率", "质量监督检查支出成本控制情况", "≤100%", "财政预算批复文件"),
            new Indicator("效益指标", "社会效益指标", "提升测绘行业成果质量监管水平", "提升测绘行业成果质量监管水平", "巩固提升", "年度工作计划"),
            new Indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "服务对象满意度", "≥90%", "行业规范"));
    Project p =
        Project.of(
            1,
            "2023 年测绘地理信息资质单位质量监督检查绩效目标表",
            BudgetUnit.parse("543001 承德市自然资源和规划局本级"),
            null,
            "2023 年测绘地理信息资质单位质量监督检查",
            new Budget(Money.parse("15.00"), Money.parse("15.00"), null),
            "用于购买第三方服务支出。",
            null,
            List.of("开展测绘成果质量监督检查工作，落实加强测绘单位在本行政区域内测制的测绘成果质量的监督管理的政策要求。"),
            rows);
    return new TargetDocument(Seeds.CHENGDE, new Department("承德市自然资源和规划局", 2023), null, List.of(p));
  }

  private static final Function<Path, ImportResult> READER =
      file ->
          file.getFileName().toString().equals("unreadable.txt")
              ? new ImportResult(
                  null,
                  List.of(
                      new ImportProblem(
                          ImportProblem.Severity.ERROR,
                          "IMP-EMPTY",
                          "unreadable.txt",
                          0,
                          null,
                          null,
                          "文件为空，没有可读取的内容")))
              : new ImportResult(chengde(), List.of());

  private int run(String... args) {
    CommandLine cli = new CommandLine(new ReviewCommand(READER));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void reviewsAFileAsAChineseTextReport() {
    int code = run("001.txt");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("文件 " + Seeds.CHENGDE + "：总评 优")
        .contains("[警告] Q3 第 3 行 指标值：成本指标“采购总成本控制率”的指标值“≤100%”不是金额");
  }

  @Test
  void writesJsonToAFile() throws IOException {
    Path report = dir.resolve("review.json");

    int code = run("--format", "json", "--out", report.toString(), "001.txt");

    assertThat(code).isZero();
    assertThat(out.toString()).isEmpty();
    assertThat(Files.readString(report, StandardCharsets.UTF_8))
        .contains("\"source\" : \"" + Seeds.CHENGDE + "\"")
        .contains("\"rule\" : \"Q3\"");
  }

  @Test
  void anUnreadableFileIsReportedAndTheOthersAreStillReviewed() {
    int code = run("--format", "html", "unreadable.txt", "001.txt");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .contains("unreadable.txt: 错误 文件为空，没有可读取的内容 [IMP-EMPTY]")
        .contains("unreadable.txt：无法读取，未审核");
    assertThat(out.toString()).contains("<h2>" + Seeds.CHENGDE);
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    assertThat(run("--format", "pdf", "001.txt")).isEqualTo(2);
    assertThat(err.toString()).contains("不支持的报告格式“pdf”：可用 text、json、html");
  }

  @Test
  void anInvalidRulePackNamesFileAndPath() throws IOException {
    Path pack = dir.resolve("region.json");
    Files.writeString(
        pack,
        "{\"id\": \"r\", \"version\": \"1\", \"region\": \"某省\", \"rules\": {\"Q7\":"
            + " {\"minSatisfaction\": -1}}}");

    assertThat(run("--pack", pack.toString(), "001.txt")).isEqualTo(2);
    assertThat(err.toString()).contains("region.json: $.rules.Q7.minSatisfaction: 阈值不能为负数，实为 -1");
  }

  @Test
  void aRegionPackChangesTheReview() throws IOException {
    Path pack = dir.resolve("strict.json");
    Files.writeString(
        pack,
        "{\"id\": \"strict\", \"version\": \"1\", \"region\": \"某市\", \"rules\": {\"Q3\":"
            + " {\"enabled\": false}}}");

    assertThat(run("--pack", pack.toString(), "001.txt")).isZero();
    assertThat(out.toString()).contains("规则包 strict 1（某市）").doesNotContain("Q3");
  }

  @Test
  void theRootCommandKnowsReview() {
    assertThat(new CommandLine(new JixiaoCommand()).getSubcommands()).containsKey("review");
  }
}
