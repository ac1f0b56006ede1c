package io.jixiao.review.report;

import static io.jixiao.review.report.HtmlReport.escape;

import io.jixiao.monitor.DepartmentSummary;
import io.jixiao.monitor.IndicatorProgress;
import io.jixiao.monitor.MonitoringTable;
import io.jixiao.review.DocumentMonitoring;
import io.jixiao.review.TableMonitoring;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;

/**
 * The monitoring report as one self-contained printable page: the review report's inline CSS, no
 * scripts, every text escaped.
 */
final class MonitoringHtml {

  private static final String CSS =
      HtmlReport.CSS + ".behind{color:#c62828}.unreported{color:#777}tr.total td{font-weight:bold}";

  private MonitoringHtml() {}

  static String render(List<DocumentMonitoring> runs) {
    StringWriter out = new StringWriter(16384);
    try {
      write(runs, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * The page of {@link #render}, written document by document as the runs come: the heading needs
   * only the first run's month and rule pack.
   */
  static void write(Iterable<DocumentMonitoring> runs, Writer out) throws IOException {
    Iterator<DocumentMonitoring> each = runs.iterator();
    StringBuilder b = new StringBuilder(16384);
    b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>预算绩效运行监控报告</title>\n<style>")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<h1>预算绩效运行监控报告</h1>\n");
    DocumentMonitoring first = each.hasNext() ? each.next() : null;
    if (first == null) {
      b.append("<p>没有可监控的文件。</p>\n");
    } else {
      b.append("<p class=\"hint\">截至")
          .append(escape(Figures.monthEnd(first.asOf())))
          .append("；规则包 ")
          .append(escape(first.pack()))
          .append("</p>\n");
    }
    for (DocumentMonitoring d = first; d != null; d = each.hasNext() ? each.next() : null) {
      document(b, d);
      out.write(b.toString());
      out.flush();
      b.setLength(0);
    }
    out.write(b.append("</body>\n</html>\n").toString());
    out.flush();
  }

  private static void document(StringBuilder b, DocumentMonitoring d) {
    DepartmentSummary s = d.summary();
    b.append("<h2>").append(escape(d.source()));
    if (d.department() != null) {
      b.append(' ').append(escape(d.department()));
    }
    b.append("</h2>\n<p>绩效目标表 ")
        .append(d.tables().size())
        .append(" 张，报送执行情况 ")
        .append(s.total().reported())
        .append(" 张，预警 ")
        .append(s.total().alerts())
        .append(" 条</p>\n<h3>部门汇总（金额单位：万元）</h3>\n")
        .append("<table><tr><th>表</th><th>项目名称</th><th>全年预算数</th><th>执行数</th>")
        .append("<th>执行率</th><th>计划进度</th><th>差距（百分点）</th><th>预警</th></tr>\n");
    for (DepartmentSummary.Line l : s.lines()) {
      line(b, "<tr>", String.valueOf(l.seq()), l);
    }
    line(b, "<tr class=\"total\">", "", s.total());
    b.append("</table>\n");
    if (s.total().base().note() != null) {
      b.append("<p class=\"note\">注：").append(escape(s.total().base().note())).append("</p>\n");
    }
    StringBuilder silent = new StringBuilder();
    int unreported = 0;
    for (TableMonitoring t : d.tables()) {
      if (t.monitoring().reported()) {
        table(b, t);
      } else {
        silent.append(unreported++ == 0 ? "" : "、").append(t.seq());
      }
    }
    if (unreported > 0) {
      b.append("<p class=\"unreported\">未报送执行情况（")
          .append(unreported)
          .append(" 张表）：表 ")
          .append(silent)
          .append("</p>\n");
    }
  }

  private static void line(StringBuilder b, String tr, String seq, DepartmentSummary.Line l) {
    b.append(tr)
        .append("<td class=\"num\">")
        .append(seq)
        .append("</td><td>")
        .append(escape(l.name()))
        .append("</td><td class=\"num\">")
        .append(Figures.money(l.budget()))
        .append("</td><td class=\"num\">")
        .append(
            l.spent() == null ? "<span class=\"unreported\">未报送</span>" : Figures.money(l.spent()))
        .append("</td><td class=\"num\">")
        .append(Figures.percent(l.rate()))
        .append("</td><td class=\"num\">")
        .append(Figures.percent(l.plan()))
        .append("</td><td class=\"num")
        .append(l.gap() != null && l.gap().signum() < 0 ? " behind" : "")
        .append("\">")
        .append(Figures.gap(l.gap()))
        .append("</td><td class=\"num\">")
        .append(l.alerts())
        .append("</td></tr>\n");
  }

  private static void table(StringBuilder b, TableMonitoring t) {
    MonitoringTable m = t.monitoring();
    b.append("<h3>表 ").append(t.seq()).append(' ').append(escape(Figures.text(t.name())));
    b.append("</h3>\n");
    b.append("<table><tr><th colspan=\"5\">预算执行</th></tr>\n")
        .append("<tr><th>全年预算数</th><th>执行数</th><th>执行率</th><th>计划进度</th>")
        .append("<th>差距（百分点）</th></tr>\n<tr><td>")
        .append(escape(Figures.budget(m)))
        .append("</td><td>")
        .append(escape(Figures.spent(m)))
        .append("</td><td class=\"num\">")
        .append(Figures.percent(m.rate()))
        .append("</td><td>")
        .append(escape(Figures.plan(m)))
        .append("</td><td class=\"num\">")
        .append(Figures.gap(m.gap()))
        .append("</td></tr>\n");
    if (m.spendingNote() != null) {
      b.append("<tr><th>偏差原因</th><td colspan=\"4\">")
          .append(escape(m.spendingNote()))
          .append("</td></tr>\n");
    }
    b.append("</table>\n<p>指标完成进度 ")
        .append(Figures.indicatorProgress(m))
        .append("；时间进度 ")
        .append(Figures.percent(m.timeElapsed()))
        .append("</p>\n<table><tr><th>行</th><th>一级指标</th><th>三级指标</th><th>年度指标值</th>")
        .append("<th>实际完成值</th><th>完成进度</th><th>偏差原因</th><th>完成目标可能性</th></tr>\n");
    for (IndicatorProgress p : m.indicators()) {
      b.append("<tr><td class=\"num\">")
          .append(p.row())
          .append("</td><td>")
          .append(escape(Figures.text(p.level1())))
          .append("</td><td>")
          .append(escape(Figures.text(p.name())))
          .append("</td><td>")
          .append(escape(Figures.text(p.target())))
          .append("</td><td>")
          .append(escape(Figures.actual(p)))
          .append("</td><td>")
          .append(escape(p.status()))
          .append("</td><td>")
          .append(escape(Figures.note(p)))
          .append("</td><td>")
          .append(escape(Figures.likelihood(p)))
          .append("</td></tr>\n");
    }
    b.append("</table>\n");
    if (t.findings().isEmpty()) {
      b.append("<p class=\"ok\">无预警</p>\n");
    } else {
      HtmlReport.findings(b, t.findings());
    }
  }
}
