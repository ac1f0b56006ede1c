package io.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.Indicator;
import io.jixiao.model.TargetDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The forms of ../shared/forms as Excel sheets (built here with POI from the grids of their text
 * versions: a caption row merged across the sheet, a cell blank below a filled one merged into it)
 * read natively (docs/adr/0017) into the same model as their text versions.
 */
class XlsxFormsTest {

  private final DocumentReader reader = new DocumentReader();

  @Test
  void aDeclarationGridOfManyProjectsInExcelGivesTheModelOfItsTabText() throws IOException {
    assertSameModel("sichuan-shenbao-grid.txt", new TextGridReader(TextGridReader.Kind.TAB));
  }

  @Test
  void aDeclarationWithLongTermAndAnnualBlocksInExcelGivesTheModelOfItsText() throws IOException {
    assertSameModel("hunan-shenbao-longterm.txt", new CellPerLineGridReader());
  }

  @Test
  void aSelfEvaluationFormInExcelGivesTheModelOfItsCellStream() throws IOException {
    TargetDocument xlsx =
        assertSameModel("sichuan-ziping-cellperline.txt", new CellStreamGridReader());

    assertThat(xlsx.indicatorCount()).isEqualTo(14);
  }

  @Test
  void aFractionUnderAPercentUnitIsReadAsPrintedAndFlaggedWithItsCell() throws IOException {
    List<Grid> grids =
        grids("sichuan-shenbao-grid.txt", new TextGridReader(TextGridReader.Kind.TAB));
    int[] at = find(grids.get(0), "95");

    ImportResult r = reader.read("申报表.xlsx", xlsx(grids, at, 0.95));

    assertThat(r.errors()).isEmpty();
    Indicator rate =
        r.document().projects().stream()
            .flatMap(p -> p.indicators().stream())
            .filter(i -> "0.95%".equals(i.value().replace("≥", "").replace("=", "")))
            .findFirst()
            .orElseThrow();
    assertThat(rate.value()).endsWith("0.95%");
    assertThat(r.problems())
        .filteredOn(p -> p.code().equals("IMP-XLSX-FRACTION"))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.line()).isEqualTo(at[0] + 1);
          assertThat(p.message())
              .startsWith("工作表“表1”第 " + (at[0] + 1) + " 行：")
              .contains(org.apache.poi.ss.util.CellReference.convertNumToColString(at[1]) + " 列")
              .contains("0.95")
              .contains("95%");
        });
  }

  @Test
  void aPercentFormattedFractionReadsAsExcelShowsItWithoutAWarning() throws IOException {
    List<Grid> grids =
        grids("sichuan-shenbao-grid.txt", new TextGridReader(TextGridReader.Kind.TAB));
    String text = Files.readString(FormsTest.form("sichuan-shenbao-grid.txt"));
    TargetDocument fromText = FormsTest.read("sichuan-shenbao-grid.txt");
    assertThat(text).contains("\t95\t%");
    int[] at = find(grids.get(0), "95");

    ImportResult r = reader.read("申报表.xlsx", xlsx(grids, at, -0.95));

    assertThat(r.errors()).isEmpty();
    assertThat(r.problems()).extracting(ImportProblem::code).doesNotContain("IMP-XLSX-FRACTION");
    assertThat(r.document().projects()).isEqualTo(fromText.projects());
  }

  private TargetDocument assertSameModel(String form, GridReader gridReader) throws IOException {
    TargetDocument fromText = FormsTest.read(form);

    ImportResult r = reader.read(form + ".xlsx", xlsx(grids(form, gridReader), null, 0));

    assertThat(r.errors()).isEmpty();
    assertThat(r.document().department()).isEqualTo(fromText.department());
    assertThat(r.document().projects()).isEqualTo(fromText.projects());
    return r.document();
  }

  private static List<Grid> grids(String form, GridReader gridReader) throws IOException {
    String text = Files.readString(FormsTest.form(form));
    return gridReader.read(new SourceText(form, text));
  }

  /** The sheet row and column of the first cell printing {@code text} in the sheet written. */
  private static int[] find(Grid g, String text) {
    int sheetRow = g.above().size();
    for (int r = 0; r < g.rows().size(); r++) {
      int c = g.rows().get(r).cells().indexOf(text);
      if (c >= 0) {
        return new int[] {sheetRow + r, c};
      }
    }
    throw new AssertionError("no cell " + text);
  }

  /**
   * A workbook of the grids, one sheet each: the lines above a grid as rows of one cell, each
   * row as a sheet row; a row with only its first cell is merged across the width, a blank cell
   * below a filled one is merged into it. The cell {@code number} names (sheet 1) holds {@code
   * value} as a number, a negative value meaning its absolute value formatted as a percentage.
   */
  static byte[] xlsx(List<Grid> grids, int[] number, double value) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      int n = 0;
      for (Grid g : grids) {
        Sheet sheet = wb.createSheet("表" + ++n);
        int r0 = 0;
        for (String line : g.above()) {
          sheet.createRow(r0++).createCell(0).setCellValue(line);
        }
        int width = g.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(1);
        int[] mergeFrom = new int[width];
        java.util.Arrays.fill(mergeFrom, -1);
        for (int r = 0; r < g.rows().size(); r++) {
          Grid.Row row = g.rows().get(r);
          Row sr = sheet.createRow(r0 + r);
          if (caption(row)) {
            sr.createCell(0).setCellValue(row.cell(0));
            if (width > 1) {
              sheet.addMergedRegion(new CellRangeAddress(r0 + r, r0 + r, 0, width - 1));
            }
            close(sheet, mergeFrom, r0 + r - 1);
            continue;
          }
          for (int c = 0; c < width; c++) {
            String v = row.cell(c);
            if (v != null) {
              close(sheet, mergeFrom, c, r0 + r - 1);
              Cell cell = sr.createCell(c);
              if (n == 1 && number != null && number[0] == r0 + r && number[1] == c) {
                cell.setCellValue(Math.abs(value));
                if (value < 0) {
                  cell.setCellStyle(wb.createCellStyle());
                  cell.getCellStyle().setDataFormat(wb.createDataFormat().getFormat("0%"));
                }
              } else {
                cell.setCellValue(v);
              }
              mergeFrom[c] = r0 + r;
            }
          }
        }
        close(sheet, mergeFrom, r0 + g.rows().size() - 1);
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static void close(Sheet sheet, int[] mergeFrom, int lastRow) {
    for (int c = 0; c < mergeFrom.length; c++) {
      close(sheet, mergeFrom, c, lastRow);
    }
  }

  private static void close(Sheet sheet, int[] mergeFrom, int c, int lastRow) {
    if (mergeFrom[c] >= 0 && lastRow > mergeFrom[c]) {
      sheet.addMergedRegion(new CellRangeAddress(mergeFrom[c], lastRow, c, c));
    }
    mergeFrom[c] = -1;
  }

  private static boolean caption(Grid.Row row) {
    return row.cell(0) != null && row.filled().size() == 1 && row.cells().size() > 1;
  }
}
