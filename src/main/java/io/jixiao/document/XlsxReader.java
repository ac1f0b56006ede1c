package io.jixiao.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Excel (XLSX) working copies and Jixiao's own XLSX export. Jixiao's export (sheets 项目 and 指标,
 * {@link XlsxLayout}) is read back into the exact document it was written from. Any other workbook
 * is taken as a department's working copy laid out like the printed table: when its sheets hold
 * another form than the classic target table ({@link FormReader#holdsOtherForm}), their native
 * grids (merged regions as merged cells, {@link WorksheetText#grids()}) are read by the form reader
 * (docs/adr/0017); else they become the tab-row text layout ({@link WorksheetText}) and are read
 * by the text importer. Either way the problems name the sheet and row.
 */
final class XlsxReader implements OfficeFormat {

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final Pattern LINES = Pattern.compile("第 (\\d+)(?:–(\\d+))? 行");
  private static final byte[] WORKBOOK_PART = "xl/workbook.xml".getBytes(StandardCharsets.US_ASCII);

  /** A ZIP whose entries include {@code xl/workbook.xml} (entry names are stored uncompressed). */
  @Override
  public boolean accepts(byte[] bytes) {
    if (bytes.length < ZIP.length) {
      return false;
    }
    for (int i = 0; i < ZIP.length; i++) {
      if (bytes[i] != ZIP[i]) {
        return false;
      }
    }
    return indexOf(bytes, WORKBOOK_PART) >= 0;
  }

  @Override
  public ImportResult read(String name, byte[] bytes, DocumentReader reader) {
    Problems problems = new Problems(name);
    ZipBounds.Refusal refused = ZipBounds.check(bytes, reader.limits(), true);
    if (refused != null) {
      problems.error(refused.code(), 0, null, null, refused.message());
      return new ImportResult(null, problems.all());
    }
    XSSFWorkbook wb;
    try {
      wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      problems.error(
          "IMP-XLSX-CORRUPT",
          0,
          null,
          null,
          "文件已损坏或不是完整的 Excel 工作簿（xlsx），无法读取；请在 Excel 中打开并另存为 .xlsx 后重试（" + reason(e) + "）");
      return new ImportResult(null, problems.all());
    }
    try (wb) {
      if (XlsxExportReader.recognises(wb)) {
        return new XlsxExportReader(wb, name, problems).read();
      }
      return workingCopy(name, WorksheetText.of(wb), reader, problems);
    } catch (IOException e) {
      // closing a workbook read from memory writes nothing
      throw new IllegalStateException(e);
    }
  }

  private static ImportResult workingCopy(
      String name, WorksheetText sheets, DocumentReader reader, Problems problems) {
    if (sheets.lines() == 0) {
      problems.error("IMP-EMPTY", 0, null, null, "工作簿中没有任何内容（空白或全部为隐藏工作表）");
      return new ImportResult(null, problems.all());
    }
    List<Grid> grids = sheets.grids();
    ImportResult result;
    if (FormReader.holdsOtherForm(grids)) {
      for (WorksheetText.Fraction f : sheets.fractions()) {
        problems.warning(
            "IMP-XLSX-FRACTION",
            f.line(),
            null,
            null,
            CellReference.convertNumToColString(f.column())
                + " 列的数值 "
                + f.printed()
                + " 在以“%”为单位的行中，但单元格不是百分比格式：按显示的 "
                + f.printed()
                + " 读取；如果应为 "
                + XlsxCellText.plain(f.number().movePointRight(2))
                + "%，请在 Excel 中改为百分比格式");
      }
      result = reader.readGrids(name, grids, problems);
    } else {
      result = reader.readText(name, sheets.text(), problems);
    }
    List<ImportProblem> located = new ArrayList<>(result.problems().size());
    for (ImportProblem p : result.problems()) {
      WorksheetText.Origin at = sheets.origin(p.line());
      if (at == null) {
        located.add(p);
        continue;
      }
      located.add(
          new ImportProblem(
              p.severity(),
              p.code(),
              p.file(),
              at.row() + 1,
              p.table(),
              p.field(),
              XlsxCellText.at(at.sheet(), at.row()) + "：" + relocate(p.message(), sheets)));
    }
    return new ImportResult(result.document(), located);
  }

  /**
   * Messages that quote line numbers of the text ({@code 第 12–14 行}) refer to the sheet rows
   * instead; the text's lines exist only inside this reader.
   */
  private static String relocate(String message, WorksheetText sheets) {
    Matcher m = LINES.matcher(message);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      WorksheetText.Origin from = sheets.origin(Integer.parseInt(m.group(1)));
      WorksheetText.Origin to =
          m.group(2) == null ? null : sheets.origin(Integer.parseInt(m.group(2)));
      String replacement = m.group();
      if (from != null && (m.group(2) == null || to != null)) {
        replacement =
            to == null || to.equals(from)
                ? "第 " + (from.row() + 1) + " 行"
                : "第 " + (from.row() + 1) + "–" + (to.row() + 1) + " 行";
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String reason(Exception e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (haystack[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
