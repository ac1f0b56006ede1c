package io.jixiao.monitor;

import io.jixiao.monitor.ActualsProblem.Severity;
import io.jixiao.model.TargetDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a filled {@link ActualsTemplate} (or any workbook with a sheet 执行数据 whose first row names
 * the six columns of an actuals file) into the same actuals an equal CSV file gives, with the same
 * checks; problems name the sheet, the row and the column's letter. Rows without a value are not
 * read. A cell Excel turned into a number is read as the person typed it: a date as {@code 2023-06}
 * in the period column and {@code 2023年11月30日} in the value column, a percentage as {@code 96%}.
 */
public final class ActualsXlsx {

  private ActualsXlsx() {}

  /** True when the bytes are a ZIP file, as every XLSX workbook is. */
  public static boolean looksLikeXlsx(byte[] bytes) {
    return bytes.length >= 4
        && bytes[0] == 'P'
        && bytes[1] == 'K'
        && bytes[2] == 3
        && bytes[3] == 4;
  }

  /** Reads a workbook against the documents it reports on. */
  public static ActualsReadResult read(Path file, List<TargetDocument> documents) {
    String name = file.getFileName().toString();
    try {
      if (Files.size(file) > ActualsCsv.MAX_BYTES) {
        return fileError(name, documents, "ACT-TOO-LARGE", "文件过大，超过上限 20 MB；请确认文件是否正确");
      }
      return read(name, Files.readAllBytes(file), documents);
    } catch (IOException e) {
      return fileError(name, documents, "ACT-IO", "无法读取文件：" + e.getMessage());
    }
  }

  /** Reads the bytes of a workbook called {@code name}. */
  public static ActualsReadResult read(String name, byte[] bytes, List<TargetDocument> documents) {
    return read(name, bytes, documents, ActualsScope.ANY);
  }

  /** Reads the bytes of a workbook; rows may be about the tables {@code scope} lets. */
  public static ActualsReadResult read(
      String name, byte[] bytes, List<TargetDocument> documents, ActualsScope scope) {
    if (bytes.length > ActualsCsv.MAX_BYTES) {
      return fileError(name, documents, "ACT-TOO-LARGE", "文件过大，超过上限 20 MB；请确认文件是否正确");
    }
    XSSFWorkbook wb;
    try {
      wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      return fileError(name, documents, "ACT-XLSX", "无法作为 Excel 工作簿（.xlsx）打开：" + e.getMessage());
    }
    try (wb) {
      Sheet sheet = wb.getSheet(TemplateLayout.DATA_SHEET);
      if (sheet == null) {
        return fileError(
            name,
            documents,
            "ACT-XLSX-SHEET",
            "找不到工作表“" + TemplateLayout.DATA_SHEET + "”：请使用 jixiao actuals-template 生成的模板填写");
      }
      return read(name, sheet, documents, scope);
    } catch (IOException e) {
      return fileError(name, documents, "ACT-IO", "无法读取文件：" + e.getMessage());
    }
  }

  private static ActualsReadResult read(
      String name, Sheet sheet, List<TargetDocument> documents, ActualsScope scope) {
    ActualsValidator v = new ActualsValidator(name, sheet.getSheetName(), documents, scope);
    Map<ActualsColumn, Integer> columns = new EnumMap<>(ActualsColumn.class);
    Row head = sheet.getRow(0);
    if (head != null) {
      for (Cell c : head) {
        ActualsColumn col = TemplateLayout.column(text(c, null));
        if (col != null) {
          columns.putIfAbsent(col, c.getColumnIndex());
        }
      }
    }
    if (columns.size() < ActualsColumn.ALL.size()) {
      String missing =
          ActualsColumn.ALL.stream()
              .filter(c -> !columns.containsKey(c))
              .map(ActualsColumn::label)
              .collect(Collectors.joining("、"));
      ActualsColumn first =
          ActualsColumn.ALL.stream().filter(c -> !columns.containsKey(c)).findFirst().orElseThrow();
      v.error(
          "ACT-HEADER",
          new SheetLine(1, Map.of(), Map.of()),
          first,
          "第 1 行应为表头，含 " + String.join("、", ActualsColumn.HEADER.split(",")) + " 六列；缺少 " + missing);
      return v.result();
    }
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      Map<ActualsColumn, String> fields = new EnumMap<>(ActualsColumn.class);
      for (ActualsColumn c : ActualsColumn.ALL) {
        fields.put(c, text(row.getCell(columns.get(c)), c));
      }
      v.line(new SheetLine(r + 1, fields, columns));
    }
    return v.result();
  }

  private static ActualsReadResult fileError(
      String name, List<TargetDocument> documents, String code, String message) {
    ActualsValidator v = new ActualsValidator(name, null, documents, ActualsScope.ANY);
    v.fileProblem(Severity.ERROR, code, message);
    return v.result();
  }

  /**
   * A cell's text as the person typed it: text as it is; a date as {@code 2023-06} in the period
   * column and {@code 2023年11月30日} elsewhere; a number shown as a percentage with its percent sign;
   * other numbers in their shortest decimal; formulas by their cached result; null for blank cells
   * and errors.
   */
  static String text(Cell c, ActualsColumn column) {
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
      case BOOLEAN:
        return c.getBooleanCellValue() ? "TRUE" : "FALSE";
      case NUMERIC:
        return number(c, column);
      default:
        return null;
    }
  }

  private static String number(Cell c, ActualsColumn column) {
    double d = c.getNumericCellValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return null;
    }
    if (DateUtil.isCellDateFormatted(c)) {
      LocalDateTime t = c.getLocalDateTimeCellValue();
      if (column == ActualsColumn.PERIOD) {
        return YearMonth.from(t).toString();
      }
      return t.getYear() + "年" + t.getMonthValue() + "月" + t.getDayOfMonth() + "日";
    }
    BigDecimal n = BigDecimal.valueOf(d);
    String format = c.getCellStyle() == null ? null : c.getCellStyle().getDataFormatString();
    if (format != null && format.contains("%")) {
      return plain(n.movePointRight(2)) + "%";
    }
    return plain(n);
  }

  private static String plain(BigDecimal n) {
    BigDecimal s = n.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  /** A sheet row as a line of the validator. */
  private record SheetLine(
      int number, Map<ActualsColumn, String> fields, Map<ActualsColumn, Integer> columns)
      implements ActualsValidator.Line {
    @Override
    public String get(ActualsColumn column) {
      return fields.get(column);
    }

    @Override
    public String letter(ActualsColumn column) {
      Integer i = columns.get(column);
      return i == null ? null : CellReference.convertNumToColString(i);
    }
  }
}
