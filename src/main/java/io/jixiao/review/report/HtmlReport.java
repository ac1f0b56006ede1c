package io.jixiao.review.report;

import io.jixiao.review.DocumentReview;
import io.jixiao.review.Fields;
import io.jixiao.review.Finding;
import io.jixiao.review.Grade;
import io.jixiao.review.RuleId;
import io.jixiao.review.Severity;
import io.jixiao.review.TableReview;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** One self-contained printable HTML page: inline CSS, no scripts, every text escaped. */
final class HtmlReport {

  static final String CSS =
      "body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",\"PingFang SC\",sans-serif;"
          + "margin:2em;color:#222;line-height:1.5}"
          + "h1{font-size:1.6em}h2{font-size:1.3em;border-bottom:2px solid #444;margin-top:2em}"
          + "h3{font-size:1.05em;margin:1.5em 0 .3em}"
          + "table{border-collapse:collapse;width:100%;margin:.5em 0}"
          + "th,td{border:1px solid #bbb;padding:.25em .5em;vertical-align:top;text-align:left}"
          + "th{background:#eee}.num{text-align:right}"
          + ".grade{display:inline-block;min-width:1.6em;text-align:center;font-weight:bold;"
          + "border-radius:3px;padding:0 .3em;color:#fff}"
          + ".g-EXCELLENT{background:#2e7d32}.g-GOOD{background:#1565c0}"
          + ".g-FAIR{background:#ef6c00}.g-POOR{background:#c62828}"
          + ".s-ERROR{color:#c62828;font-weight:bold}.s-WARNING{color:#ef6c00}.s-INFO{color:#555}"
          + ".hint{color:#555;font-size:.9em}.ok{color:#2e7d32}"
          + "@media print{body{margin:0}h2{page-break-before:always}"
          + "h2:first-of-type{page-break-before:avoid}tr,h3{page-break-inside:avoid}}";

  private HtmlReport() {}

  static String render(List<DocumentReview> reviews) {
    StringWriter out = new StringWriter(8192);
    try {
      write(reviews, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * The page of {@link #render}, written document by document as the reviews come: it has no
   * summary over all documents, and its heading needs only the first review's rule pack.
   */
  static void write(Iterable<DocumentReview> reviews, Writer out) throws IOException {
    Iterator<DocumentReview> each = reviews.iterator();
    StringBuilder b = new StringBuilder(8192);
    b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>绩效目标审核报告</title>\n<style>")
        .append(CSS)
        .append("</style>\n")
        .append("</head>\n<body>\n<h1>绩效目标审核报告</h1>\n");
    DocumentReview first = each.hasNext() ? each.next() : null;
    if (first != null) {
      b.append("<p class=\"hint\">规则包 ").append(escape(first.pack())).append("</p>\n");
    }
    for (DocumentReview d = first; d != null; d = each.hasNext() ? each.next() : null) {
      document(b, d);
      out.write(b.toString());
      out.flush();
      b.setLength(0);
    }
    if (first == null) {
      b.append("<p>没有可审核的文件。</p>\n");
    }
    out.write(b.append("</body>\n</html>\n").toString());
    out.flush();
  }

  private static void document(StringBuilder b, DocumentReview d) {
    List<DocumentReview> scope = List.of(d);
    b.append("<h2>").append(escape(d.source())).append(" ");
    grade(b, d.grade());
    b.append("</h2>\n<p>").append(escape(d.grade().meaning())).append("</p>\n");
    Summary s = new Summary(scope);
    b.append("<table><tr><th>评级</th>");
    for (Grade g : Grade.values()) {
      b.append("<th>");
      grade(b, g);
      b.append("</th>");
    }
    b.append("<th>合计</th></tr>\n<tr><td>绩效目标表（张）</td>");
    for (Grade g : Grade.values()) {
      b.append("<td class=\"num\">").append(s.grades.get(g)).append("</td>");
    }
    b.append("<td class=\"num\">").append(s.tables).append("</td></tr></table>\n");
    if (!s.rules.isEmpty()) {
      b.append("<table><tr><th>规则</th><th>检查内容</th><th>级别</th><th>条数</th><th>涉及表数</th></tr>\n");
      for (Map.Entry<RuleId, int[]> e : s.rules.entrySet()) {
        Severity v = Summary.severityOf(e.getKey(), scope);
        b.append("<tr><td>")
            .append(e.getKey())
            .append("</td><td>")
            .append(escape(e.getKey().title()))
            .append("</td><td class=\"s-")
            .append(v.name())
            .append("\">")
            .append(v.label())
            .append("</td><td class=\"num\">")
            .append(e.getValue()[0])
            .append("</td><td class=\"num\">")
            .append(e.getValue()[1])
            .append("</td></tr>\n");
      }
      b.append("</table>\n");
    }
    if (!d.findings().isEmpty()) {
      b.append("<h3>全文</h3>\n");
      findings(b, d.findings());
    }
    for (TableReview t : d.tables()) {
      b.append("<h3>表 ")
          .append(t.seq())
          .append(' ')
          .append(escape(t.name() == null ? "" : t.name()))
          .append(" ");
      grade(b, t.grade());
      b.append("</h3>\n");
      if (t.findings().isEmpty()) {
        b.append("<p class=\"ok\">未发现问题</p>\n");
      } else {
        findings(b, t.findings());
      }
    }
  }

  static void findings(StringBuilder b, List<Finding> findings) {
    b.append("<table><tr><th>行</th><th>字段</th><th>级别</th><th>规则</th><th>问题</th>")
        .append("<th>建议</th><th>依据</th></tr>\n");
    for (Finding f : findings) {
      b.append("<tr><td class=\"num\">")
          .append(f.row() == null ? "" : f.row().toString())
          .append("</td><td>")
          .append(escape(Fields.label(f.field())))
          .append("</td><td class=\"s-")
          .append(f.severity().name())
          .append("\">")
          .append(f.severity().label())
          .append("</td><td>")
          .append(f.rule())
          .append("</td><td>")
          .append(escape(f.message()))
          .append("</td><td>")
          .append(escape(f.suggestion()))
          .append("</td><td class=\"hint\">")
          .append(escape(f.source()))
          .append("</td></tr>\n");
    }
    b.append("</table>\n");
  }

  private static void grade(StringBuilder b, Grade g) {
    b.append("<span class=\"grade g-")
        .append(g.name())
        .append("\">")
        .append(g.label())
        .append("</span>");
  }

  /** Escapes the five characters that matter in HTML text and attributes. */
  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r;
      switch (c) {
        case '&':
          r = "&amp;";
          break;
        case '<':
          r = "&lt;";
          break;
        case '>':
          r = "&gt;";
          break;
        case '"':
          r = "&quot;";
          break;
        case '\'':
          r = "&#39;";
          break;
        default:
          r = null;
      }
      if (r != null && b == null) {
        b = new StringBuilder(s.length() + 16);
        b.append(s, 0, i);
      }
      if (b != null) {
        if (r != null) {
          b.append(r);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }
}
