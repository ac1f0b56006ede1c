package io.jixiao.publish;

import io.jixiao.document.XlsxLayout;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * Writes cells of one workbook with its shared styles: text escaped so that Excel and POI read back
 * exactly what was written, exact numbers, a CJK font throughout.
 */
final class XlsxCells {

  /**
   * The font of every cell; Excel in Chinese installs and LibreOffice both know it or a substitute.
   */
  static final String CJK_FONT = "宋体";

  private static final float LINE_POINTS = 14.5f;

  /** GB2312, so that Excel picks a Chinese font for the cells. */
  private static final int CHARSET_GB2312 = 134;

  private final Workbook wb;
  private final CellStyle text;
  private final CellStyle wrapped;
  private final CellStyle header;
  private final CellStyle integer;
  private final CellStyle count;
  private final CellStyle number;
  private final CellStyle date;
  private final CellStyle title;
  private final Map<Integer, CellStyle> amounts = new HashMap<>();

  XlsxCells(SXSSFWorkbook wb) {
    this.wb = wb;
    XSSFFont base = wb.getXSSFWorkbook().getFontAt(0);
    base.setFontName(CJK_FONT);
    base.setFontHeightInPoints((short) 11);
    base.setCharSet(CHARSET_GB2312);

    text = wb.createCellStyle();
    text.setVerticalAlignment(VerticalAlignment.TOP);
    wrapped = wb.createCellStyle();
    wrapped.cloneStyleFrom(text);
    wrapped.setWrapText(true);

    XSSFFont bold = wb.getXSSFWorkbook().createFont();
    bold.setFontName(CJK_FONT);
    bold.setFontHeightInPoints((short) 11);
    bold.setCharSet(CHARSET_GB2312);
    bold.setBold(true);
    header = wb.createCellStyle();
    header.setFont(bold);
    header.setWrapText(true);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);

    XSSFFont big = wb.getXSSFWorkbook().createFont();
    big.setFontName(CJK_FONT);
    big.setFontHeightInPoints((short) 14);
    big.setCharSet(CHARSET_GB2312);
    big.setBold(true);
    title = wb.createCellStyle();
    title.setFont(big);

