package io.jixiao.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The XLSX template of seed 001: its layout, and filled in, read back into the same actuals. */
class ActualsTemplateTest {

  private final TargetDocument chengde = SampleActuals.chengde();

  private byte[] template(YearMonth period) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ActualsTemplate.write(List.of(chengde), period, out);
    return out.toByteArray();
  }

  private static XSSFWorkbook open(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  private static byte[] save(XSSFWorkbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    wb.close();
    return out.toByteArray();
  }

  private static String text(Row row, int col) {
    Cell c = row.getCell(col);
    return c == null ? null : ActualsXlsx.text(c, null);
  }

  /** The template's rows by {@code seq/row}, e.g. {@code 2/spent}, {@code 13/5}. */
  private static Map<String, Row> rows(XSSFSheet sheet) {
    Map<String, Row> rows = new HashMap<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      rows.put(text(row, 1) + "/" + text(row, 2), row);
    }
    return rows;
  }

  @Test
  void hasASpendingRowABudgetRowAndARowPerIndicatorForEveryTable() throws IOException {
    try (XSSFWorkbook wb = open(template(null))) {
      XSSFSheet sheet = wb.getSheet("执行数据");
      int expected = 0;
      for (Project p : chengde.projects()) {
        expected += 2 + p.indicators().size();
      }
      assertThat(sheet.getLastRowNum()).isEqualTo(expected);
      assertThat(chengde.projects()).hasSize(36);

      Row head = sheet.getRow(0);
      assertThat(text(head, 0)).isEqualTo("source（文本）");
      assertThat(text(head, 4)).isEqualTo("value（实际值）");
      assertThat(text(head, 12)).isEqualTo("年度指标值");

      Map<String, Row> rows = rows(sheet);
      Row spent = rows.get("2/spent");
      assertThat(text(spent, 0)).isEqualTo(Seeds.CHENGDE);
      assertThat(text(spent, 6)).isEqualTo("2023年承德基础地理信息数据采集更新及承德地理信息公共服务平台运维");
      assertThat(spent.getCell(7).getNumericCellValue()).isEqualTo(95.0);
      assertThat(text(spent, 8)).isEqualTo("10月底 30%，12月底 100%");
      assertThat(text(spent, 3)).isNull();
      Row deadline = rows.get("2/4");
      assertThat(text(deadline, 11)).isEqualTo("各项任务完成时限");
      assertThat(text(deadline, 12)).isEqualTo("2023年12月31日前完成");
      assertThat(text(deadline, 13)).isEqualTo("填写完成日期（如 2023年11月30日）或 达成/未达成");
      assertThat(text(rows.get("2/3"), 13)).isEqualTo("填写实际达到的数值，如 95%");
      assertThat(text(rows.get("2/6"), 13)).isEqualTo("填写 达成/基本达成/部分达成/未达成，或实际数值");
      assertThat(wb.getSheet("说明")).isNotNull();
    }
  }

  @Test
  void onlyPeriodValueAndNoteAreOpenTheRestIsLockedAndGrey() throws IOException {
    try (XSSFWorkbook wb = open(template(YearMonth.of(2023, 6)))) {
      XSSFSheet sheet = wb.getSheet("执行数据");
      assertThat(sheet.getProtect()).isTrue();
      Row row = sheet.getRow(5);
      for (int c = 0; c <= 13; c++) {
        CellStyle style = row.getCell(c).getCellStyle();
        boolean open = c >= 3 && c <= 5;
        assertThat(style.getLocked()).as("column %d locked", c).isEqualTo(!open);
        assertThat(style.getFillPattern() == FillPatternType.SOLID_FOREGROUND)
            .as("column %d grey", c)
            .isEqualTo(!open);
      }
      assertThat(text(row, 3)).isEqualTo("2023-06");
      assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("@");
      assertThat(sheet.getDataValidations()).hasSize(2);
    }
  }

  @Test
  void theFilledTemplateReadsBackIntoTheSameActualsAsTheSampleCsv() throws IOException {
    ActualsReadResult csv = SampleActuals.read();
    XSSFWorkbook wb = open(template(null));
    XSSFSheet sheet = wb.getSheet("执行数据");
    Map<String, Row> rows = rows(sheet);
    int extra = sheet.getLastRowNum() + 1;
    for (ActualsEntry e : csv.entries()) {
      Row row = rows.get(e.key().seq() + "/" + e.row());
      if (text(row, 4) != null) {
        // a second period of the same row: a new row at the end, as a person copying a row would
        Row copy = sheet.createRow(extra++);
        for (int c = 0; c < 3; c++) {
          copy.createCell(c).setCellValue(text(row, c));
        }
        row = copy;
      }
      cell(row, 3).setCellValue(e.period().toString());
      cell(row, 4).setCellValue(e.value());
      cell(row, 5).setCellValue(e.note() == null ? "" : e.note());
    }

    ActualsReadResult back = ActualsXlsx.read("001-actuals.xlsx", save(wb), List.of(chengde));

    assertThat(back.problems()).isEmpty();
    assertThat(back.actuals()).isEqualTo(csv.actuals());
    assertThat(back.entries()).containsExactlyInAnyOrderElementsOf(csv.entries());
  }

  private static Cell cell(Row row, int col) {
    Cell c = row.getCell(col);
    return c == null ? row.createCell(col) : c;
  }

  @Test
  void numbersDatesAndPercentagesExcelMadeOfTheInputReadAsTyped() throws IOException {
    XSSFWorkbook wb = open(template(null));
    Map<String, Row> rows = rows(wb.getSheet("执行数据"));
    CellStyle date = wb.createCellStyle();
    date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
    CellStyle percent = wb.createCellStyle();
    percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
    Row spent = rows.get("1/spent");
    spent.getCell(3).setCellValue(LocalDate.of(2023, 10, 1));
    spent.getCell(3).setCellStyle(date);
    spent.getCell(4).setCellValue(4.5);
    Row rate = rows.get("1/2");
    rate.getCell(3).setCellValue("2023-12");
    rate.getCell(4).setCellValue(0.955);
    rate.getCell(4).setCellStyle(percent);
    Row deadline = rows.get("1/3");
    deadline.getCell(3).setCellValue("2023-12");
    deadline.getCell(4).setCellValue(LocalDate.of(2023, 11, 30));
    deadline.getCell(4).setCellStyle(date);

    ActualsReadResult r = ActualsXlsx.read("a.xlsx", save(wb), List.of(chengde));

    assertThat(r.problems()).isEmpty();
    assertThat(r.entries())
        .extracting(ActualsEntry::row, ActualsEntry::period, ActualsEntry::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("spent", YearMonth.of(2023, 10), "4.50"),
            org.assertj.core.groups.Tuple.tuple("2", YearMonth.of(2023, 12), "95.5%"),
            org.assertj.core.groups.Tuple.tuple("3", YearMonth.of(2023, 12), "2023年11月30日"));
  }

  @Test
  void aProblemNamesTheSheetTheRowAndTheColumnLetter() throws IOException {
    XSSFWorkbook wb = open(template(YearMonth.of(2023, 12)));
    Row rate = rows(wb.getSheet("执行数据")).get("1/2");
    rate.getCell(4).setCellValue("12个");
    Row note = rows(wb.getSheet("执行数据")).get("1/5");
    note.getCell(3).setCellValue("2023年12月");
    note.getCell(4).setCellValue("达成");
    int line = rate.getRowNum() + 1;

    ActualsReadResult r = ActualsXlsx.read("a.xlsx", save(wb), List.of(chengde));

    assertThat(r.ok()).isFalse();
    assertThat(r.problems()).hasSize(2);
    ActualsProblem unit = r.problems().get(0);
    assertThat(unit.sheet()).isEqualTo("执行数据");
    assertThat(unit.line()).isEqualTo(line);
    assertThat(unit.letter()).isEqualTo("E");
    assertThat(unit.column()).isEqualTo("value");
    assertThat(unit.code()).isEqualTo("ACT-UNIT");
    assertThat(unit.toString())
        .isEqualTo(
            "a.xlsx：工作表“执行数据”第 "
                + line
                + " 行 E 列（value）：错误 实际完成值“12个”的单位“个”与指标值“≥90%”的单位“%”不符 [ACT-UNIT]");
    assertThat(r.problems().get(1).letter()).isEqualTo("D");
    assertThat(r.problems().get(1).code()).isEqualTo("ACT-PERIOD");
  }

  @Test
  void anUntouchedTemplateHasNoActualsAndNoProblems() throws IOException {
    ActualsReadResult r =
        ActualsXlsx.read("a.xlsx", template(YearMonth.of(2023, 12)), List.of(chengde));

    assertThat(r.problems()).isEmpty();
    assertThat(r.actuals()).isEqualTo(Actuals.NONE);
  }

  @Test
  void aWorkbookWithoutTheDataSheetOrItsColumnsIsRefused() throws IOException {
    XSSFWorkbook other = new XSSFWorkbook();
    other.createSheet("Sheet1");
    XSSFWorkbook renamed = open(template(null));
    renamed.getSheet("执行数据").getRow(0).getCell(4).setCellValue("实际值");

    ActualsReadResult noSheet = ActualsXlsx.read("a.xlsx", save(other), List.of(chengde));
    ActualsReadResult noColumn = ActualsXlsx.read("b.xlsx", save(renamed), List.of(chengde));
    ActualsReadResult broken =
        ActualsFiles.read("c.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0}, List.of(chengde));

    assertThat(noSheet.errors())
        .singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo("ACT-XLSX-SHEET"));
    assertThat(noColumn.errors())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("ACT-HEADER");
              assertThat(p.column()).isEqualTo("value");
              assertThat(p.message()).endsWith("缺少 value");
            });
    assertThat(broken.errors())
        .singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo("ACT-XLSX"));
  }

  @Test
  void aCsvFileIsToldFromAWorkbookByContent() throws IOException {
    byte[] csv = java.nio.file.Files.readAllBytes(SampleActuals.csv());

    ActualsReadResult r = ActualsFiles.read("actuals.xlsx", csv, List.of(chengde));

    assertThat(r.ok()).isTrue();
    assertThat(r.actuals()).isEqualTo(SampleActuals.read().actuals());
  }
}
