package io.jixiao.publish;

import io.jixiao.model.Department;
import io.jixiao.model.DepartmentGoals;
import io.jixiao.model.Indicator;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standard published layout of a 部门预算绩效文本 as XHTML for openhtmltopdf: cover, table of contents,
 * 第一部分 部门整体绩效目标 when the document has it, and 第二部分 with one 绩效目标表 per project (header block, then
 * the indicator table with its 一级/二级 cells merged and its header row repeated on every page). Every
 * text is escaped, and a line never wraps at a space, only between ideographs, where a reader joins
 * the lines again with nothing.
 */
public final class PdfHtml {

  /** The CSS family the CJK font is registered under. */
  static final String FONT_FAMILY = "jixiao-cjk";

  private static final Pattern REGION = Pattern.compile("^(\\p{IsHan}{2,12}?[省市县区旗州盟])\\p{IsHan}+");

  private static final String CSS =
      """
      @page {
        size: A4;
        margin: 22mm 18mm 20mm 18mm;
        @bottom-center { content: "— " counter(page) " —"; font-family: %1$s; font-size: 9pt; }
      }
      @page :first { @bottom-center { content: none; } }
      body { font-family: %1$s; font-size: 10.5pt; line-height: 1.45; }
      .cover { text-align: center; page-break-after: always; }
      .cover .department { margin-top: 55mm; font-size: 22pt; }
      .cover .document { margin-top: 6mm; font-size: 24pt; }
      .cover .signs { margin-top: 95mm; font-size: 15pt; line-height: 2; }
      .contents { page-break-after: always; }
      .contents h1 { text-align: center; font-size: 18pt; margin: 0 0 8mm 0; }
      .contents .part { margin-top: 3mm; font-size: 12pt; }
      .contents .entry { margin-left: 2em; }
      .contents a { color: #000; text-decoration: none; }
      .contents a::after { content: leader('.') target-counter(attr(href), page); }
      h1.part { text-align: center; font-size: 18pt; margin: 0 0 6mm 0; page-break-before: always; }
      .part-one h2 { font-size: 14pt; margin: 5mm 0 2mm 0; }
      .part-one h3 { font-size: 12pt; margin: 3mm 0 1mm 0; }
      .part-one p { margin: 0 0 1.5mm 0; text-indent: 2em; }
      .part-one p.item { text-indent: 0; margin-left: 2em; }
      .project { page-break-before: always; }
      .project.first { page-break-before: auto; }
      .nb { white-space: nowrap; }
      h2.title { text-align: center; font-size: 14pt; margin: 0 0 3mm 0; }
      p.unit { margin: 0 0 1mm 0; }
      p.amount { text-align: right; margin: 0 0 1.5mm 0; font-size: 9pt; }
      table { width: 100%%; border-collapse: collapse; table-layout: fixed; font-size: 9pt;
              line-height: 1.3; }
      th, td { border: 0.6pt solid #000; padding: 1.2mm 1mm; word-wrap: break-word;
               vertical-align: middle; }
      th { font-weight: normal; background-color: #eef0f3; text-align: center; }
      td.c { text-align: center; }
      td.top { vertical-align: top; }
      table.head { margin-bottom: 0; }
      table.head tr { page-break-inside: avoid; }
      table.indicators { -fs-table-paginate: paginate; margin-top: -0.6pt; }
      table.indicators tr { page-break-inside: avoid; }
      table.indicators tbody { page-break-inside: avoid; }
      """;

  private final StringBuilder b = new StringBuilder(1 << 16);

  private PdfHtml() {}

  /** The whole document as one XHTML page, which the PDF export prints. */
  public static String of(TargetDocument document) {
    return new PdfHtml().document(document);
  }

  private String document(TargetDocument d) {
    b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>");
    text(title(d.department()));
    b.append("</title><style>\n").append(String.format(CSS, FONT_FAMILY)).append("</style></head>");
    b.append("<body>\n");
    cover(d.department());
    contents(d);
    if (d.overall() != null) {
      partOne(d.overall());
    }
    b.append("<h1 class=\"part\" id=\"part2\">第二部分 预算项目绩效目标</h1>\n");
    for (int i = 0; i < d.projects().size(); i++) {
      project(d.projects().get(i), i);
    }
    b.append("</body></html>\n");
    return b.toString();
  }

