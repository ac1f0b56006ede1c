package io.jixiao.document;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;

/**
 * Turns the body of a Word document into the text layout the table readers know, line by line, and
 * remembers where each line came from:
 *
 * <ul>
 *   <li>a paragraph is a line; a heading (outline level 1–6, by style or directly) gets markdown
 *       heading marks; a soft line break starts a new line; a tab is a space;
 *   <li>an explicit page break (page break before, a page-break character, a new-page section) is a
 *       {@code ---} line, as in the text exports; the text starts with one, since a Word paragraph
 *       is never the continuation of the one before unless a page break cuts it;
 *   <li>the table of contents (a TOC field or paragraphs in a TOC style) is left out;
 *   <li>a table row is a line of cells joined by tabs, one cell per column of the table grid: a
 *       cell spanning columns is followed by blank cells, so that values stay under their headers
 *       (the 资金支出计划 is read by position); a row of a single cell (a title or 单位：万元 printed inside
 *       the table) is a line without tabs;
 *   <li>the paragraphs of a cell join with nothing, like a line break in a text cell — except in
 *       the 绩效目标 row, where each paragraph is a goal paragraph and becomes a row of its own below
 *       the first, the way the text readers continue the goals cell;
 *   <li>a vertically merged cell is blank below its first row, so that 一级指标 and 二级指标 inherit from
 *       above; in the other columns of an indicator table (a 指标值确定依据 merged over several
 *       indicators) the merged text is repeated, since it holds for every row.
 * </ul>
 */
final class DocxLines {

