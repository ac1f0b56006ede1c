package io.jixiao.document;

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

  private final StringBuilder text = new StringBuilder();
  private final List<Origin> origins = new ArrayList<>();
  private final DataFormatter formatter = new DataFormatter(Locale.CHINA);

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

  private void sheet(Sheet sheet) {
    List<List<CellRangeAddress>> merged = mergedByRow(sheet);
    List<List<String>> rows = new ArrayList<>();
    int firstCol = Integer.MAX_VALUE;
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      List<String> cells = new ArrayList<>();
      if (row != null && row.getLastCellNum() > 0) {
        List<CellRangeAddress> regions = r < merged.size() ? merged.get(r) : List.of();
        for (int c = 0; c < row.getLastCellNum(); c++) {
          String s = covered(regions, r, c) ? "" : cellText(row.getCell(c));
          cells.add(s);
          if (!s.isEmpty()) {
            firstCol = Math.min(firstCol, c);
          }
        }
      }
      rows.add(cells);
    }
    for (int r = 0; r < rows.size(); r++) {
      List<String> cells = rows.get(r);
      int last = cells.size() - 1;
      while (last >= 0 && cells.get(last).isEmpty()) {
        last--;
      }
      if (last < 0) {
        continue;
      }
      List<String> used = cells.subList(Math.min(firstCol, last), last + 1);
      emit(sheet.getSheetName(), r, used);
    }
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