  private static String title(Department department) {
    if (department == null) {
      return "部门预算绩效文本";
    }
    String year = department.year() == null ? "" : department.year() + " 年";
    return department.name() + year + "部门预算绩效文本";
  }

  // ---- cover and contents

  private void cover(Department department) {
    b.append("<div class=\"cover\">");
    if (department != null) {
      div("department", department.name());
      String year = department.year() == null ? "" : department.year() + " 年";
      div("document", year + "部门预算绩效文本");
      b.append("<div class=\"signs\">");
      div(null, department.name() + "编制");
      div(null, reviewer(department.name()) + "审核");
      b.append("</div>");
    } else {
      div("document", "部门预算绩效文本");
    }
    b.append("</div>\n");
  }

  /**
   * The finance authority that reviews the department: {@code 承德市财政局} for {@code 承德市…局}, {@code
   * 河北省财政厅} for a provincial department; {@code 财政部门} when the name starts with no region.
   */
  static String reviewer(String department) {
    Matcher m = REGION.matcher(department);
    if (!m.find() || department.startsWith("中共")) {
      return "财政部门";
    }
    String region = m.group(1);
    return region + (region.endsWith("省") ? "财政厅" : "财政局");
  }

  private void contents(TargetDocument d) {
    b.append("<div class=\"contents\"><h1>目 录</h1>\n");
    if (d.overall() != null) {
      b.append("<div class=\"part\"><a href=\"#part1\">第一部分 部门整体绩效目标</a></div>\n");
      entry("#summary", "一、总体绩效目标");
      entry("#subgoals", "二、分项绩效目标");
      entry("#measures", "三、工作保障措施");
    }
    b.append("<div class=\"part\"><a href=\"#part2\">第二部分 预算项目绩效目标</a></div>\n");
    for (int i = 0; i < d.projects().size(); i++) {
      Project p = d.projects().get(i);
      entry("#" + anchor(i), p.seq() + ". " + p.title());
    }
    b.append("</div>\n");
  }

  private void entry(String href, String label) {
    b.append("<div class=\"entry\"><a href=\"").append(href).append("\">");
    text(label);
    b.append("</a></div>\n");
  }

  private static String anchor(int index) {
    return "t" + (index + 1);
  }

  // ---- Part 1

  private void partOne(DepartmentGoals goals) {
    b.append("<div class=\"part-one\"><h1 class=\"part\" id=\"part1\">第一部分 部门整体绩效目标</h1>\n");
    b.append("<h2 id=\"summary\">一、总体绩效目标</h2>\n");
    if (goals.summary() != null) {
      for (String paragraph : goals.summary().split("\n")) {
        p(null, paragraph);
      }
    }
    b.append("<h2 id=\"subgoals\">二、分项绩效目标</h2>\n");
    int n = 0;
    for (DepartmentGoals.SubGoal s : goals.subGoals()) {
      n++;
      b.append("<h3>");
      text("（" + chinese(n) + "）" + s.title());
      b.append("</h3>\n");
      if (s.goal() != null) {
        p(null, "绩效目标：" + s.goal());
      }
      if (!s.indicators().isEmpty()) {
        p(null, "绩效指标：");
        for (String indicator : s.indicators()) {
          p("item", indicator);
        }
      }
    }
    b.append("<h2 id=\"measures\">三、工作保障措施</h2>\n");
    n = 0;
    for (DepartmentGoals.Measure m : goals.measures()) {
      n++;
      String title = "（" + chinese(n) + "）" + m.title();
      p(null, m.text() == null ? title : title + endSentence(m.title()) + m.text());
    }
    b.append("</div>\n");
  }

  private static String endSentence(String title) {
    return title.matches(".*[。：:；;！!？?]$") ? "" : "。";
  }

