package io.jixiao.evaluate;

import static io.jixiao.evaluate.ActualsFixture.actuals;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import io.jixiao.document.DocumentReader;
import io.jixiao.monitor.Actuals;
import io.jixiao.monitor.ProjectKey;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TestDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The five report formats on two real 承德 tables (table 1: 94.15 优, table 3: 65.36 中). */
class EvaluationFormatTest {

  private static DepartmentEvaluation chengde;

  @BeforeAll
  static void evaluateTwoChengdeTables() {
    TargetDocument all = new DocumentReader().read(Seeds.path(Seeds.CHENGDE)).document();
    List<Project> two = new ArrayList<>();
    for (Project p : all.projects()) {
      if (p.seq() == 3 || p.seq() == 1) {
        two.add(p);
      }
    }
    TargetDocument d = new TargetDocument(all.source(), all.department(), null, two);
    String s = d.source();
    Actuals actuals =
        Actuals.of(
            Map.of(
                new ProjectKey(s, 1),
                actuals(s, 1)
                    .spent("2023-12", "13.5")
                    .indicator(1, "2次")
                    .indicator(2, "81%")
                    .indicator(3, "2023年11月30日")
                    .indicator(4, "105%", "采购单价上涨，超出成本控制目标")
                    .indicator(5, "基本达成", "监管覆盖面尚未全面铺开")
                    .indicator(6, "达成")
                    .indicator(7, "95%")
                    .build(),
                new ProjectKey(s, 3),
                actuals(s, 3)
                    .spent("2023-12", "10")
                    .indicator(1, "10个", "一个县区数据延期提交")
                    .indicator(2, "100%")
                    .indicator(4, "98000元")
                    .indicator(5, "部分达成", "成果应用尚待推广")
                    .indicator(6, "未达成")
                    .indicator(7, "98%")
                    .build()));
    chengde = new Evaluator().evaluate(List.of(d), actuals, Weights.NONE);
  }