  /** One line of the text and the place in the Word document it came from. */
  record Line(String text, String origin) {}

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private static final Pattern HEADING_NAME =
      Pattern.compile("^(?:heading|标题)\\s*([1-9])$", Pattern.CASE_INSENSITIVE);
  private static final Pattern TOC_NAME =
      Pattern.compile("^(?:toc|目录)\\s*[1-9]$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SOFT_BREAK = Pattern.compile("[ \\t\\u3000]*\\n[ \\t\\u3000]*");

  private final XWPFStyles styles;
  private final Map<String, Integer> levels = new HashMap<>();
  private final Map<String, Boolean> tocStyles = new HashMap<>();
  private final Map<String, Boolean> breakStyles = new HashMap<>();
  private final List<Line> lines = new ArrayList<>();
  private final Deque<Field> fields = new ArrayDeque<>();
  private final Grid.Collector grids = new Grid.Collector();
  private int paragraphs;
  private int tables;

  private DocxLines(XWPFDocument doc) {
    this.styles = doc.getStyles();
  }

  /** The lines of the body of {@code doc}. */
  static DocxLines of(XWPFDocument doc) {
    DocxLines d = new DocxLines(doc);
    d.add("---", "文档开头");
    d.body(doc.getDocument().getBody());
    return d;
  }

  List<Line> lines() {
    return lines;
  }

  int tables() {
    return tables;
  }

  /**
   * The body as native grids (docs/adr/0017): one grid per Word table, a cell per column of the
   * table grid, null where blank or covered by a merged cell ({@code gridSpan} to the right, a
   * {@code vMerge} continuation below), the paragraphs between tables above the next one. A row's
   * origin is the line of {@link #text()} it was written to, so {@link #origin(int)} names its Word
   * table and row as for the text route.
   */
  List<Grid> grids() {
    return grids.grids();
  }

  /** The text, one line per {@link Line}. */
  String text() {
    StringBuilder b = new StringBuilder();
    for (Line l : lines) {
      b.append(l.text()).append('\n');
    }
    return b.toString();
  }

  /** Where line {@code n} (1-based) of {@link #text()} came from, or null. */
  String origin(int n) {
    return n >= 1 && n <= lines.size() ? lines.get(n - 1).origin() : null;
  }

  private void add(String text, String origin) {
    lines.add(new Line(text, origin));
  }

  // ---- body

  private void body(XmlObject container) {
    for (Node n : children(container)) {
      switch (n.name()) {
        case "p" -> paragraph((CTP) n.object());
        case "tbl" -> table((CTTbl) n.object());
        case "sdt", "customXml" -> body(content(n.object()));
        default -> {
          // sectPr, bookmarks, proofing marks: nothing to read
        }
      }
    }
  }

  /** The content of a content control ({@code sdtContent}) or the element itself. */
  private static XmlObject content(XmlObject o) {
    for (Node n : children(o)) {
      if (n.name().equals("sdtContent")) {
        return n.object();
      }
    }
    return o;
  }

  private void paragraph(CTP p) {
    paragraphs++;
    String where = "第 " + paragraphs + " 段";
    CTPPr pr = p.getPPr();
    String style = pr != null && pr.isSetPStyle() ? pr.getPStyle().getVal() : null;
    boolean toc = style != null && isTocStyle(style);
    if (pageBreakBefore(pr, style)) {
      add("---", where);
    }
    boolean tocBefore = inToc();
    List<Object> segments = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    runs(p, text, segments);
    segments.add(text.toString());
    if (!toc && !(tocBefore && inToc())) {
      int level = level(pr, style);
      for (Object s : segments) {
        if (s == PAGE_BREAK) {
          add("---", where);
          continue;
        }
        String t = ((String) s).replace('\t', ' ');
        for (String line : t.split("\n", -1)) {
          grids.text(line);
          if (level > 0 && !line.isBlank()) {
            add("#".repeat(level) + " " + line.strip(), where);
          } else {
            add(line, where);
          }
        }
      }
    }
    if (pr != null && pr.isSetSectPr() && newPage(pr.getSectPr())) {
      add("---", where);
    }
  }

  private static final Object PAGE_BREAK = new Object();

  /**
   * Collects the text of the runs of a paragraph in document order (hyperlinks, fields, content
   * controls, insertions included; deletions and hidden text left out). A page break ends a segment
   * when {@code segments} is given.
   */
  private void runs(XmlObject container, StringBuilder text, List<Object> segments) {
    for (Node n : children(container)) {
      switch (n.name()) {
        case "r" -> run(n.object(), text, segments);
        case "hyperlink", "smartTag", "customXml", "ins", "fldSimple", "dir", "bdo", "moveTo" ->
            runs(n.object(), text, segments);
        case "sdt" -> runs(content(n.object()), text, segments);
        default -> {
          // pPr, del, moveFrom, bookmarks, comments, math: not read
        }
      }
    }
  }

  private void run(XmlObject r, StringBuilder text, List<Object> segments) {
    List<Node> children = children(r);
    for (Node n : children) {
      if (n.name().equals("rPr") && hidden((CTRPr) n.object())) {
        return;
      }
    }
    for (Node n : children) {
      switch (n.name()) {
        case "t" -> append(text, ((CTText) n.object()).getStringValue());
        case "tab", "ptab" -> append(text, "\t");
        case "cr" -> append(text, "\n");
        case "noBreakHyphen" -> append(text, "-");
        case "br" -> {
          CTBr br = (CTBr) n.object();
          if (br.isSetType() && br.getType() == STBrType.PAGE) {
            if (segments != null && !inToc()) {
              segments.add(text.toString());
              segments.add(PAGE_BREAK);
              text.setLength(0);
            }
          } else if (!br.isSetType() || br.getType() == STBrType.TEXT_WRAPPING) {
            append(text, "\n");
          }
        }
        case "fldChar" -> fieldChar((CTFldChar) n.object());
        case "instrText" -> {
          if (!fields.isEmpty()) {
            fields.peek().instruction.append(((CTText) n.object()).getStringValue());
          }
        }
        default -> {
          // delText, drawings, footnote references: not read
        }
      }
    }
  }

  private void append(StringBuilder text, String s) {
    if (!inToc()) {
      text.append(s);
    }
  }

  private static boolean hidden(CTRPr pr) {
    return pr != null && pr.sizeOfVanishArray() > 0 && on(pr.getVanishArray(0));
  }

  // ---- fields: the table of contents is not read

  private static final class Field {
    final StringBuilder instruction = new StringBuilder();

    boolean toc() {
      return instruction.toString().strip().toUpperCase(Locale.ROOT).startsWith("TOC");
    }
  }

  private void fieldChar(CTFldChar c) {
    STFldCharType.Enum type = c.getFldCharType();
    if (type == STFldCharType.BEGIN) {
      fields.push(new Field());
    } else if (type == STFldCharType.END && !fields.isEmpty()) {
      fields.pop();
    }
  }

  private boolean inToc() {
    for (Field f : fields) {
      if (f.toc()) {
        return true;
      }
    }
    return false;
  }

  // ---- styles

  /** The heading level 1–6 of a paragraph, 0 for body text. */
  private int level(CTPPr pr, String style) {
    if (pr != null && pr.isSetOutlineLvl()) {
      return outline(pr.getOutlineLvl());
    }
    return style == null ? 0 : levels.computeIfAbsent(style, this::styleLevel);
  }

  private int styleLevel(String id) {
    Set<String> seen = new HashSet<>();
    String current = id;
    while (current != null && seen.add(current)) {
      CTStyle s = style(current);
      if (s == null) {
        return 0;
      }
      CTPPrBase pr = s.getPPr();
      if (pr != null && pr.isSetOutlineLvl()) {
        return outline(pr.getOutlineLvl());
      }
      if (s.getName() != null) {
        Matcher m = HEADING_NAME.matcher(s.getName().getVal().strip());
        if (m.matches()) {
          int level = Integer.parseInt(m.group(1));
          return level <= 6 ? level : 0;
        }
      }
      current = s.getBasedOn() == null ? null : s.getBasedOn().getVal();
    }
    return 0;
  }

  private static int outline(CTDecimalNumber n) {
    int level = n.getVal().intValue() + 1;
    return level >= 1 && level <= 6 ? level : 0;
  }

  private boolean isTocStyle(String id) {
    return tocStyles.computeIfAbsent(
        id,
        k -> {
          CTStyle s = style(k);
          String name = s == null || s.getName() == null ? k : s.getName().getVal().strip();
          return TOC_NAME.matcher(name).matches() || TOC_NAME.matcher(k).matches();
        });
  }

  private boolean pageBreakBefore(CTPPr pr, String style) {
    if (pr != null && pr.isSetPageBreakBefore()) {
      return on(pr.getPageBreakBefore());
    }
    if (style == null) {
      return false;
    }
    return breakStyles.computeIfAbsent(
        style,
        k -> {
          CTStyle s = style(k);
          CTPPrBase p = s == null ? null : s.getPPr();
          return p != null && p.isSetPageBreakBefore() && on(p.getPageBreakBefore());
        });
  }

  private CTStyle style(String id) {
    if (styles == null) {
      return null;
    }
    XWPFStyle s = styles.getStyle(id);
    return s == null ? null : s.getCTStyle();
  }

  private static boolean on(CTOnOff o) {
    if (!o.isSetVal()) {
      return true;
    }
    String v = String.valueOf(o.getVal());
    return v.equals("true") || v.equals("1") || v.equals("on");
  }

  private static boolean newPage(CTSectPr s) {
    if (s.getType() == null || s.getType().getVal() == null) {
      return true;
    }
    STSectionMark.Enum t = s.getType().getVal();
    return t != STSectionMark.CONTINUOUS;
  }

  // ---- tables

  /** A cell placed on the table grid. */
  private record Placed(int column, List<String> paragraphs) {}

  private void table(CTTbl tbl) {
    tables++;
    grids.text(""); // two tables in a row are two grids
    int table = tables;
    int rowNo = 0;
    Map<Integer, List<String>> merged = new HashMap<>();
    Set<Integer> hierarchy = null;
    for (CTRow tr : rows(tbl)) {
      rowNo++;
      String where = "表格 " + table + " 第 " + rowNo + " 行";
      List<Placed> cells = new ArrayList<>();
      List<Placed> gridCells = new ArrayList<>();
      int column = gridBefore(tr);
      for (CTTc tc : cells(tr)) {
        CTTcPr pr = tc.getTcPr();
        int span =
            pr != null && pr.isSetGridSpan()
                ? Math.max(1, pr.getGridSpan().getVal().intValue())
                : 1;
        List<String> paragraphs = cellParagraphs(tc);
        List<String> own = paragraphs;
        if (pr != null && pr.isSetHMerge() && pr.getHMerge().getVal() != STMerge.RESTART) {
          paragraphs = List.of();
          own = paragraphs;
        } else if (pr != null && pr.isSetVMerge()) {
          if (pr.getVMerge().isSetVal() && pr.getVMerge().getVal() == STMerge.RESTART) {
            merged.put(column, paragraphs);
          } else {
            boolean repeat = hierarchy != null && !hierarchy.contains(column);
            paragraphs = repeat ? merged.getOrDefault(column, List.of()) : List.of();
            own = List.of();
          }
        } else {
          merged.remove(column);
        }
        cells.add(new Placed(column, paragraphs));
        gridCells.add(new Placed(column, own));
        column += span;
      }
      if (hierarchy == null && isIndicatorHeader(cells)) {
        hierarchy = new HashSet<>();
        for (Placed c : cells) {
          String label = label(String.join("", c.paragraphs()));
          if (label.contains("一级") || label.contains("二级")) {
            hierarchy.add(c.column());
          }
        }
      }
      gridRow(gridCells, column);
      row(cells, column, where);
    }
  }

  /**
   * The grid row of a table row: its cells on the table grid, the paragraphs of a cell joined by a
   * line break (which the text rules join with nothing), null where blank or covered.
   */
  private void gridRow(List<Placed> cells, int width) {
    String[] columns = new String[width];
    for (Placed c : cells) {
      columns[c.column()] = Cells.text(String.join("\n", c.paragraphs()));
    }
    grids.row(new Grid.Row(lines.size() + 1, Arrays.asList(columns), false));
  }

  /** Emits a row: one line, or one line per paragraph when it is the 绩效目标 row. */
  private void row(List<Placed> cells, int width, String where) {
    if (cells.size() == 1) {
      // a row of one cell across the table (a caption: the title, 单位：万元) has no columns
      add(String.join("", cells.get(0).paragraphs()), where);
      return;
    }
    boolean goals = isGoalsRow(cells);
    int height = 1;
    if (goals) {
      for (Placed c : cells) {
        height = Math.max(height, nonBlank(c.paragraphs()).size());
      }
    }
    for (int k = 0; k < height; k++) {
      String[] columns = new String[width];
      Arrays.fill(columns, "");
      for (Placed c : cells) {
        String text;
        if (goals) {
          List<String> ps = nonBlank(c.paragraphs());
          text = k < ps.size() && !(k > 0 && c == cells.get(0)) ? ps.get(k) : "";
        } else {
          text = String.join("", c.paragraphs());
        }
        columns[c.column()] = text;
      }
      add(String.join("\t", columns), where);
    }
  }

  private static List<String> nonBlank(List<String> paragraphs) {
    List<String> out = new ArrayList<>();
    for (String p : paragraphs) {
      if (!p.isBlank()) {
        out.add(p);
      }
    }
    return out;
  }

  /** The row of 绩效目标 (年度绩效目标, 总体目标…): its first cell names a goal, not an indicator. */
  private static boolean isGoalsRow(List<Placed> cells) {
    if (cells.isEmpty()) {
      return false;
    }
    String first = label(String.join("", cells.get(0).paragraphs()));
    return first.contains("目标") && !first.contains("指标") && first.length() <= 8;
  }

  private static boolean isIndicatorHeader(List<Placed> cells) {
    boolean level1 = false;
    boolean other = false;
    for (Placed c : cells) {
      String l = label(String.join("", c.paragraphs()));
      level1 |= l.contains("一级指标");
      other |= l.contains("二级指标") || l.contains("三级指标") || l.contains("指标值");
    }
    return level1 && other;
  }

  private static String label(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Cells.isSpace(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static int gridBefore(CTRow tr) {
    CTTrPr pr = tr.getTrPr();
    if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
      return 0;
    }
    BigInteger n = pr.getGridBeforeArray(0).getVal();
    return n == null ? 0 : Math.max(0, n.intValue());
  }

  /** The rows of a table, rows inside content controls included. */
  private static List<CTRow> rows(XmlObject container) {
    List<CTRow> out = new ArrayList<>();
    for (Node n : children(container)) {
      if (n.name().equals("tr")) {
        out.add((CTRow) n.object());
      } else if (n.name().equals("sdt") || n.name().equals("customXml")) {
        out.addAll(rows(content(n.object())));
      }
    }
    return out;
  }

  private static List<CTTc> cells(XmlObject container) {
    List<CTTc> out = new ArrayList<>();
    for (Node n : children(container)) {
      if (n.name().equals("tc")) {
        out.add((CTTc) n.object());
      } else if (n.name().equals("sdt") || n.name().equals("customXml")) {
        out.addAll(cells(content(n.object())));
      }
    }
    return out;
  }

  /**
   * The paragraphs of a cell as text: a line break inside a paragraph joins with nothing (and so
   * does the white space around it), a tab is a space; a table inside the cell adds its cells as
   * paragraphs.
   */
  private List<String> cellParagraphs(XmlObject container) {
    List<String> out = new ArrayList<>();
    for (Node n : children(container)) {
      switch (n.name()) {
        case "p" -> {
          StringBuilder text = new StringBuilder();
          runs(n.object(), text, null);
          String s = SOFT_BREAK.matcher(text).replaceAll("").replace('\t', ' ');
          out.add(s);
        }
        case "tbl" -> {
          for (CTRow tr : rows(n.object())) {
            for (CTTc tc : cells(tr)) {
              out.addAll(cellParagraphs(tc));
            }
          }
        }
        case "sdt", "customXml" -> out.addAll(cellParagraphs(content(n.object())));
        default -> {
          // tcPr
        }
      }
    }
    return out;
  }

  // ---- XML

  /** A child element in the WordprocessingML namespace, with its local name. */
  private record Node(String name, XmlObject object) {}

  private static List<Node> children(XmlObject parent) {
    List<Node> out = new ArrayList<>();
    try (XmlCursor c = parent.newCursor()) {
      if (c.toFirstChild()) {
        do {
          if (W.equals(c.getName().getNamespaceURI())) {
            out.add(new Node(c.getName().getLocalPart(), c.getObject()));
          }
        } while (c.toNextSibling());
      }
    }
    return out;
  }
}