  /** 一 … 九十九, as printed in （一）. */
  static String chinese(int n) {
    String digits = "〇一二三四五六七八九";
    if (n < 10) {
      return String.valueOf(digits.charAt(n));
    }
    if (n < 100) {
      String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10) + "十";
      return n % 10 == 0 ? tens : tens + digits.charAt(n % 10);
    }
    return String.valueOf(n);
  }

  // ---- Part 2: one target table

  private void project(Project p, int index) {
    PrintedTable t = PrintedTable.of(p);
    b.append(index == 0 ? "<div class=\"project first\" id=\"" : "<div class=\"project\" id=\"");
    b.append(anchor(index)).append("\">\n");
    b.append("<h2 class=\"title\">");
    text(t.title());
    b.append("</h2>\n");
    if (t.unitLine() != null) {
      p("unit", t.unitLine());
    }
    p("amount", "单位：万元");
    head(t);
    indicators(t);
    b.append("</div>\n");
  }

  private void head(PrintedTable t) {
    if (t.head().isEmpty()) {
      // an empty table would draw nothing; keep the block out
      return;
    }
    b.append("<table class=\"head\"><colgroup><col style=\"width: 16%\"/>");
    for (int i = 0; i < PrintedTable.HEAD_COLUMNS; i++) {
      b.append("<col style=\"width: 7%\"/>");
    }
    b.append("</colgroup><tbody>\n");
    for (PrintedTable.Row row : t.head()) {
      b.append("<tr>");
      for (PrintedTable.Cell c : row.cells()) {
        cell(c, false);
      }
      b.append("</tr>\n");
    }
    b.append("</tbody></table>\n");
  }

  /**
   * The indicator table. Each merged 一级指标 cell with its rows is a body kept on one page when it
   * fits. In a group too tall for that, which a page break will cut, the merged cells print their
   * labels at their top: a centred label could land on the next page, away from the rows it starts,
   * where a reader of the PDF would take it for the label of the rows there.
   */
  private void indicators(PrintedTable t) {
    List<PrintedTable.IndicatorRow> rows = t.indicators();
    boolean basis = t.basis();
    int[] widths = basis ? new int[] {9, 11, 17, 26, 17, 20} : new int[] {10, 13, 21, 35, 21};
    b.append("<table class=\"indicators\"><colgroup>");
    for (int w : widths) {
      b.append("<col style=\"width: ").append(w).append("%\"/>");
    }
    b.append("</colgroup><thead><tr>");
    for (String label : t.indicatorLabels()) {
      th(1, 1, label);
    }
    b.append("</tr></thead>\n");
    float[] heights = new float[rows.size()];
    for (int k = 0; k < rows.size(); k++) {
      heights[k] = rowHeight(rows.get(k).indicator(), widths, basis);
    }
    int i = 0;
    while (i < rows.size()) {
      int end1 = i + Math.max(1, rows.get(i).level1Span());
      boolean tall = tall(heights, i, end1);
      b.append("<tbody>");
      for (int k = i; k < end1; k++) {
        b.append("<tr>");
        for (PrintedTable.Cell c : rows.get(k).cells()) {
          cell(c, tall && c.col() < 2);
        }
        b.append("</tr>\n");
      }
      b.append("</tbody>\n");
      i = end1;
    }
    b.append("</table>\n");
  }

  /** Points of A4 height below the margins and the repeated header, that rows may fill. */
  private static final float PAGE_ROOM = 680f;

  /** Text width in points of the table (A4 less the side margins). */
  private static final float TABLE_WIDTH = 493f;

  private static final float TABLE_FONT = 9f;

  /**
   * True when rows {@code from} to {@code to} (exclusive) may not fit below a title on one page.
   */
  private static boolean tall(float[] heights, int from, int to) {
    float sum = 0;
    for (int k = from; k < to; k++) {
      sum += heights[k];
    }
    return sum > PAGE_ROOM * 0.6f;
  }

  /** A generous estimate of a row's height in points: its tallest cell's lines plus padding. */
  private static float rowHeight(Indicator x, int[] widths, boolean basis) {
    String[] cells = {x.level1(), x.level2(), x.name(), x.description(), x.value(), x.basis()};
    int lines = 1;
    for (int c = 0; c < widths.length && (c < 5 || basis); c++) {
      float room = TABLE_WIDTH * widths[c] / 100f - 8f;
      lines = Math.max(lines, lines(cells[c], room));
    }
    return lines * TABLE_FONT * 1.3f + 8f;
  }

  private static int lines(String s, float room) {
    if (s == null) {
      return 1;
    }
    float width = 0;
    for (int i = 0; i < s.length(); i++) {
      width += s.charAt(i) < 0x2e80 ? TABLE_FONT * 0.55f : TABLE_FONT;
    }
    return Math.max(1, (int) Math.ceil(width / Math.max(room, TABLE_FONT)));
  }

  // ---- elements

  private void th(int colspan, int rowspan, String label) {
    b.append("<th");
    span(colspan, rowspan);
    b.append('>');
    text(label);
    b.append("</th>");
  }

  /** A label as a header cell; any other cell as a data cell, numbers centred ({@code top}). */
  private void cell(PrintedTable.Cell c, boolean top) {
    if (c.style() == PrintedTable.Style.LABEL) {
      th(c.colSpan(), c.rowSpan(), c.text());
      return;
    }
    b.append("<td");
    String cssClass = c.style() == PrintedTable.Style.NUMBER ? (top ? "c top" : "c") : null;
    if (cssClass != null) {
      b.append(" class=\"").append(cssClass).append('"');
    }
    span(c.colSpan(), c.rowSpan());
    b.append('>');
    if (c.style() == PrintedTable.Style.ITEMS) {
      for (String line : c.lines()) {
        b.append("<div>");
        text(line);
        b.append("</div>");
      }
    } else if (!c.blank()) {
      text(c.text());
    }
    b.append("</td>");
  }

  private void span(int colspan, int rowspan) {
    if (colspan > 1) {
      b.append(" colspan=\"").append(colspan).append('"');
    }
    if (rowspan > 1) {
      b.append(" rowspan=\"").append(rowspan).append('"');
    }
  }

  private void div(String cssClass, String text) {
    b.append(cssClass == null ? "<div>" : "<div class=\"" + cssClass + "\">");
    text(text);
    b.append("</div>");
  }

  private void p(String cssClass, String text) {
    b.append(cssClass == null ? "<p>" : "<p class=\"" + cssClass + "\">");
    text(text);
    b.append("</p>\n");
  }

  /**
   * Appends {@code s} escaped for XHTML. White space becomes one plain space, control characters
   * go, and a line never wraps at a space: the words on both sides of each space are kept together
   * in a no-wrap span (the CJK fonts at hand have no no-break space glyph), so every line break a
   * reader finds falls between two characters and joins again with nothing.
   */
  private void text(String s) {
    String t = s.replaceAll("[\\s\u3000\u00a0]+", " ").strip();
    int i = 0;
    while (i < t.length()) {
      int space = t.indexOf(' ', i);
      if (space < 0) {
        escape(t, i, t.length(), b);
        return;
      }
      int from = wordStart(t, space - 1, i);
      int to = space + 1;
      // chain the following words while each ends at another space: 1 年 2 月
      while (true) {
        to = wordEnd(t, to);
        if (to < t.length() && t.charAt(to) == ' ' && to + 1 < t.length()) {
          to++;
        } else {
          break;
        }
      }
      escape(t, i, from, b);
      b.append("<span class=\"nb\">");
      escape(t, from, to, b);
      b.append("</span>");
      i = to;
    }
  }

  /** Where the word ending at {@code end} starts: a Latin word whole, else its last ideograph. */
  private static int wordStart(String t, int end, int limit) {
    if (end < limit) {
      return limit;
    }
    if (cjk(t.charAt(end))) {
      return end;
    }
    int k = end;
    while (k > limit && !cjk(t.charAt(k - 1)) && t.charAt(k - 1) != ' ') {
      k--;
    }
    return k;
  }

  /**
   * Where the word starting at {@code start} ends (exclusive): a Latin word whole, else one char.
   */
  private static int wordEnd(String t, int start) {
    if (start >= t.length()) {
      return start;
    }
    if (cjk(t.charAt(start))) {
      return start + 1;
    }
    int k = start;
    while (k < t.length() && !cjk(t.charAt(k)) && t.charAt(k) != ' ') {
      k++;
    }
    return k;
  }

  /** Characters between which a line may break: ideographs and CJK punctuation. */
  private static boolean cjk(char c) {
    return (c >= '\u2e80' && c <= '\u9fff') || (c >= '\uff00' && c <= '\uffef');
  }

  static void escape(String s, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          if (c >= 0x20 && c != 0xfffe && c != 0xffff) {
            out.append(c);
          }
      }
    }
  }
}
