package io.jixiao.evaluate;

import io.jixiao.review.Finding;
import java.util.List;
import java.util.Map;

/**
 * One self-contained printable page: the department's ranking, then a 项目支出绩效自评表 per project (each
 * on a page of its own when printed), with the findings under it. Inline CSS, no scripts, every
 * text escaped.
 */
final class HtmlEvaluation {

  private static final String CSS =
      "body{font-family:\"Noto Serif CJK SC\",\"SimSun\",\"Songti SC\",serif;margin:2em;color:#111;"
          + "line-height:1.45}"
          + "h1{font-size:1.6em;text-align:center}h2{font-size:1.35em;text-align:center;margin:0}"
          + ".year{text-align:center;margin:.2em 0 .8em}"
          + "table{border-collapse:collapse;width:100%;margin:.5em 0;font-size:.92em}"
          + "table.form{table-layout:fixed}"
          + "th,td{border:1px solid #333;padding:.3em .4em;vertical-align:middle}"
          + "td.L{background:#f0f0f0;font-weight:bold;text-align:center}"
          + "td.T{text-align:left;white-space:pre-wrap}td.N{text-align:center}"
          + "th{background:#f0f0f0}.num{text-align:right}"
          + "section.form{page-break-before:always;margin-top:2.5em}"
          + ".g{font-weight:bold}.s-ERROR{color:#b71c1c;font-weight:bold}.s-WARNING{color:#e65100}"
          + ".s-INFO{color:#555}.hint{color:#555;font-size:.9em}"
          + "@media print{body{margin:0}tr{page-break-inside:avoid}}";

  /** Column widths of the form, in percent. */
  private static final int[] WIDTHS = {10, 9, 9, 16, 10, 10, 7, 8, 21};

  private HtmlEvaluation() {}

  static String render(DepartmentEvaluation evaluation) {
    StringBuilder b = new StringBuilder(16384);
    head(b, evaluation.period(), Ranked.of(evaluation.projects()));
    for (ProjectEvaluation e : evaluation.projects()) {
      form(b, e, evaluation.period());
    }
    return b.append(TAIL).toString();
  }

  /** What ends the page. */
  static final String TAIL = "</body>\n</html>\n";

  /** The page's head, title and ranking, what comes before the forms. */
  static void head(StringBuilder b, EvaluationPeriod period, List<Ranked> projects) {
    String heading = period.title("项目支出绩效自评结果");
    b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(heading)
        .append("</title>\n<style>")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(heading)
        .append("</h1>\n");
    List<Ranked> ranking = Ranked.ranking(projects);
    if (ranking.isEmpty()) {
      b.append("<p>没有可评价的项目。</p>\n");
    } else {
      ranking(b, projects, ranking);
    }
  }

  private static void ranking(StringBuilder b, List<Ranked> projects, List<Ranked> ranking) {
    b.append("<p>共 ").append(ranking.size()).append(" 个项目：");
    boolean first = true;
    for (Map.Entry<EvaluationGrade, Integer> g : Ranked.grades(projects).entrySet()) {
      b.append(first ? "" : "，").append(g.getKey().label()).append(' ').append(g.getValue());
      first = false;
    }
    b.append("</p>\n<table><tr><th>排名</th><th>项目名称</th><th>文件</th><th>表</th><th>得分</th>")
        .append("<th>等级</th><th>问题</th></tr>\n");
    int rank = 0;
    for (Ranked e : ranking) {
      b.append("<tr><td class=\"num\">")
          .append(e.ranked() ? String.valueOf(++rank) : Form.DASH)
          .append("</td><td>")
          .append(escape(e.name()))
          .append("</td><td>")
          .append(escape(e.source()))
          .append("</td><td class=\"num\">")
          .append(e.seq())
          .append("</td><td class=\"num\">")
          .append(e.score() == null ? Form.DASH : e.score().toPlainString())
          .append("</td><td class=\"g\">")
          .append(e.grade() == null ? Form.DASH : e.grade().label())
          .append("</td><td class=\"num\">")
          .append(e.findings())
          .append("</td></tr>\n");
    }
    b.append("</table>\n");
  }

  /** One project's 自评表. */
  static void form(StringBuilder b, ProjectEvaluation e, EvaluationPeriod period) {
    Form form = Form.of(e, period);
    b.append("<section class=\"form\">\n<h2>").append(period.title(Form.TITLE)).append("</h2>\n");
    b.append("<p class=\"year\">").append(escape(form.subtitle())).append("</p>\n");
    b.append("<p class=\"hint\">").append(escape(e.source())).append(" 表 ").append(e.seq());
    b.append("</p>\n<table class=\"form\">\n<colgroup>");
    for (int w : WIDTHS) {
      b.append("<col style=\"width:").append(w).append("%\">");
    }
    b.append("</colgroup>\n");
    for (int r = 0; r < form.rows(); r++) {
      b.append("<tr>");
      for (int c = 0; c < Form.COLUMNS; c++) {
        Form.Cell cell = form.at(r, c);
        if (cell == null) {
          if (form.covering(r, c) == null) {
            b.append("<td></td>");
          }
          continue;
        }
        b.append("<td class=\"").append(cell.style().name().charAt(0)).append('"');
        if (cell.rowSpan() > 1) {
          b.append(" rowspan=\"").append(cell.rowSpan()).append('"');
        }
        if (cell.colSpan() > 1) {
          b.append(" colspan=\"").append(cell.colSpan()).append('"');
        }
        b.append('>').append(escape(cell.text())).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n");
    if (!e.findings().isEmpty()) {
      b.append("<table><tr><th>级别</th><th>规则</th><th>位置</th><th>问题</th><th>建议</th></tr>\n");
      for (Finding f : e.findings()) {
        b.append("<tr><td class=\"s-")
            .append(f.severity().name())
            .append("\">")
            .append(f.severity().label())
            .append("</td><td>")
            .append(f.rule())
            .append(' ')
            .append(escape(f.rule().title()))
            .append("</td><td>")
            .append(escape(f.location().describe()))
            .append("</td><td>")
            .append(escape(f.message()))
            .append("</td><td>")
            .append(escape(f.suggestion()))
            .append("</td></tr>\n");
      }
      b.append("</table>\n");
    }
    b.append("</section>\n");
  }

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '&':
          b.append("&amp;");
          break;
        case '"':
          b.append("&quot;");
          break;
        case '\'':
          b.append("&#39;");
          break;
        default:
          b.append(c);
      }
    }
    return b.toString();
  }
}
