package io.jixiao.document;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;

/** Reading single cells of a workbook, and naming where they are for the user. */
final class XlsxCellText {

  private XlsxCellText() {}

  /**
   * The text of a cell exactly as stored: a text cell as it is (the empty string included), a
   * number as its shortest decimal ({@code 543001}, {@code 15.5}), a formula by its cached result;
   * null for a blank or missing cell or an error value.
   */
  static String exact(Cell c) {
    if (c == null) {
      return null;
    }
    CellType type = c.getCellType();
    if (type == CellType.FORMULA) {
      type = c.getCachedFormulaResultType();
    }
    switch (type) {
      case STRING:
        return c.getStringCellValue();
      case NUMERIC:
        return plain(BigDecimal.valueOf(c.getNumericCellValue()));
      case BOOLEAN:
        return c.getBooleanCellValue() ? "TRUE" : "FALSE";
      default:
        return null;
    }
  }

  /** The number in a numeric cell (formula results included), else null. */
  static BigDecimal number(Cell c) {
    if (c == null) {
      return null;
    }
    CellType type = c.getCellType();
    if (type == CellType.FORMULA) {
      type = c.getCachedFormulaResultType();
    }
    if (type != CellType.NUMERIC) {
      return null;
    }
    double d = c.getNumericCellValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return null;
    }
    return BigDecimal.valueOf(d);
  }

  /** True when the cell's number format shows a percentage ({@code 0%}): 0.3 is printed 30%. */
  static boolean percentFormat(Cell c) {
    String format = c.getCellStyle() == null ? null : c.getCellStyle().getDataFormatString();
    return format != null && format.contains("%");
  }

  static String plain(BigDecimal n) {
    BigDecimal s = n.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  /** {@code 工作表“项目”第 3 行 G 列} for the 0-based row and column. */
  static String at(String sheet, int row, int col) {
    return "工作表“"
        + sheet
        + "”第 "
        + (row + 1)
        + " 行 "
        + CellReference.convertNumToColString(col)
        + " 列";
  }

  /** {@code 工作表“项目”第 3 行} for the 0-based row. */
  static String at(String sheet, int row) {
    return "工作表“" + sheet + "”第 " + (row + 1) + " 行";
  }
}
