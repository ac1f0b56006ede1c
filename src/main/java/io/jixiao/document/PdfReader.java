package io.jixiao.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * PDF originals, best effort. PDFBox gives the glyphs and the ruling lines of every page; {@link
 * PdfLayout} rebuilds the table rows from the boxes the lines draw (cells → tabs) and the prose
 * from the text lines; the result, in the tab-row layout, is read by the same table reader as text
 * exports. Repeated page headers and footers are dropped. Problems are reported with the page they
 * are on, since the lines of the rebuilt text mean nothing to the user.
 *
 * <p>A PDF without any text (a scan), an encrypted or a damaged PDF is a clear error; a page
 * without text or with glyphs that have no Unicode mapping is a warning naming the page.
 */
final class PdfReader implements OfficeFormat {

  private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  /** The header may follow some junk, within the first 1024 bytes (ISO 32000-1, 7.5.2). */
  private static final int HEADER_WINDOW = 1024;

  /** Lines in the top or bottom band of a page that recur on many pages are page furniture. */
  private static final float MARGIN_BAND = 0.07f;

  private static final Pattern LINE_REFERENCE = Pattern.compile("第 (\\d+)(?:–(\\d+))? 行");

  @Override
  public boolean accepts(byte[] bytes) {
    int limit = Math.min(bytes.length - MAGIC.length, HEADER_WINDOW);
    for (int i = 0; i <= limit; i++) {
      if (startsAt(bytes, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsAt(byte[] bytes, int at) {
    for (int k = 0; k < MAGIC.length; k++) {
      if (bytes[at + k] != MAGIC[k]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public ImportResult read(String name, byte[] bytes, DocumentReader reader) {
    Problems problems = new Problems(name);
    List<PdfPage> pages;
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      pages = PdfPage.read(pdf);
    } catch (InvalidPasswordException e) {
      problems.error("IMP-PDF-ENCRYPTED", 0, null, null, "PDF 文件已加密，需要密码才能打开，无法读取；请提供未加密的文件");
      return new ImportResult(null, problems.all());
    } catch (IOException | RuntimeException e) {
      problems.error(
          "IMP-PDF-DAMAGED", 0, null, null, "无法读取 PDF：文件已损坏或不是有效的 PDF（" + e.getMessage() + "）");
      return new ImportResult(null, problems.all());
    }
    if (pages.isEmpty()) {
      problems.error("IMP-PDF-DAMAGED", 0, null, null, "无法读取 PDF：文件中没有页面，可能已损坏");
      return new ImportResult(null, problems.all());
    }
    Text text = text(pages, problems);
    if (text.glyphs == 0) {
      problems.error(
          "IMP-PDF-NO-TEXT",
          0,
          null,
          null,
          "PDF 无可提取的文字（可能是扫描件）：共 "
              + pages.size()
              + " 页都没有文字层，请提供 Word、Excel 或文字版 PDF，或先做文字识别（OCR）");
      return new ImportResult(null, problems.all());
    }
    ImportResult result = reader.readText(name, text.body.toString(), problems);
    return new ImportResult(result.document(), onPages(result.problems(), text.pageOfLine));
  }

  /** The rebuilt text of all pages and the page each of its lines comes from. */
  private static final class Text {
    final StringBuilder body = new StringBuilder();
    final List<Integer> pageOfLine = new ArrayList<>();
    int glyphs;

    void line(String s, int page) {
      body.append(s).append('\n');
      pageOfLine.add(page);
    }
  }

  private static Text text(List<PdfPage> pages, Problems problems) {
    List<PdfLayout.Result> layouts = new ArrayList<>(pages.size());
    for (PdfPage page : pages) {
      layouts.add(PdfLayout.of(page));
    }
    Map<String, Integer> furniture = furniture(pages, layouts);
    Text text = new Text();
    for (int i = 0; i < pages.size(); i++) {
      PdfPage page = pages.get(i);
      PdfLayout.Result layout = layouts.get(i);
      text.glyphs += layout.glyphs();
      report(page, layout, problems);
      for (PdfLayout.Line line : layout.lines()) {
        String key = furnitureKey(page, line);
        if (key != null && furniture.getOrDefault(key, 0) >= threshold(pages.size())) {
          continue;
        }
        text.line(line.text(), page.number());
      }
      text.line("", page.number());
      text.line("---", page.number());
      text.line("", page.number());
    }
    return text;
  }

  private static void report(PdfPage page, PdfLayout.Result layout, Problems problems) {
    if (layout.glyphs() == 0 && page.images() > 0) {
      problems.warning(
          "IMP-PDF-PAGE-NO-TEXT",
          0,
          null,
          null,
          "第 " + page.number() + " 页没有可提取的文字（可能是扫描页或图片），该页内容未导入");
    } else if (layout.unreadable() > 0 && layout.unreadable() * 20 > layout.glyphs()) {
      problems.warning(
          "IMP-PDF-UNMAPPED-GLYPHS",
          0,
          null,
          null,
          "第 "
              + page.number()
              + " 页有 "
              + layout.unreadable()
              + " 个字符无法识别（字体缺少 Unicode 映射），这些字符未导入，该页内容可能不完整");
    }
  }

  /** A page header or footer recurs on many pages: at least three, and half of them. */
  private static int threshold(int pages) {
    return Math.max(3, (pages + 1) / 2);
  }

  /** How often each line in the top or bottom band of a page occurs, digits ignored. */
  private static Map<String, Integer> furniture(
      List<PdfPage> pages, List<PdfLayout.Result> layouts) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < pages.size(); i++) {
      for (PdfLayout.Line line : layouts.get(i).lines()) {
        String key = furnitureKey(pages.get(i), line);
        if (key != null) {
          counts.merge(key, 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  private static String furnitureKey(PdfPage page, PdfLayout.Line line) {
    // a table title at the top of every page, numbered 1., 2., …, is no running header
    if (line.row() || line.text().endsWith("绩效目标表")) {
      return null;
    }
    String zone;
    if (line.bottom() < page.height() * MARGIN_BAND) {
      zone = "top:";
    } else if (line.top() > page.height() * (1 - MARGIN_BAND)) {
      zone = "bottom:";
    } else {
      return null;
    }
    return zone + line.text().replaceAll("\\d+", "#").replaceAll("\\s+", "");
  }

  /**
   * The problems with the page instead of the line of the rebuilt text: {@code 第 12 页：…}, and line
   * numbers inside messages turned into pages too.
   */
  private static List<ImportProblem> onPages(List<ImportProblem> problems, List<Integer> pageOf) {
    List<ImportProblem> out = new ArrayList<>(problems.size());
    for (ImportProblem p : problems) {
      if (p.line() <= 0) {
        out.add(p);
        continue;
      }
      String message = "第 " + page(pageOf, p.line()) + " 页：" + pagesIn(p.message(), pageOf);
      out.add(
          new ImportProblem(p.severity(), p.code(), p.file(), 0, p.table(), p.field(), message));
    }
    return out;
  }

  private static String pagesIn(String message, List<Integer> pageOf) {
    Matcher m = LINE_REFERENCE.matcher(message);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      int from = page(pageOf, Integer.parseInt(m.group(1)));
      int to = m.group(2) == null ? from : page(pageOf, Integer.parseInt(m.group(2)));
      String pages = from == to ? "第 " + from + " 页" : "第 " + from + "–" + to + " 页";
      m.appendReplacement(b, Matcher.quoteReplacement(pages));
    }
    m.appendTail(b);
    return b.toString();
  }

  private static int page(List<Integer> pageOf, int line) {
    if (pageOf.isEmpty()) {
      return 1;
    }
    return pageOf.get(Math.max(0, Math.min(line, pageOf.size()) - 1));
  }
}
