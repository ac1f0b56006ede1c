package io.jixiao.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportResult;
import io.jixiao.document.XlsxLayout;
import io.jixiao.document.XlsxLayout.IndicatorColumn;
import io.jixiao.document.XlsxLayout.ProjectColumn;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.ValueKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XlsxWriterTest {

  private final DocumentWriter xlsx = Formats.forName("xlsx").orElseThrow();

  @Test
  void theIndicatorSheetHasTheColumnsOfTheBriefInOrderWithTheTwoKeysHiddenAtTheEnd()
      throws IOException {
    try (XSSFWorkbook wb = export(Seeds.CHENGDE)) {
      XSSFSheet sheet = wb.getSheet("指标");

      assertThat(headers(sheet))
          .containsExactly(
              "部门", "年度", "文件", "表序号", "单位编码", "单位名称", "项目编码", "项目名称/表名", "一级指标", "二级指标", "三级指标",
              "绩效指标描述", "指标值", "指标值确定依据", "符号代码", "符号", "数值", "计量单位", "值类型", "截止日期", "项目行", "指标序");
      assertThat(sheet.isColumnHidden(20)).isTrue();
      assertThat(sheet.isColumnHidden(21)).isTrue();
      assertThat(sheet.isColumnHidden(19)).isFalse();
    }
  }

  @Test
  void theProjectSheetHasTheColumnsOfTheBrief() throws IOException {
    try (XSSFWorkbook wb = export(Seeds.CHENGDE)) {
      assertThat(headers(wb.getSheet("项目")))
          .containsExactly(
              "表序号",
              "表名",
              "单位编码",
              "单位名称",
              "项目编码",
              "项目名称",
              "预算数",
              "财政资金",
              "其他资金",
              "资金用途",
              "3月底（%）",
              "6月底（%）",
              "10月底（%）",
              "12月底（%）",
              "绩效目标",
              "指标数",
              "项目行",
              "支出计划",
              "绩效目标（原文）");
    }
  }

  @ParameterizedTest(name = "{0}: {1} tables, {2} indicators")
  @CsvSource({
    Seeds.TIANJIN_PLANNING + ", 212, 1747, false",
    Seeds.CHENGDE + ", 36, 277, true",
    Seeds.TIANJIN_ECOLOGY + ", 69, 748, false",
    Seeds.SHIJIAZHUANG + ", 74, 473, true"
  })
  void eachSeedGivesOneRowPerIndicatorAndOnePerTable(
      String seed, int tables, int indicators, boolean partOne) throws IOException {
    try (XSSFWorkbook wb = export(seed)) {
      assertThat(wb.getSheet("指标").getLastRowNum()).isEqualTo(indicators);
      assertThat(wb.getSheet("项目").getLastRowNum()).isEqualTo(tables);
      assertThat(wb.getSheet("部门整体目标") != null).isEqualTo(partOne);
      assertThat(sheetNames(wb))
          .containsExactlyElementsOf(
              partOne ? List.of("指标", "项目", "部门整体目标", "说明") : List.of("指标", "项目", "说明"));
    }
  }

  @Test
  void theBudgetOfTheFirstTianjinTableIsTheExactNumber100Point17ShownWithTwoDecimals()
      throws IOException {
    try (XSSFWorkbook wb = export(Seeds.TIANJIN_PLANNING)) {
      XSSFCell total = wb.getSheet("项目").getRow(1).getCell(ProjectColumn.TOTAL.ordinal());

      assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(total.getRawValue()).isEqualTo("100.17");
      assertThat(BigDecimal.valueOf(total.getNumericCellValue())).isEqualByComparingTo("100.17");
      assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("0.00");
    }
  }

  @Test
  void everySheetFreezesItsHeaderRowAndFiltersOverAllItsRows() throws IOException {
    try (XSSFWorkbook wb = export(Seeds.CHENGDE)) {
      for (String name : List.of("指标", "项目", "部门整体目标")) {
        XSSFSheet sheet = wb.getSheet(name);
        assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
            .as(name)
            .isEqualTo((short) 1);
        assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).as(name).isZero();
      }
      assertThat(wb.getSheet("指标").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:V278");
      assertThat(wb.getSheet("项目").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:S37");
    }
  }

  @Test
  void cellsUseAChineseFontAndTheHeaderIsBold() throws IOException {
    try (XSSFWorkbook wb = export(Seeds.CHENGDE)) {
      XSSFSheet sheet = wb.getSheet("指标");
      assertThat(
              wb.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getFontName())
          .isEqualTo("宋体");
      assertThat(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      assertThat(sheet.getColumnWidth(IndicatorColumn.DESCRIPTION.ordinal()))
          .isGreaterThan(sheet.getColumnWidth(IndicatorColumn.YEAR.ordinal()));
    }
  }

  @Test
  void theFirstChengdeIndicatorCarriesItsParsedValueBesideThePrintedOne() throws IOException {
    try (XSSFWorkbook wb = export(Seeds.CHENGDE)) {
      Row row = wb.getSheet("指标").getRow(1);

      assertThat(text(row, IndicatorColumn.DEPARTMENT)).isEqualTo("承德市自然资源和规划局");
      assertThat(row.getCell(IndicatorColumn.YEAR.ordinal()).getNumericCellValue()).isEqualTo(2023);
      assertThat(text(row, IndicatorColumn.SOURCE)).isEqualTo(Seeds.CHENGDE);
      assertThat(text(row, IndicatorColumn.UNIT_CODE)).isEqualTo("543001");
      assertThat(text(row, IndicatorColumn.PROJECT_CODE)).isEqualTo("13080023P000085100062");
      assertThat(text(row, IndicatorColumn.L1)).isEqualTo("产出指标");
      assertThat(text(row, IndicatorColumn.VALUE)).isEqualTo("≥1 次");
      assertThat(row.getCell(IndicatorColumn.SIGN_CODE.ordinal()).getNumericCellValue())
          .isEqualTo(1);
      assertThat(text(row, IndicatorColumn.SIGN)).isEqualTo("≥");
      assertThat(row.getCell(IndicatorColumn.NUMBER.ordinal()).getNumericCellValue()).isEqualTo(1);
      assertThat(text(row, IndicatorColumn.UNIT)).isEqualTo("次");
      assertThat(text(row, IndicatorColumn.KIND)).isEqualTo("定量");

      Row deadline = wb.getSheet("指标").getRow(3);
      assertThat(text(deadline, IndicatorColumn.VALUE)).isEqualTo("12 月底前");
      assertThat(text(deadline, IndicatorColumn.KIND)).isEqualTo("时限");
      assertThat(text(deadline, IndicatorColumn.SIGN)).isEqualTo("≤");
      assertThat(
              deadline
                  .getCell(IndicatorColumn.DEADLINE.ordinal())
                  .getLocalDateTimeCellValue()
                  .toLocalDate())
          .isEqualTo(LocalDate.of(2023, 12, 31));
    }
  }

  @Test
  void theKindOfEveryValueIsNamedByTheOneValueKindVocabulary() throws IOException {
    TargetDocument d = new DocumentReader().read(Seeds.path(Seeds.TIANJIN_PLANNING)).document();
    List<String> expected =
        d.projects().stream()
            .flatMap(p -> p.indicators().stream())
            .map(i -> ValueKind.of(i.target()).label())
            .toList();
    try (XSSFWorkbook wb = export(Seeds.TIANJIN_PLANNING)) {
      XSSFSheet sheet = wb.getSheet("指标");
      List<String> kinds = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        kinds.add(text(sheet.getRow(r), IndicatorColumn.KIND));
      }
      assertThat(kinds).isEqualTo(expected).contains("定量", "时限", "定性");
    }
  }

  @Test
  void theProjectRowNumbersTheGoalsAndKeepsTheSpendingPlanAsNumbers() throws IOException {
    try (XSSFWorkbook wb = export(Seeds.CHENGDE)) {
      Row row = wb.getSheet("项目").getRow(1);

      assertThat(text(row, ProjectColumn.GOALS)).startsWith("1. 开展测绘成果质量监督检查工作");
      assertThat(row.getCell(ProjectColumn.MAR.ordinal())).isNull();
      assertThat(row.getCell(ProjectColumn.OCT.ordinal()).getNumericCellValue()).isEqualTo(30);
      assertThat(row.getCell(ProjectColumn.DEC.ordinal()).getNumericCellValue()).isEqualTo(100);
      assertThat(row.getCell(ProjectColumn.INDICATOR_COUNT.ordinal()).getNumericCellValue())
          .isEqualTo(7);
      assertThat(text(row, ProjectColumn.PLAN)).isEqualTo("有");
      assertThat(row.getCell(ProjectColumn.GOALS_EXACT.ordinal())).isNull();
    }
  }

  @Test
  void theAboutSheetNamesTheFormatTheSourceAndTheDepartment() throws IOException {
    try (XSSFWorkbook wb = export(Seeds.CHENGDE)) {
      XSSFSheet about = wb.getSheet("说明");
      List<String> pairs = new ArrayList<>();
      for (Row row : about) {
        Cell value = row.getCell(1);
        if (value != null) {
          pairs.add(row.getCell(0).getStringCellValue() + "=" + value.toString());
        }
      }
      assertThat(pairs)
          .contains(
              "格式=" + XlsxLayout.formatMarker(),
              "来源文件=" + Seeds.CHENGDE,
              "部门=承德市自然资源和规划局",
              "年度=2023.0",
              "部门整体目标=有",
              "绩效目标表=36.0",
              "指标=277.0");
    }
  }

  @Test
  void textThatExcelWouldDecodeOrCannotHoldIsEscaped() {
    assertThat(XlsxCells.escape("≥90%")).isEqualTo("≥90%");
    assertThat(XlsxCells.escape("a\u0001b")).isEqualTo("a_x0001_b");
    assertThat(XlsxCells.escape("_x0041_")).isEqualTo("_x005F_x0041_");
    assertThat(XlsxCells.escape("\ud800")).isEqualTo("_xD800_");
    assertThat(XlsxCells.escape("\ud840\udc00")).isEqualTo("\ud840\udc00");
    assertThat(XlsxCells.escape("a\tb\nc\rd")).isEqualTo("a\tb\nc\rd");
  }

  private XSSFWorkbook export(String seed) throws IOException {
    ImportResult result = new DocumentReader().read(Seeds.path(seed));
    TargetDocument doc = result.document();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    xlsx.write(doc, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  private static List<String> headers(XSSFSheet sheet) {
    List<String> labels = new ArrayList<>();
    sheet.getRow(0).forEach(c -> labels.add(c.getStringCellValue()));
    return labels;
  }

  private static List<String> sheetNames(XSSFWorkbook wb) {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  private static String text(Row row, XlsxLayout.Column column) {
    int col = Arrays.asList(column.getClass().getEnumConstants()).indexOf(column);
    Cell c = row.getCell(col);
    return c == null ? null : c.getStringCellValue();
  }
}
