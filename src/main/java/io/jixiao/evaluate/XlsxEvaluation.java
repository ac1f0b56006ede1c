package io.jixiao.evaluate;

import io.jixiao.review.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Excel: sheet 汇总 ranks the projects, then one sheet per project holds its 项目支出绩效自评表 (the {@link
 * Form} grid with its merged cells, 宋体 as in the published XLSX, printed A4 portrait one page wide)
 * and the findings under it. Shown numbers are numeric cells with their two decimals.
 */
final class XlsxEvaluation {

  /** Column widths of the form, in characters. */
  private static final int[] WIDTHS = {10, 9, 10, 18, 12, 12, 7, 7, 22};

  private static final int[] SUMMARY_WIDTHS = {6, 40, 28, 6, 9, 6, 6};

  private static final String FONT = "宋体";
  private static final int CHARSET_GB2312 = 134;
  private static final float LINE_POINTS = 14.5f;

  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final CellStyle title;
  private final CellStyle centred;
  private final CellStyle label;
  private final CellStyle text;
  private final CellStyle number;
  private final CellStyle decimals2;
  private final CellStyle decimals4;

  private XlsxEvaluation() {
    XSSFFont base = wb.getFontAt(0);
    base.setFontName(FONT);
    base.setFontHeightInPoints((short) 11);
    base.setCharSet(CHARSET_GB2312);
    XSSFFont bold = font(11, true);
    title = wb.createCellStyle();
    title.setFont(font(16, true));
    title.setAlignment(HorizontalAlignment.CENTER);
    title.setVerticalAlignment(VerticalAlignment.CENTER);
    centred = wb.createCellStyle();
    centred.setAlignment(HorizontalAlignment.CENTER);
    label = bordered(HorizontalAlignment.CENTER);
    label.setFont(bold);
    label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    text = bordered(HorizontalAlignment.LEFT);
    number = bordered(HorizontalAlignment.CENTER);
    decimals2 = bordered(HorizontalAlignment.CENTER);
    decimals2.setDataFormat(wb.createDataFormat().getFormat("0.00"));
    decimals4 = bordered(HorizontalAlignment.CENTER);
    decimals4.setDataFormat(wb.createDataFormat().getFormat("0.0000"));
  }

  private XSSFFont font(int points, boolean bold) {
    XSSFFont f = wb.createFont();
    f.setFontName(FONT);
    f.setFontHeightInPoints((short) points);
    f.setCharSet(CHARSET_GB2312);
    f.setBold(bold);
    return f;
  }

  private CellStyle bordered(HorizontalAlignment align) {
    CellStyle s = wb.createCellStyle();
    s.setAlignment(align);
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    s.setWrapText(true);
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    return s;
  }

  static void write(DepartmentEvaluation evaluation, OutputStream out) throws IOException {
    XlsxEvaluation x = new XlsxEvaluation();
    try (XSSFWorkbook wb = x.wb) {
      x.summary(evaluation);
      Set<String> sources = new HashSet<>();
      for (ProjectEvaluation e : evaluation.projects()) {
        sources.add(e.source());
      }
      Set<String> names = new HashSet<>();
      for (ProjectEvaluation e : evaluation.projects()) {
        x.project(
            e, evaluation.period(), sheetName(e, sources.size() > 1, evaluation.projects(), names));
      }
      wb.setActiveSheet(0);
      wb.write(out);
    }
  }

  /** {@code 表3}, or {@code 文件2 表3} when several documents are evaluated; unique, ≤ 31 chars. */
  private static String sheetName(
      ProjectEvaluation e,
      boolean severalDocuments,
      List<ProjectEvaluation> all,
      Set<String> taken) {
    String name = "表" + e.seq();
    if (severalDocuments) {
      List<String> order = all.stream().map(ProjectEvaluation::source).distinct().toList();
      name = "文件" + (order.indexOf(e.source()) + 1) + " " + name;
    }
    String unique = name;
    for (int n = 2; taken.contains(unique); n++) {
      unique = name + "(" + n + ")";
    }
    taken.add(unique);
    return unique;
  }