    integer = numberStyle("0");
    integer.setAlignment(HorizontalAlignment.CENTER);
    count = numberStyle("0");
    count.setAlignment(HorizontalAlignment.LEFT);
    number = numberStyle("General");
    date = numberStyle("yyyy-mm-dd");
  }

  private CellStyle numberStyle(String format) {
    CellStyle s = wb.createCellStyle();
    s.setVerticalAlignment(VerticalAlignment.TOP);
    s.setDataFormat(wb.createDataFormat().getFormat(format));
    return s;
  }

  void header(Row row, int col, String label) {
    Cell c = row.createCell(col);
    c.setCellValue(escape(label));
    c.setCellStyle(header);
  }

  void title(Row row, int col, String s) {
    Cell c = row.createCell(col);
    c.setCellValue(escape(s));
    c.setCellStyle(title);
  }

  /** A text cell; nothing for null, so that a blank cell reads back as null. */
  void text(Row row, int col, String s) {
    text(row, col, s, 0);
  }

  /**
   * A text cell wrapped in its column when {@code maxLines} is positive; the row grows to show up
   * to that many lines.
   */
  void text(Row row, int col, String s, int maxLines) {
    if (s == null) {
      return;
    }
    if (s.length() > XlsxLayout.MAX_CELL_TEXT) {
      throw new IllegalArgumentException(
          "单元格文字超过 Excel 的上限 "
              + XlsxLayout.MAX_CELL_TEXT
              + " 字（工作表“"
              + row.getSheet().getSheetName()
              + "”第 "
              + (row.getRowNum() + 1)
              + " 行），无法导出为 xlsx");
    }
    Cell c = row.createCell(col);
    c.setCellValue(escape(s));
    c.setCellStyle(maxLines > 0 ? wrapped : text);
    if (maxLines > 0) {
      fitHeight(row, col, s, maxLines);
    }
  }

  /**
   * Makes the row tall enough for the wrapped text, up to {@code maxLines} lines (Excel does not
   * fit rows on opening a file, and LibreOffice not always).
   */
  private static void fitHeight(Row row, int col, String s, int maxLines) {
    int columnChars = Math.max(1, row.getSheet().getColumnWidth(col) / 256 - 1);
    int lines = 0;
    for (String part : s.split("\n", -1)) {
      lines += Math.max(1, (displayWidth(part) + columnChars - 1) / columnChars);
      if (lines >= maxLines) {
        lines = maxLines;
        break;
      }
    }
    float height = lines * LINE_POINTS + 3;
    if (height > row.getHeightInPoints()) {
      row.setHeightInPoints(height);
    }
  }

  /** Width in Excel's character units: ideographs and full-width forms count two. */
  private static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += s.charAt(i) >= '\u2e80' ? 2 : 1;
    }
    return w;
  }

  /** A whole number, centred in its column. */
  void integer(Row row, int col, Integer n) {
    if (n == null) {
      return;
    }
    Cell c = row.createCell(col);
    c.setCellValue(n);
    c.setCellStyle(integer);
  }

  /** A whole number standing left, as a value beside a label. */
  void count(Row row, int col, Integer n) {
    if (n == null) {
      return;
    }
    Cell c = row.createCell(col);
    c.setCellValue(n);
    c.setCellStyle(count);
  }

  /**
   * An amount in 万元 as a number shown with its decimals ({@code 0.00} at least), or as text when a
   * double cannot hold it exactly (more than 15 significant digits), so that it reads back exactly.
   */
  void amount(Row row, int col, BigDecimal n) {
    if (n == null) {
      return;
    }
    Cell c = row.createCell(col);
    Double d = exactDouble(n);
    if (d == null) {
      c.setCellValue(n.toPlainString());
      c.setCellStyle(text);
      return;
    }
    c.setCellValue(d);
    c.setCellStyle(amountStyle(Math.max(2, n.stripTrailingZeros().scale())));
  }

  /** A number in the General format, or as text when a double cannot hold it exactly. */
  void number(Row row, int col, BigDecimal n) {
    if (n == null) {
      return;
    }
    Cell c = row.createCell(col);
    Double d = exactDouble(n);
    if (d == null) {
      c.setCellValue(n.toPlainString());
      c.setCellStyle(text);
      return;
    }
    c.setCellValue(d);
    c.setCellStyle(number);
  }

  void date(Row row, int col, LocalDate d) {
    Cell c = row.createCell(col);
    c.setCellValue(d);
    c.setCellStyle(date);
  }

  private CellStyle amountStyle(int scale) {
    return amounts.computeIfAbsent(
        scale,
        s -> {
          CellStyle style = numberStyle("0." + "0".repeat(s));
          style.setAlignment(HorizontalAlignment.RIGHT);
          return style;
        });
  }

  /** The double that reads back as exactly {@code n}, or null when there is none. */
  static Double exactDouble(BigDecimal n) {
    double d = n.doubleValue();
    if (Double.isInfinite(d) || BigDecimal.valueOf(d).compareTo(n) != 0) {
      return null;
    }
    return d;
  }

  /**
   * Text as Excel stores it: characters XML cannot hold (controls other than tab and line breaks,
   * lone surrogates, U+FFFE, U+FFFF) become {@code _xHHHH_}, and an underscore that starts such a
   * sequence in the text itself becomes {@code _x005F_}, which is how Excel and POI escape them and
   * decode them on reading.
   */
  static String escape(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && !special(s, i)) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder b = new StringBuilder(n + 16);
    b.append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (c == '_' && escapeLike(s, i)) {
        b.append("_x005F_");
      } else if (invalidInXml(c)) {
        b.append(String.format("_x%04X_", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean special(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return invalidInXml(c) || (c == '_' && escapeLike(s, i));
  }

  private static boolean invalidInXml(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || Character.isSurrogate(c)
        || c == '\uFFFE'
        || c == '\uFFFF';
  }

  /** True when {@code _xHHHH_} starts at {@code i}. */
  private static boolean escapeLike(String s, int i) {
    if (i + 7 > s.length() || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
      return false;
    }
    for (int k = i + 2; k < i + 6; k++) {
      char h = s.charAt(k);
      if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F'))) {
        return false;
      }
    }
    return true;
  }
}
