package io.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import io.jixiao.publish.Formats;
import io.jixiao.model.Indicator;
import io.jixiao.model.Money;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import io.jixiao.model.SpendingPlan;
import io.jixiao.model.TargetDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxReaderTest {

  private final DocumentReader reader = new DocumentReader();

  // ---- a department's working copy, laid out like the printed table

  @Test
  void readsAWorkingCopyWithMergedLevel1CellsThroughTheTabRowReader() throws IOException {
    ImportResult result = reader.read("处室工作底稿.xlsx", workingCopy());

    assertThat(result.problems()).isEmpty();
    TargetDocument doc = result.document();
    assertThat(doc.source()).isEqualTo("处室工作底稿.xlsx");
    assertThat(doc.projects()).hasSize(1);
    Project p = doc.projects().get(0);
    assertThat(p.seq()).isEqualTo(1);
    assertThat(p.title()).isEqualTo("2024年测绘成果质量监督检查绩效目标表");
    assertThat(p.unit().code().value()).isEqualTo("543001");
    assertThat(p.unit().name()).isEqualTo("承德市自然资源和规划局本级");
    assertThat(p.code().value()).isEqualTo("13080024P000085100062");
    assertThat(p.name()).isEqualTo("测绘成果质量监督检查");
    assertThat(p.budget().total()).isEqualTo(Money.of("20.50"));
    assertThat(p.budget().fiscal()).isEqualTo(Money.of("15.50"));
    assertThat(p.budget().other()).isEqualTo(Money.of("5"));
    assertThat(p.fundUse()).isEqualTo("用于购买第三方服务支出。");
    assertThat(p.spendingPlan())
        .isEqualTo(new SpendingPlan(null, Percent.of(30), Percent.of(60), Percent.of(100)));
    assertThat(p.goals()).containsExactly("开展测绘成果质量监督检查。", "提升测绘成果质量。");
    assertThat(p.indicators())
        .containsExactly(
            new Indicator("产出指标", "数量指标", "检查次数", "开展检查次数", "≥1次", "年度工作计划"),
            new Indicator("产出指标", "质量指标", "成果合格率", "抽查成果合格率", "≥90%", "行业规范"),
            new Indicator("产出指标", "时效指标", "完成时限", "检查完成时限", "12月底前", "年度工作计划"),
            new Indicator("效益指标", "社会效益指标", "监管水平", "提升成果质量监管水平", "巩固提升", "年度工作计划"),
            new Indicator("效益指标", "社会效益指标", "数据保障", "为社会提供数据保障", "可持续", "年度工作计划"),
            new Indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "服务对象满意度", "≥90%", "行业规范"));
  }

  @Test
  void aWorkingCopyBecomesTabRowsWithAMergedRegionsTextInItsTopLeftCellOnly() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workingCopy()))) {
      List<String> lines = Arrays.asList(WorksheetText.of(wb).text().split("\n"));

      assertThat(lines.subList(0, 5))
          .containsExactly(
              "1. 2024年测绘成果质量监督检查绩效目标表",
              "543001 承德市自然资源和规划局本级",
              "单位：万元",
              "项目编码\t13080024P000085100062\t\t项目名称\t测绘成果质量监督检查",
              "预算规模及资金用途\t预算数\t20.50\t其中：财政资金\t15.50\t其他资金\t5");
      assertThat(lines.get(5)).isEqualTo("\t用于购买第三方服务支出。");
      assertThat(lines.get(8)).isEqualTo("绩效目标\t1. 开展测绘成果质量监督检查。2. 提升测绘成果质量。");
      assertThat(lines.get(11)).isEqualTo("\t质量指标\t成果合格率\t抽查成果合格率\t≥90%\t行业规范");
      assertThat(lines.get(14)).isEqualTo("\t\t数据保障\t为社会提供数据保障\t可持续\t年度工作计划");
    }
  }

  @Test
  void aProblemInAWorkingCopyNamesTheSheetAndTheRow() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fillWorkingCopy(wb.createSheet("表1"));
    Sheet second = wb.createSheet("表2");
    row(second, 0, "2. 2024年空表绩效目标表");
    row(second, 1, "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据");

    ImportResult result = reader.read("底稿.xlsx", bytes(wb));

    assertThat(result.document()).isNull();
    assertThat(result.errors())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("IMP-TABLE-NO-INDICATORS");
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.table()).isEqualTo(2);
              assertThat(p.message()).startsWith("工作表“表2”第 1 行：");
            });
  }

  // ---- damaged files

  @Test
  void aTruncatedXlsxIsReportedAsDamagedNotReadAsText() throws IOException {
    byte[] whole = export(Seeds.CHENGDE);
    byte[] half = Arrays.copyOf(whole, whole.length / 2);

    ImportResult result = reader.read("坏文件.xlsx", half);

    assertThat(result.document()).isNull();
    assertThat(result.errors())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("IMP-XLSX-CORRUPT");
              assertThat(p.file()).isEqualTo("坏文件.xlsx");
              assertThat(p.message()).contains("文件已损坏或不是完整的 Excel 工作簿（xlsx）");
            });
  }

  @Test
  void aZipWithAWorkbookPartThatIsNotXmlIsReportedAsDamaged() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
      zip.write("这不是 XML".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    ImportResult result = reader.read("假的.xlsx", out.toByteArray());

    assertThat(result.errors()).extracting(ImportProblem::code).containsExactly("IMP-XLSX-CORRUPT");
  }

  @Test
  void onlyAZipWithAWorkbookPartIsTakenForXlsx() {
    XlsxReader xlsx = new XlsxReader();
    assertThat(xlsx.accepts("项目名称\t一级指标".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isFalse();
    assertThat(xlsx.accepts(new byte[] {'P', 'K', 3, 4, 'w', 'o', 'r', 'd'})).isFalse();
    assertThat(xlsx.accepts(new byte[0])).isFalse();
  }

  // ---- Jixiao's own export, edited by a user

  @Test
  void anAmountThatIsNotANumberIsReportedWithSheetRowAndColumn() throws IOException {
    byte[] edited = edit(export(Seeds.CHENGDE), wb -> set(wb.getSheet("项目").getRow(1), 6, "十五万"));

    ImportResult result = reader.read("承德.xlsx", edited);

    assertThat(result.document()).isNull();
    assertThat(result.errors())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("IMP-XLSX-VALUE");
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.table()).isEqualTo(1);
              assertThat(p.field()).isEqualTo("预算数");
              assertThat(p.message())
                  .isEqualTo("工作表“项目”第 2 行 G 列：“预算数”应为不小于 0、最多 6 位小数的金额（万元），实际为“十五万”");
            });
  }

  @Test
  void anEditedValueIsImportedAndSortingTheIndicatorSheetKeepsTheDocumentOrder()
      throws IOException {
    TargetDocument original = reader.read(Seeds.path(Seeds.CHENGDE)).document();
    byte[] edited =
        edit(
            export(Seeds.CHENGDE),
            wb -> {
              Sheet sheet = wb.getSheet("指标");
              set(sheet.getRow(2), 12, "≥95%");
              swap(sheet.getRow(1), sheet.getRow(5));
            });

    TargetDocument doc = reader.read("承德.xlsx", edited).document();

    List<Indicator> first = doc.projects().get(0).indicators();
    assertThat(first.get(1).value()).isEqualTo("≥95%");
    assertThat(first.get(0)).isEqualTo(original.projects().get(0).indicators().get(0));
    assertThat(first.get(4)).isEqualTo(original.projects().get(0).indicators().get(4));
    assertThat(first).hasSameSizeAs(original.projects().get(0).indicators());
  }

  @Test
  void aRowWhoseIndicatorCellsWereClearedIsSkippedWithAWarning() throws IOException {
    byte[] edited =
        edit(
            export(Seeds.CHENGDE),
            wb -> {
              for (int col = 8; col <= 13; col++) {
                set(wb.getSheet("指标").getRow(2), col, null);
              }
            });

    ImportResult result = reader.read("承德.xlsx", edited);

    assertThat(result.errors()).isEmpty();
    assertThat(result.problems())
        .extracting(ImportProblem::code, ImportProblem::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("IMP-XLSX-EMPTY-ROW", 3));
    assertThat(result.document().projects().get(0).indicators()).hasSize(6);
  }

  @Test
  void aCheckpointTypedAsAPercentageInExcelIsThatPercentage() throws IOException {
    byte[] edited =
        edit(
            export(Seeds.CHENGDE),
            wb -> {
              Cell mar = wb.getSheet("项目").getRow(1).createCell(10);
              mar.setCellValue(0.25);
              CellStyle percent = wb.createCellStyle();
              percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
              mar.setCellStyle(percent);
            });

    TargetDocument doc = reader.read("承德.xlsx", edited).document();

    assertThat(doc.projects().get(0).spendingPlan().mar()).isEqualTo(Percent.of(25));
  }

  @Test
  void withoutTheAboutSheetTheSourceIsTheFileAndTheDepartmentComesFromTheIndicators()
      throws IOException {
    byte[] edited = edit(export(Seeds.CHENGDE), wb -> wb.removeSheetAt(wb.getSheetIndex("说明")));

    ImportResult result = reader.read("承德.xlsx", edited);

    assertThat(result.errors()).isEmpty();
    assertThat(result.problems())
        .extracting(ImportProblem::code)
        .containsExactly("IMP-XLSX-NO-ABOUT");
    assertThat(result.document().source()).isEqualTo("承德.xlsx");
    assertThat(result.document().department().name()).isEqualTo("承德市自然资源和规划局");
    assertThat(result.document().department().year()).isEqualTo(2023);
  }

  @Test
  void aWorkbookOfANewerFormatVersionIsRefused() throws IOException {
    byte[] edited =
        edit(export(Seeds.CHENGDE), wb -> set(wb.getSheet("说明").getRow(2), 1, "Jixiao XLSX 9"));

    ImportResult result = reader.read("承德.xlsx", edited);

    assertThat(result.document()).isNull();
    assertThat(result.errors())
        .extracting(ImportProblem::code, ImportProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "IMP-XLSX-VERSION",
                "工作表“说明”第 3 行 B 列：此工作簿由更新版本的 Jixiao 导出（格式版本 9），本版本只能读取到版本 1，请升级 Jixiao"));
  }

  // ---- helpers

  /** A working copy as a department keeps it: one table, merged labels and 一级指标 cells. */
  private static byte[] workingCopy() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fillWorkingCopy(wb.createSheet("指标"));
    return bytes(wb);
  }

  private static void fillWorkingCopy(Sheet s) {
    row(s, 0, "1. 2024年测绘成果质量监督检查绩效目标表");
    merge(s, 0, 0, 0, 6);
    row(s, 1, "543001 承德市自然资源和规划局本级", null, null, null, null, null, "单位：万元");
    row(s, 2, "项目编码", "13080024P000085100062", null, "项目名称", "测绘成果质量监督检查");
    merge(s, 2, 2, 1, 2);
    merge(s, 2, 2, 4, 6);
    Row budget = row(s, 3, "预算规模及资金用途", "预算数", null, "其中：财政资金", null, "其他资金");
    amount(s, budget, 2, 20.5);
    amount(s, budget, 4, 15.5);
    budget.createCell(6).setCellValue(5);
    row(s, 4, null, "用于购买第三方服务支出。", null, null, null, null, "旧稿残留");
    merge(s, 3, 4, 0, 0);
    merge(s, 4, 4, 1, 6);
    row(s, 5, "资金支出计划（%）", "3月底", "6月底", "10月底", "12月底");
    Row plan = row(s, 6, null, null, null, null, "100%");
    Cell jun = plan.createCell(2);
    jun.setCellValue(0.3);
    CellStyle percent = s.getWorkbook().createCellStyle();
    percent.setDataFormat(s.getWorkbook().createDataFormat().getFormat("0%"));
    jun.setCellStyle(percent);
    plan.createCell(3).setCellValue(60);
    merge(s, 5, 6, 0, 0);
    row(s, 7, "绩效目标", "1. 开展测绘成果质量监督检查。\n2. 提升测绘成果质量。");
    merge(s, 7, 7, 1, 6);
    row(s, 8, "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据");
    row(s, 9, "产出指标", "数量指标", "检查次数", "开展检查次数", "≥1次", "年度工作计划");
    row(s, 10, "产出指标", "质量指标", "成果合格率", "抽查成果合格率", "≥90%", "行业规范");
    row(s, 11, null, "时效指标", "完成时限", "检查完成时限", "12月底前", "年度工作计划");
    merge(s, 9, 11, 0, 0);
    row(s, 12, "效益指标", "社会效益指标", "监管水平", "提升成果质量监管水平", "巩固提升", "年度工作计划");
    row(s, 13, null, null, "数据保障", "为社会提供数据保障", "可持续", "年度工作计划");
    merge(s, 12, 13, 0, 0);
    merge(s, 12, 13, 1, 1);
    row(s, 14, "满意度指标", "服务对象满意度指标", "服务对象满意度", "服务对象满意度", "≥90%", "行业规范");
  }

  private static Row row(Sheet s, int r, String... cells) {
    Row row = s.createRow(r);
    for (int c = 0; c < cells.length; c++) {
      if (cells[c] != null) {
        row.createCell(c).setCellValue(cells[c]);
      }
    }
    return row;
  }

  private static void amount(Sheet s, Row row, int col, double value) {
    Cell c = row.createCell(col);
    c.setCellValue(value);
    CellStyle style = s.getWorkbook().createCellStyle();
    style.setDataFormat(s.getWorkbook().createDataFormat().getFormat("0.00"));
    c.setCellStyle(style);
  }

  private static void merge(Sheet s, int firstRow, int lastRow, int firstCol, int lastCol) {
    s.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
  }

  private static byte[] bytes(XSSFWorkbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    wb.close();
    return out.toByteArray();
  }

  private byte[] export(String seed) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Formats.forName("xlsx").orElseThrow().write(reader.read(Seeds.path(seed)).document(), out);
    return out.toByteArray();
  }

  private interface Edit {
    void apply(XSSFWorkbook wb);
  }

  private static byte[] edit(byte[] xlsx, Edit edit) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    edit.apply(wb);
    return bytes(wb);
  }

  /** Swaps the values of two rows, as sorting the sheet would. */
  private static void swap(Row a, Row b) {
    int last = Math.max(a.getLastCellNum(), b.getLastCellNum());
    for (int c = 0; c < last; c++) {
      Object va = value(a.getCell(c));
      Object vb = value(b.getCell(c));
      set(a, c, vb);
      set(b, c, va);
    }
  }

  private static Object value(Cell c) {
    if (c == null) {
      return null;
    }
    switch (c.getCellType()) {
      case NUMERIC:
        return c.getNumericCellValue();
      case STRING:
        return c.getStringCellValue();
      default:
        return null;
    }
  }

  /**
   * Replaces a cell's value with a new cell, as Excel saves it (POI keeps the old text of an inline
   * string cell when its value is set).
   */
  private static void set(Row row, int col, Object v) {
    Cell old = row.getCell(col);
    CellStyle style = old == null ? null : old.getCellStyle();
    if (old != null) {
      row.removeCell(old);
    }
    if (v == null) {
      return;
    }
    Cell c = row.createCell(col);
    if (style != null) {
      c.setCellStyle(style);
    }
    if (v instanceof Double) {
      c.setCellValue((Double) v);
    } else {
      c.setCellValue((String) v);
    }
  }
}
