package io.jixiao.review.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import io.jixiao.review.DocumentReview;
import io.jixiao.review.Finding;
import io.jixiao.review.Grade;
import io.jixiao.review.Location;
import io.jixiao.review.RuleId;
import io.jixiao.review.Severity;
import io.jixiao.review.TableReview;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The three report formats, on a review with findings of every kind. */
class ReportFormatTest {

  private static Finding finding(
      RuleId rule, Severity severity, Integer table, Integer row, String field, String message) {
    return new Finding(
        rule,
        severity,
        new Location(Seeds.CHENGDE, table, row, field),
        message,
        "建议：" + message,
        rule.citation());
  }

  /** Findings as 001 tables 1 and 26 get them, and a document-level one. */
  private static List<DocumentReview> review() {
    TableReview t1 =
        new TableReview(
            1,
            "2023 年测绘地理信息资质单位质量监督检查",
            Grade.EXCELLENT,
            List.of(
                finding(
                    RuleId.Q2, Severity.INFO, 1, null, "description", "第 1、2 行的绩效指标描述为空或只重复了指标名称"),
                finding(
                    RuleId.Q3, Severity.WARNING, 1, 4, "value", "成本指标“采购总成本控制率”的指标值“≤100%”不是金额")));
    TableReview t26 =
        new TableReview(
            26,
            "营子区分中心 <不动产> & “登记”",
            Grade.FAIR,
            List.of(
                finding(
                    RuleId.B2, Severity.ERROR, 26, null, "spendingPlan.dec", "12月底累计支出进度为 50%")));
    List<Finding> document =
        List.of(finding(RuleId.S5, Severity.WARNING, null, null, "unit", "本文件的绩效目标表都没有列出预算单位"));
    return List.of(
        new DocumentReview(
            Seeds.CHENGDE, "default 2024.1（全国）", Grade.GOOD, List.of(t1, t26), document));
  }

  @Test
  void jsonHasExactlyTheAgreedShape() {
    JsonNode root = JsonMapper.builder().build().readTree(ReportFormat.JSON.render(review()));

    assertThat(names(root)).containsExactly("documents");
    JsonNode doc = root.get("documents").get(0);
    assertThat(names(doc)).containsExactly("source", "grade", "tables", "findings");
    assertThat(doc.get("source").stringValue()).isEqualTo(Seeds.CHENGDE);
    assertThat(doc.get("grade").stringValue()).isEqualTo("良");
    JsonNode table = doc.get("tables").get(0);
    assertThat(names(table)).containsExactly("seq", "grade", "findings");
    assertThat(table.get("seq").intValue()).isEqualTo(1);
    assertThat(table.get("grade").stringValue()).isEqualTo("优");
    JsonNode tableLevel = table.get("findings").get(0);
    assertThat(names(tableLevel))
        .containsExactly("rule", "severity", "row", "field", "message", "suggestion", "source");
    assertThat(tableLevel.get("row").isNull()).isTrue();
    assertThat(tableLevel.get("severity").stringValue()).isEqualTo("info");
    JsonNode q3 = table.get("findings").get(1);
    assertThat(q3.get("rule").stringValue()).isEqualTo("Q3");
    assertThat(q3.get("severity").stringValue()).isEqualTo("warning");
    assertThat(q3.get("row").intValue()).isEqualTo(4);
    assertThat(q3.get("field").stringValue()).isEqualTo("value");
    assertThat(q3.get("source").stringValue()).isEqualTo(RuleId.Q3.citation());
    assertThat(doc.get("findings").get(0).get("rule").stringValue()).isEqualTo("S5");
  }

  @Test
  void textSummarisesByGradeAndRuleThenListsFindingsPerTable() {
    String text = ReportFormat.TEXT.render(review());

    assertThat(text)
        .startsWith("绩效目标审核报告（规则包 default 2024.1（全国））")
        .contains("文件 " + Seeds.CHENGDE + "：总评 良（与单位协商作小幅修改后进入预算编制）")
        .contains("绩效目标表 2 张：优 1 张，良 0 张，中 1 张，差 0 张")
        .contains("发现 4 条：错误 1，警告 2，提示 1")
        .contains("B2  ")
        .contains("表 1 2023 年测绘地理信息资质单位质量监督检查 —— 优")
        .contains("[警告] Q3 第 4 行 指标值：成本指标“采购总成本控制率”的指标值“≤100%”不是金额")
        .contains("依据：" + RuleId.Q3.citation());
    assertThat(text.indexOf("按规则")).isLessThan(text.indexOf("表 1 "));
  }

  @Test
  void htmlIsOneEscapedSelfContainedPage() {
    String html = ReportFormat.HTML.render(review());

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").endsWith("</html>\n");
    assertThat(html).doesNotContain("<script", "<link", "src=", "http://", "https://");
    assertThat(html).contains("营子区分中心 &lt;不动产&gt; &amp; “登记”");
    assertThat(html).doesNotContain("<不动产>");
    assertThat(html).contains("<span class=\"grade g-FAIR\">中</span>");
    assertThat(html).contains("@media print");
  }

  @Test
  void escapingCoversQuotesAndAmpersands() {
    assertThat(HtmlReport.escape("a<b>&\"c'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;");
    assertThat(HtmlReport.escape("无需转义")).isEqualTo("无需转义");
  }

  @Test
  void formatsAreNamedInLowerCase() {
    assertThat(ReportFormat.of("json")).isEqualTo(ReportFormat.JSON);
    assertThat(ReportFormat.of("JSON")).isNull();
    assertThat(ReportFormat.of("pdf")).isNull();
  }

  private static List<String> names(JsonNode node) {
    return new ArrayList<>(node.propertyNames());
  }
}
