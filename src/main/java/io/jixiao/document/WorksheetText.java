package io.jixiao.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A department's own working copy, laid out like the printed table, turned into the tab-row text
 * layout that {@link TabRowReader} reads: one line per row, cells joined by tabs, cells as Excel
 * shows them, a merged region's text in its top-left cell and the rest blank. A line break inside a
 * cell joins with nothing, as in every text export. Rows with a single text in the first column
 * (titles, the budget unit) and rows holding only the budget unit or 单位：万元 become plain lines, as
 * they are printed above a table. Blank rows and hidden sheets are left out.
 *
 * <p>Each line remembers its sheet and row, so that problems found in the text can name them.
 */
final class WorksheetText {

  /** Where a line of the text comes from: the sheet and the 0-based row. */
  record Origin(String sheet, int row) {}

  /**
   * A number between 0 and 1 stored without a percentage format in a row that prints {@code %}
   * as its unit: Excel shows {@code 0.95}, the author may have meant 95%. Read as printed; the
   * reader warns (docs/adr/0017).
   *
   * @param line the 1-based line of {@link #text()} of its row
   * @param column the 0-based sheet column
   */
  record Fraction(int line, Origin origin, int column, String printed, BigDecimal number) {}

  private final StringBuilder text = new StringBuilder();
  private final List<Origin> origins = new ArrayList<>();
  private final DataFormatter formatter = new DataFormatter(Locale.CHINA);
  private final Grid.Collector grids = new Grid.Collector();
  private final List<Fraction> fractions = new ArrayList<>();

  private WorksheetText() {
    formatter.setUseCachedValuesForFormulaCells(true);
  }

  static WorksheetText of(Workbook wb) {
    WorksheetText t = new WorksheetText();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
        t.sheet(wb.getSheetAt(i));
      }
    }
    return t;
  }

  String text() {
    return text.toString();
  }

  /** The sheet and row of the 1-based line {@code n}, or null for no line. */
  Origin origin(int n) {
    return n >= 1 && n <= origins.size() ? origins.get(n - 1) : null;
  }

  int lines() {
    return origins.size();
  }

  /**
   * The visible sheets as native grids (docs/adr/0017): a grid per run of non-blank rows, cells as
   * Excel shows them, null where blank or covered by a merged region (the text stands in its
   * top-left cell). A row's origin is the line of {@link #text()} it was written to, which {@link
   * #origin(int)} turns into sheet and row.
   */
  List<Grid> grids() {
    return grids.grids();
  }

  /** The numbers that may be fractions meant as percentages, in sheet order. */
  List<Fraction> fractions() {
    return List.copyOf(fractions);
  }

  private void sheet(Sheet sheet) {
    List<List<CellRangeAddress>> merged = mergedByRow(sheet);
    List<List<String>> rows = new ArrayList<>();
    List<List<Integer>> maybeFractions = new ArrayList<>();
    int firstCol = Integer.MAX_VALUE;
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      List<String> cells = new ArrayList<>();
      List<Integer> fractionColumns = new ArrayList<>(0);
      if (row != null && row.getLastCellNum() > 0) {
        List<CellRangeAddress> regions = r < merged.size() ? merged.get(r) : List.of();
        for (int c = 0; c < row.getLastCellNum(); c++) {
          boolean covered = covered(regions, r, c);
          String s = covered ? "" : cellText(row.getCell(c));
          cells.add(s);
          if (!s.isEmpty()) {
            firstCol = Math.min(firstCol, c);
          }
          if (!covered && isFraction(row.getCell(c))) {
            fractionColumns.add(c);
          }
        }
        if (!cells.contains("%")) {
          fractionColumns.clear();
        }
      }
      rows.add(cells);
      maybeFractions.add(fractionColumns);
    }
    for (int r = 0; r < rows.size(); r++) {
      List<String> cells = rows.get(r);
      int last = cells.size() - 1;
      while (last >= 0 && cells.get(last).isEmpty()) {
        last--;
      }
      if (last < 0) {
        grids.text(""); // a blank row ends a table
        continue;
      }
      int from = Math.min(firstCol, last);
      List<String> used = cells.subList(from, last + 1);
      int line = origins.size() + 1;
      for (int c : maybeFractions.get(r)) {
        fractions.add(
            new Fraction(
                line,
                new Origin(sheet.getSheetName(), r),
                c,
                cells.get(c),
                XlsxCellText.number(sheet.getRow(r).getCell(c))));
      }
      List<String> gridCells = new ArrayList<>(used.size());
      for (String c : used) {
        gridCells.add(Cells.text(c));
      }
      grids.row(new Grid.Row(line, gridCells, false));
      emit(sheet.getSheetName(), r, used);
    }
    grids.text(""); // a sheet ends its table
  }

  /** A number strictly between 0 and 1 with decimals, not formatted as a percentage. */
  private static boolean isFraction(Cell cell) {
    BigDecimal n = XlsxCellText.number(cell);
    return n != null
        && n.signum() > 0
        && n.compareTo(BigDecimal.ONE) < 0
        && !XlsxCellText.percentFormat(cell);
  }

  private void emit(String sheet, int row, List<String> cells) {
    List<String> filled = new ArrayList<>();
    int at = -1;
    for (int i = 0; i < cells.size(); i++) {
      if (!cells.get(i).isEmpty()) {
        filled.add(cells.get(i));
        at = i;
      }
    }
    boolean allUnitOrAmount = filled.stream().allMatch(TabTableHead::isUnitOrAmount);
    if (filled.size() == 1 && (at == 0 || isTitle(filled.get(0)) || allUnitOrAmount)) {
      line(sheet, row, filled.get(0));
    } else if (allUnitOrAmount) {
      for (String s : filled) {
        line(sheet, row, s);
      }
    } else {
      line(sheet, row, String.join("\t", cells));
    }
  }

  private static boolean isTitle(String s) {
    return TabRow.label(s).endsWith("绩效目标表");
  }

  private void line(String sheet, int row, String s) {
    text.append(s).append('\n');
    origins.add(new Origin(sheet, row));
  }

  /** The cell as Excel shows it, on one line and without tabs; the empty string when blank. */
  private String cellText(Cell cell) {
    if (cell == null) {
      return "";
    }
    String s;
    try {
      s = formatter.formatCellValue(cell);
    } catch (RuntimeException e) {
      s = XlsxCellText.exact(cell);
    }
    if (s == null || s.isBlank()) {
      return "";
    }
    return s.replace("\r\n", "").replace("\r", "").replace("\n", "").replace('\t', ' ');
  }

  /** The merged regions by the rows they cover (rows beyond the last row are not listed). */
  private static List<List<CellRangeAddress>> mergedByRow(Sheet sheet) {
    int rows = sheet.getLastRowNum() + 1;
    List<List<CellRangeAddress>> byRow = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      byRow.add(new ArrayList<>(0));
    }
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      int last = Math.min(region.getLastRow(), rows - 1);
      for (int r = Math.max(0, region.getFirstRow()); r <= last; r++) {
        byRow.get(r).add(region);
      }
    }
    return byRow;
  }

  /** True when the cell lies in a merged region but is not its top-left cell. */
  private static boolean covered(List<CellRangeAddress> regions, int row, int col) {
    for (CellRangeAddress region : regions) {
      if (region.isInRange(row, col)) {
        return row != region.getFirstRow() || col != region.getFirstColumn();
      }
    }
    return false;
  }
}
