package io.jixiao.document;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Word (DOCX) originals: paragraphs and tables read with POI as tables, not as text. A document
 * whose tables hold another form than the classic target table (a 申报表, a 自评表, many projects in
 * one table: {@link FormReader#holdsOtherForm}) is read from its native grids ({@link
 * DocxLines#grids()}: {@code gridSpan} and {@code vMerge} as merged cells) by the form reader
 * (docs/adr/0017). The classic target table is turned into the tab-row text layout ({@link
 * DocxLines}) and read by the same table and front matter readers as a text export, so a Word table
 * and its text export give the same document.
 *
 * <p>A problem found on the converted text is reported where it stands in the Word file: {@code 表格
 * 3 第 5 行} or {@code 第 12 段} (paragraphs counted from the start of the body, empty ones included).
 * The line number of such a problem is 0: the Word file has no lines.
 */
final class DocxReader implements OfficeFormat {

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] WORD = "word/".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0};
  private static final byte[] WORD_DOCUMENT = "WordDocument".getBytes(StandardCharsets.UTF_16LE);

  /** A line number in a message of the text readers: {@code 第 12 行}, {@code 第 12–30 行}. */
  private static final Pattern LINE_IN_MESSAGE = Pattern.compile("第 (\\d+)(?:–(\\d+))? 行");

  /**
   * A ZIP file with a {@code word/} part (its name is stored uncompressed in the ZIP headers), or a
   * Word 97–2003 file (an OLE2 compound file with a {@code WordDocument} stream), which is refused
   * with a clear message rather than read as text.
   */
  @Override
  public boolean accepts(byte[] bytes) {
    return startsWith(bytes, ZIP) && indexOf(bytes, WORD) >= 0 || isLegacyWord(bytes);
  }

  private static boolean isLegacyWord(byte[] bytes) {
    return startsWith(bytes, OLE2) && indexOf(bytes, WORD_DOCUMENT) >= 0;
  }

  @Override
  public ImportResult read(String name, byte[] bytes, DocumentReader reader) {
    Problems problems = new Problems(name);
    if (isLegacyWord(bytes)) {
      problems.error(
          "IMP-DOC-LEGACY",
          0,
          null,
          null,
          "这是旧版 Word 文档（.doc），不能直接读取：请用 Word 或 WPS 打开后另存为 .docx 再导入");
      return new ImportResult(null, problems.all());
    }
    ZipBounds.Refusal refused = ZipBounds.check(bytes, reader.limits(), false);
    if (refused != null) {
      problems.error(refused.code(), 0, null, null, refused.message());
      return new ImportResult(null, problems.all());
    }
    DocxLines lines;
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      lines = DocxLines.of(doc);
    } catch (Exception | LinkageError e) {
      problems.error(
          "IMP-DOCX-UNREADABLE",
          0,
          null,
          null,
          "无法打开 Word 文件：文件已损坏或不是有效的 .docx（"
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : "：" + abbreviate(e.getMessage()))
              + "）。请用 Word 打开后另存为 .docx 再导入");
      return new ImportResult(null, problems.all());
    }
    List<Grid> grids = lines.grids();
    ImportResult result =
        FormReader.holdsOtherForm(grids)
            ? reader.readGrids(name, grids, problems)
            : reader.readText(name, lines.text(), problems);
    return new ImportResult(result.document(), located(result.problems(), lines));
  }

  /** The problems with their place in the Word file instead of a line of the converted text. */
  private static List<ImportProblem> located(List<ImportProblem> problems, DocxLines lines) {
    List<ImportProblem> out = new ArrayList<>(problems.size());
    for (ImportProblem p : problems) {
      String message = inMessage(p.message(), lines);
      if (p.code().equals("IMP-NO-TABLES") && lines.tables() == 0) {
        message += "（该 Word 文件中没有表格：绩效目标表应为 Word 表格）";
      }
      String origin = p.line() > 0 ? lines.origin(p.line()) : null;
      if (origin != null) {
        message = message + "（位置：" + origin + "）";
      }
      out.add(
          new ImportProblem(
              p.severity(),
              p.code(),
              p.file(),
              origin != null ? 0 : p.line(),
              p.table(),
              p.field(),
              message));
    }
    return out;
  }

  /** Line numbers quoted in a message become places in the Word file. */
  private static String inMessage(String message, DocxLines lines) {
    Matcher m = LINE_IN_MESSAGE.matcher(message);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String from = lines.origin(Integer.parseInt(m.group(1)));
      String to = m.group(2) == null ? null : lines.origin(Integer.parseInt(m.group(2)));
      String place;
      if (from == null) {
        place = "转换文本" + m.group();
      } else if (to == null || to.equals(from)) {
        place = from;
      } else {
        place = from + "至" + to;
      }
      m.appendReplacement(b, Matcher.quoteReplacement(place));
    }
    m.appendTail(b);
    return b.toString();
  }

  private static String abbreviate(String s) {
    String t = s.strip();
    return t.length() <= 120 ? t : t.substring(0, 120) + "…";
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (bytes[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
