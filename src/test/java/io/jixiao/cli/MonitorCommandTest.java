package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The monitor command on the real 承德 (001) document with an actuals CSV. */
class MonitorCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /**
   * Table 1 (15.00, plan 10月底 30%): 9.00 spent by October = 60%; table 10 (40.00, 10月底 70%)
   * adjusted to 45.00 with 20.00 spent = 44.44%.
   */
  private Path actuals() throws IOException {
    return csv(
        "actuals.csv",
        "source,seq,row,period,value,note",
        Seeds.CHENGDE + ",1,spent,2023-06,3.00,",
        Seeds.CHENGDE + ",1,spent,2023-10,9.00,\"合同分期支付，<第二期>年底\"",
        Seeds.CHENGDE + ",1,1,2023-06,1次,",
        Seeds.CHENGDE + ",1,2,2023-10,45%,方案已完成",
        Seeds.CHENGDE + ",1,5,2023-10,基本达成,",
        Seeds.CHENGDE + ",1,7,2023-10,95%,",
        Seeds.CHENGDE + ",10,spent,2023-10,20.00,",
        Seeds.CHENGDE + ",10,budget,2023-07,45.00,追加 5 万元");
  }

  private Path csv(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private int run(String... args) {
    CommandLine cli = new CommandLine(new MonitorCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private static String seed() {
    return Seeds.path(Seeds.CHENGDE).toString();
  }

  @Test
  void writesAChineseReportWithSummaryTablesAndAlerts() throws IOException {
    int code = run("--actuals", actuals().toString(), "--as-of", "2023-10", seed());

    assertThat(code).isZero();
    assertThat(out.toString())
        .startsWith("预算绩效运行监控报告（截至2023年10月底；规则包 default 2024.1（全国））")
        .contains("文件 " + Seeds.CHENGDE + " 承德市自然资源和规划局：绩效目标表 36 张，报送执行情况 2 张，预警 4 条")
        .contains("预算执行：全年预算数 15.00 万元；执行数 9.00 万元（截至2023年10月底）；执行率 60%；计划进度 30%（10月底）")
        .contains("全年预算数 45.00 万元（调整后；年初预算数 40.00 万元；追加 5 万元）")
        .contains("指标完成进度 82.5%（4 项指标的平均）；时间进度 83.33%")
        .contains("[警告] M1 资金支出计划 10月底：截至2023年10月底累计支出 20 万元，占全年预算数（调整后）45 万元的 44.44%")
        .contains("未报送执行情况（34 张表）：表 2、3、4、5、6、7、8、9、11、");
    // the total over the two that reported: 29.00 spent of 15 + 45 = 60.00 → 48.33%;
    // plan (15×30 + 45×70) ÷ 60 = 60%; the 34 others are named, not summed
    assertThat(out.toString())
        .containsPattern("合计 +60\\.00 +29\\.00 +48\\.33% +60% +-11\\.67 +4")
        .contains("注：合计的全年预算数、执行数和执行率只计既有全年预算数又已报送执行数的 2 个项目（共 36 个），"
            + "执行率 = 执行数 ÷ 全年预算数；其余 34 个不计入（未报送执行数 34 个）");
  }

  @Test
  void writesTheFindingsShapeWithTheFiguresAsJson() throws IOException {
    Path report = dir.resolve("monitor.json");

    int code =
        run(
            "--actuals",
            actuals().toString(),
            "--as-of",
            "2023-10",
            "--format",
            "json",
            "--out",
            report.toString(),
            seed());

    assertThat(code).isZero();
    JsonNode doc =
        JsonMapper.builder().build().readTree(Files.readString(report)).get("documents").get(0);
    assertThat(doc.get("source").stringValue()).isEqualTo(Seeds.CHENGDE);
    assertThat(doc.get("asOf").stringValue()).isEqualTo("2023-10");
    JsonNode t1 = doc.get("tables").get(0);
    assertThat(t1.get("seq").intValue()).isEqualTo(1);
    assertThat(t1.get("findings").get(0).get("rule").stringValue()).isEqualTo("M2");
    assertThat(t1.get("findings").get(0).get("field").stringValue()).isEqualTo("indicators");
    JsonNode m = t1.get("monitoring");
    assertThat(m.get("budget").decimalValue()).isEqualByComparingTo("15.00");
    assertThat(m.get("spent").decimalValue()).isEqualByComparingTo("9.00");
    assertThat(m.get("rate").decimalValue()).isEqualByComparingTo("60");
    assertThat(m.get("plan").get("percent").decimalValue()).isEqualByComparingTo("30");
    assertThat(m.get("indicatorProgress").decimalValue()).isEqualByComparingTo("82.5");
    assertThat(m.get("indicators").get(6).get("status").stringValue()).isEqualTo("105.56%");
    assertThat(m.get("indicators").get(6).get("likelihood").stringValue()).isEqualTo("确定能");
    JsonNode total = doc.get("summary").get("total");
    assertThat(total.get("rate").decimalValue()).isEqualByComparingTo("48.33");
    assertThat(total.get("budget").decimalValue()).isEqualByComparingTo("60.00");
    assertThat(total.get("counted").intValue()).isEqualTo(2);
    assertThat(total.get("noSpending").intValue()).isEqualTo(34);
    assertThat(total.get("alerts").intValue()).isEqualTo(4);
  }

  @Test
  void writesOnePrintablePageWithEveryTextEscaped() throws IOException {
    int code = run("--actuals", actuals().toString(), "--format", "html", seed());

    assertThat(code).isZero();
    assertThat(out.toString())
        .startsWith("<!DOCTYPE html>")
        .contains("<title>预算绩效运行监控报告</title>")
        .contains("合同分期支付，&lt;第二期&gt;年底")
        .doesNotContain("<第二期>")
        .doesNotContain("<script");
  }

  @Test
  void withoutAsOfTheLatestMonthReportedIsTheDate() throws IOException {
    run("--actuals", actuals().toString(), seed());

    assertThat(out.toString()).startsWith("预算绩效运行监控报告（截至2023年10月底");
  }

  @Test
  void aBadActualsFileIsRefusedWithLineAndColumnAndNothingIsMonitored() throws IOException {
    Path bad =
        csv(
            "bad.csv",
            "source,seq,row,period,value,note",
            Seeds.CHENGDE + ",1,spent,2023-13,3.00,",
            Seeds.CHENGDE + ",1,9,2023-10,1次,",
            Seeds.CHENGDE + ",99,spent,2023-10,1.00,",
            Seeds.CHENGDE + ",1,spent,2023-10,三万,");

    int code = run("--actuals", bad.toString(), seed());

    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .contains("bad.csv：执行数据有 4 处错误，未使用")
        .contains("bad.csv:2: 错误 列 period：期间应为 YYYY-MM")
        .contains("bad.csv:3: 错误 列 row：表 1（2023 年测绘地理信息资质单位质量监督检查）只有 7 个指标，没有第 9 个")
        .contains("bad.csv:4: 错误 列 seq：文本“" + Seeds.CHENGDE + "”中没有表 99")
        .contains("bad.csv:5: 错误 列 value：累计支出应为以万元为单位的金额（如 13.5），实际为“三万”");
  }

  @Test
  void aWrongHeaderIsNamed() throws IOException {
    Path bad = csv("old.csv", "source,seq,row,month,value", Seeds.CHENGDE + ",1,spent,2023-10,3");

    assertThat(run("--actuals", bad.toString(), seed())).isEqualTo(1);
    assertThat(err.toString()).contains("old.csv:1: 错误 列 period：表头应为 source,seq,row,period,value,note");
  }

  @Test
  void aBadDateOrFormatIsAUsageError() throws IOException {
    assertThat(run("--actuals", actuals().toString(), "--as-of", "2023/10", seed())).isEqualTo(2);
    assertThat(run("--actuals", actuals().toString(), "--format", "pdf", seed())).isEqualTo(2);
    assertThat(err.toString())
        .contains("无效的 --as-of“2023/10”：应为 YYYY-MM，例如 2023-10")
        .contains("不支持的报告格式“pdf”：可用 text、json、html");
  }

  @Test
  void theRootCommandKnowsMonitor() {
    assertThat(new CommandLine(new JixiaoCommand()).getSubcommands()).containsKey("monitor");
  }
}