  private void summary(DepartmentEvaluation evaluation) {
    Sheet sheet = wb.createSheet("汇总");
    for (int c = 0; c < SUMMARY_WIDTHS.length; c++) {
      sheet.setColumnWidth(c, SUMMARY_WIDTHS[c] * 256);
    }
    Row t = sheet.createRow(0);
    t.setHeightInPoints(28);
    cell(t, 0, evaluation.period().title("项目支出绩效自评结果汇总"), title);
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, SUMMARY_WIDTHS.length - 1));
    String[] heads = {"排名", "项目名称", "文件", "表", "得分", "等级", "问题"};
    Row h = sheet.createRow(1);
    for (int c = 0; c < heads.length; c++) {
      cell(h, c, heads[c], label);
    }
    int r = 2;
    int rank = 0;
    for (ProjectEvaluation e : evaluation.ranking()) {
      Row row = sheet.createRow(r++);
      if (e.ranked()) {
        numeric(row, 0, BigDecimal.valueOf(++rank), number);
      } else {
        cell(row, 0, Form.DASH, number);
      }
      cell(row, 1, e.name(), text);
      cell(row, 2, e.source(), text);
      numeric(row, 3, BigDecimal.valueOf(e.seq()), number);
      if (e.score() == null) {
        cell(row, 4, Form.DASH, number);
      } else {
        numeric(row, 4, e.score(), decimals2);
      }
      cell(row, 5, e.grade() == null ? Form.DASH : e.grade().label(), number);
      numeric(row, 6, BigDecimal.valueOf(e.findings().size()), number);
      fit(row, 1, 1, e.name());
    }
    sheet.createFreezePane(0, 2);
    sheet.setRepeatingRows(new CellRangeAddress(1, 1, -1, -1));
    print(sheet, false);
  }

  private void project(ProjectEvaluation e, EvaluationPeriod period, String name) {
    Form form = Form.of(e, period);
    Sheet sheet = wb.createSheet(name);
    for (int c = 0; c < WIDTHS.length; c++) {
      sheet.setColumnWidth(c, WIDTHS[c] * 256);
    }
    Row t = sheet.createRow(0);
    t.setHeightInPoints(28);
    cell(t, 0, period.title(Form.TITLE), title);
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, Form.COLUMNS - 1));
    cell(sheet.createRow(1), 0, form.subtitle(), centred);
    sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, Form.COLUMNS - 1));
    int top = 2;
    for (int r = 0; r < form.rows(); r++) {
      Row row = sheet.createRow(top + r);
      for (int c = 0; c < Form.COLUMNS; c++) {
        Form.Cell covering = form.covering(r, c);
        if (covering == null) {
          cell(row, c, "", text);
        } else if (covering.row() == r && covering.col() == c) {
          write(row, c, covering);
          if (covering.rowSpan() == 1) {
            fit(row, c, covering.colSpan(), covering.text());
          }
        } else {
          // a covered cell keeps the border of its merged region
          cell(row, c, "", style(covering.style()));
        }
      }
    }
    for (Form.Cell cell : form.cells()) {
      if (cell.rowSpan() > 1 || cell.colSpan() > 1) {
        sheet.addMergedRegion(
            new CellRangeAddress(
                top + cell.row(),
                top + cell.row() + cell.rowSpan() - 1,
                cell.col(),
                cell.col() + cell.colSpan() - 1));
      }
    }
    int r = top + form.rows() + 1;
    if (!e.findings().isEmpty()) {
      Row h = sheet.createRow(r++);
      cell(h, 0, "级别", label);
      cell(h, 1, "规则", label);
      cell(h, 2, "问题及建议", label);
      for (int c = 3; c < Form.COLUMNS; c++) {
        cell(h, c, "", label);
      }
      sheet.addMergedRegion(
          new CellRangeAddress(h.getRowNum(), h.getRowNum(), 2, Form.COLUMNS - 1));
      for (Finding f : e.findings()) {
        Row row = sheet.createRow(r++);
        cell(row, 0, f.severity().label(), number);
        cell(row, 1, f.rule().name(), number);
        String message = f.location().describe() + "：" + f.message() + "。建议：" + f.suggestion();
        cell(row, 2, message, text);
        for (int c = 3; c < Form.COLUMNS; c++) {
          cell(row, c, "", text);
        }
        sheet.addMergedRegion(
            new CellRangeAddress(row.getRowNum(), row.getRowNum(), 2, Form.COLUMNS - 1));
        fit(row, 2, Form.COLUMNS - 2, message);
      }
    }
    print(sheet, true);
  }

  private void write(Row row, int c, Form.Cell cell) {
    if (cell.style() == Form.Style.NUMBER && isNumber(cell.text())) {
      BigDecimal n = new BigDecimal(cell.text());
      numeric(row, c, n, n.scale() > 2 ? decimals4 : decimals2);
      return;
    }
    cell(row, c, cell.text(), style(cell.style()));
  }

  private CellStyle style(Form.Style s) {
    switch (s) {
      case LABEL:
        return label;
      case NUMBER:
        return number;
      default:
        return text;
    }
  }

  private static boolean isNumber(String s) {
    if (s.isEmpty()) {
      return false;
    }
    int dots = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '.') {
        dots++;
      } else if (ch < '0' || ch > '9') {
        return false;
      }
    }
    return dots <= 1 && s.charAt(0) != '.' && s.charAt(s.length() - 1) != '.';
  }

  private static void cell(Row row, int c, String value, CellStyle style) {
    Cell cell = row.createCell(c);
    cell.setCellValue(value == null ? "" : value);
    cell.setCellStyle(style);
  }

  private static void numeric(Row row, int c, BigDecimal value, CellStyle style) {
    Cell cell = row.createCell(c);
    cell.setCellValue(value.doubleValue());
    cell.setCellStyle(style);
  }

  /** Makes the row tall enough for wrapped {@code s} over {@code span} columns from {@code c}. */
  private static void fit(Row row, int c, int span, String s) {
    if (s == null || s.isEmpty()) {
      return;
    }
    int chars = 0;
    for (int k = c; k < c + span; k++) {
      chars += row.getSheet().getColumnWidth(k) / 256;
    }
    chars = Math.max(1, chars - 1);
    int lines = 0;
    for (String part : s.split("\n", -1)) {
      int w = 0;
      for (int i = 0; i < part.length(); i++) {
        w += part.charAt(i) >= '\u2e80' ? 2 : 1;
      }
      lines += Math.max(1, (w + chars - 1) / chars);
    }
    float height = Math.min(lines, 30) * LINE_POINTS + 4;
    if (height > row.getHeightInPoints()) {
      row.setHeightInPoints(height);
    }
  }

  private static void print(Sheet sheet, boolean portrait) {
    sheet.setFitToPage(true);
    PrintSetup p = sheet.getPrintSetup();
    p.setPaperSize(PrintSetup.A4_PAPERSIZE);
    p.setLandscape(!portrait);
    p.setFitWidth((short) 1);
    p.setFitHeight((short) 0);
    sheet.setHorizontallyCenter(true);
  }
}