  private static byte[] bytes(EvaluationFormat f, DepartmentEvaluation e) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    f.write(e, out);
    return out.toByteArray();
  }

  @Test
  void jsonHasTheShapeOfTheIssueWithFindingsAsInTheReview() {
    String json = EvaluationFormat.JSON.render(chengde);

    assertThat(json).contains("\"score\" : 94.15", "\"score\" : 65.36", "\"rate\" : 90.00");
    JsonNode root = JsonMapper.builder().build().readTree(json);
    assertThat(names(root)).containsExactly("projects");
    JsonNode first = root.get("projects").get(0);
    assertThat(names(first))
        .containsExactly("source", "seq", "score", "grade", "budget", "indicators", "findings");
    assertThat(first.get("source").stringValue()).isEqualTo(Seeds.CHENGDE);
    assertThat(first.get("seq").intValue()).isEqualTo(1);
    assertThat(first.get("grade").stringValue()).isEqualTo("优");
    JsonNode budget = first.get("budget");
    assertThat(names(budget)).containsExactly("available", "spent", "rate", "points");
    assertThat(budget.get("available").decimalValue()).isEqualByComparingTo("15.00");
    assertThat(budget.get("spent").decimalValue()).isEqualByComparingTo("13.5");
    assertThat(budget.get("points").decimalValue()).isEqualByComparingTo("9.00");
    JsonNode row4 = first.get("indicators").get(3);
    assertThat(names(row4)).containsExactly("row", "weight", "actual", "points");
    assertThat(row4.get("row").intValue()).isEqualTo(4);
    assertThat(row4.get("weight").decimalValue()).isEqualByComparingTo("12.50");
    assertThat(row4.get("actual").stringValue()).isEqualTo("105%");
    assertThat(row4.get("points").decimalValue()).isEqualByComparingTo("11.90");
    JsonNode finding = first.get("findings").get(0);
    assertThat(names(finding))
        .containsExactly("rule", "severity", "row", "field", "message", "suggestion", "source");
    assertThat(finding.get("rule").stringValue()).isEqualTo("E3");
    assertThat(finding.get("severity").stringValue()).isEqualTo("warning");
    assertThat(finding.get("row").intValue()).isEqualTo(2);
    JsonNode third = root.get("projects").get(1);
    assertThat(third.get("indicators").get(2).get("actual").isNull()).isTrue();
    assertThat(third.get("grade").stringValue()).isEqualTo("中");
  }

  @Test
  void textRanksTheProjectsAndShowsEveryIndicator() {
    String text = EvaluationFormat.TEXT.render(chengde);

    assertThat(text)
        .contains("共 2 个项目：优 1，良 0，中 1，差 0")
        .contains("   1  94.15    优")
        .contains("   2  65.36    中")
        .contains("预算执行：年初预算数 15.00 万元，全年预算数 15.00 万元，全年执行数 13.50 万元，执行率 90.00%，得分 9.00 / 10.00")
        .contains("4. 产出指标/成本指标/采购总成本控制率：年度指标值 ≤100%，实际完成值 105%，11.90 / 12.50")
        .contains("偏差原因：采购单价上涨，超出成本控制目标")
        .contains("3. 产出指标/时效指标/监理工作完成及时性：年度指标值 及时完成，实际完成值 未填报，0.00 / 12.50")
        .contains("错误 E1 表 3 第 3 行 实际完成值：“监理工作完成及时性”未填报实际完成值");
  }

  @Test
  void htmlDrawsTheProvincialFormWithMergedCellsAndEscapesText() {
    Project p =
        TestDocuments.project(1, "<script>alert(1)</script>绩效目标表")
            .name("<b>项目</b> & “引号”")
            .indicator("产出指标", "数量指标", "<i>数量</i>", null, "≥1个", null)
            .build();
    TargetDocument d = TestDocuments.document("a&b.txt").department("某局", 2023).projects(p).build();
    DepartmentEvaluation e =
        new Evaluator()
            .evaluate(
                List.of(d),
                Actuals.of(
                    Map.of(
                        new ProjectKey("a&b.txt", 1),
                        actuals("a&b.txt", 1).indicator(1, "0个", "<img src=x>").build())),
                Weights.NONE);

    String html = EvaluationFormat.HTML.render(e);

    assertThat(html)
        .contains(
            "&lt;b&gt;项目&lt;/b&gt; &amp; “引号”",
            "&lt;i&gt;数量&lt;/i&gt;",
            "&lt;img src=x&gt;",
            "a&amp;b.txt")
        .doesNotContain("<b>项目", "<img", "<i>数量");
    String chengdeHtml = EvaluationFormat.HTML.render(chengde);
    assertThat(chengdeHtml)
        .contains("<h2>项目支出绩效自评表</h2>", "（2023 年度）")
        .contains("<td class=\"L\" rowspan=\"4\">项目资金（万元）</td>", "其中：财政资金")
        .contains("<td class=\"L\" rowspan=\"8\">绩效指标</td>")
        .contains("<td class=\"T\" rowspan=\"4\">产出指标</td>")
        .contains(
            "<td class=\"L\" colspan=\"6\">总分</td><td class=\"N\">100</td><td"
                + " class=\"N\">94.15</td>")
        .contains("偏差原因分析及改进措施", "年初预算数", "全年预算数", "全年执行数", "执行率", "实际完成情况")
        .contains("全年执行 13.50 万元，预算执行率 90.00%；7 项绩效指标中 4 项达到年度指标值。");
  }

  @Test
  void xlsxHasTheRankingAndOneFormSheetPerProject() throws IOException {
    byte[] xlsx = bytes(EvaluationFormat.XLSX, chengde);

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(3);
      assertThat(wb.getSheetName(0)).isEqualTo("汇总");
      assertThat(wb.getSheetName(1)).isEqualTo("表1");
      assertThat(wb.getSheetName(2)).isEqualTo("表3");
      XSSFSheet summary = wb.getSheetAt(0);
      assertThat(summary.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(94.15);
      assertThat(summary.getRow(3).getCell(5).getStringCellValue()).isEqualTo("中");
      XSSFSheet form = wb.getSheetAt(1);
      assertThat(form.getRow(0).getCell(0).getStringCellValue()).isEqualTo("项目支出绩效自评表");
      List<String> texts = texts(form);
      assertThat(texts)
          .contains("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "90.00%")
          .contains("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施")
          .contains("总分", "自评等级", "优", "采购单价上涨，超出成本控制目标");
      Cell total = find(form, "总分").getRow().getCell(7);
      assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(total.getNumericCellValue()).isEqualTo(94.15);
      assertThat(new DataFormatter().formatCellValue(find(form, "产出指标").getRow().getCell(6)))
          .isEqualTo("12.50");
      assertThat(form.getMergedRegions()).hasSizeGreaterThan(10);
      assertThat(form.getPrintSetup().getLandscape()).isFalse();
    }
  }

  @Test
  void docxHasTheRankingAndTheFormOfEachProject() throws IOException {
    byte[] docx = bytes(EvaluationFormat.DOCX, chengde);

    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      List<XWPFTable> tables = doc.getTables();
      assertThat(tables).hasSize(3);
      assertThat(tables.get(0).getRow(1).getCell(4).getText()).isEqualTo("94.15");
      XWPFTable form = tables.get(1);
      assertThat(form.getRow(0).getCell(0).getText()).isEqualTo("项目名称");
      assertThat(form.getRow(0).getCell(1).getText()).isEqualTo("2023 年测绘地理信息资质单位质量监督检查");
      assertThat(form.getRow(0).getCell(1).getCTTc().getTcPr().getGridSpan().getVal().intValue())
          .isEqualTo(8);
      String text = new XWPFWordExtractor(doc).getText();
      assertThat(text)
          .contains("项目支出绩效自评结果汇总", "项目支出绩效自评表", "（2023 年度）")
          .contains("偏差原因分析及改进措施", "自评等级", "94.15", "65.36")
          .contains("警告 E3 表 1 第 2 行 实际完成值");
    }
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (String n : node.propertyNames()) {
      names.add(n);
    }
    return names;
  }

  private static List<String> texts(XSSFSheet sheet) {
    List<String> texts = new ArrayList<>();
    DataFormatter f = new DataFormatter();
    for (Row row : sheet) {
      for (Iterator<Cell> it = row.cellIterator(); it.hasNext(); ) {
        texts.add(f.formatCellValue(it.next()));
      }
    }
    return texts;
  }

  private static Cell find(XSSFSheet sheet, String text) {
    for (Row row : sheet) {
      for (Cell c : row) {
        if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
          return c;
        }
      }
    }
    throw new AssertionError("no cell " + text);
  }
}
