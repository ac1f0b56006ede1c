package io.jixiao.review.report;

import io.jixiao.monitor.DepartmentSummary;
import io.jixiao.monitor.IndicatorProgress;
import io.jixiao.monitor.MonitoringTable;
import io.jixiao.review.DocumentMonitoring;
import io.jixiao.review.Fields;
import io.jixiao.review.Finding;
import io.jixiao.review.TableMonitoring;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;

/**
 * The Chinese monitoring report: per document the department summary, then each project's
 * monitoring table (预算执行 and the indicators) with its alerts; the tables without actuals are listed
 * by number in one line.
 */
final class MonitoringText {

  private MonitoringText() {}

  static String render(List<DocumentMonitoring> runs) {
    StringWriter out = new StringWriter(8192);
    try {
      write(runs, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * The report of {@link #render}, written document by document as the runs come: the heading
   * needs only the first run's month and rule pack.
   */
  static void write(Iterable<DocumentMonitoring> runs, Writer out) throws IOException {
    Iterator<DocumentMonitoring> each = runs.iterator();
    StringBuilder b = new StringBuilder(8192);
    b.append("预算绩效运行监控报告");
    DocumentMonitoring first = each.hasNext() ? each.next() : null;
    if (first != null) {
      b.append("（截至")
          .append(Figures.monthEnd(first.asOf()))
          .append("；规则包 ")
          .append(first.pack())
          .append('）');
    }
    b.append("\n\n");
    if (first == null) {
      out.write(b.append("没有可监控的文件。\n").toString());
      out.flush();
      return;
    }
    for (DocumentMonitoring d = first; d != null; d = each.hasNext() ? each.next() : null) {
      document(b, d);
      out.write(b.toString());
      out.flush();
      b.setLength(0);
    }
  }

  private static void document(StringBuilder b, DocumentMonitoring d) {
    DepartmentSummary s = d.summary();
    b.append("文件 ").append(d.source());
    if (d.department() != null) {
      b.append(' ').append(d.department());
    }
    b.append("：绩效目标表 ")
        .append(d.tables().size())
        .append(" 张，报送执行情况 ")
        .append(s.total().reported())
        .append(" 张，预警 ")
        .append(s.total().alerts())
        .append(" 条\n\n  部门汇总（金额单位：万元）\n");
    Columns c =
        new Columns(
            new String[] {"表", "项目名称", "全年预算数", "执行数", "执行率", "计划进度", "差距（百分点）", "预警"},
            new boolean[] {true, false, true, true, true, true, true, true});
    for (DepartmentSummary.Line l : s.lines()) {
      line(c, String.valueOf(l.seq()), l);
    }
    line(c, "", s.total());
    c.appendTo(b, "  ");
    if (s.total().base().note() != null) {
      b.append("  注：").append(s.total().base().note()).append('\n');
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
      b.append("\n  未报送执行情况（").append(unreported).append(" 张表）：表 ").append(silent).append('\n');
    }
    b.append('\n');
  }

  private static void line(Columns c, String seq, DepartmentSummary.Line l) {
    c.add(
        seq,
        l.name(),
        Figures.money(l.budget()),
        l.spent() == null ? "未报送" : Figures.money(l.spent()),
        Figures.percent(l.rate()),
        Figures.percent(l.plan()),
        Figures.gap(l.gap()),
        String.valueOf(l.alerts()));
  }

  private static void table(StringBuilder b, TableMonitoring t) {
    MonitoringTable m = t.monitoring();
    b.append("\n  表 ").append(t.seq()).append(' ').append(Figures.text(t.name())).append('\n');
    b.append("    预算执行：全年预算数 ")
        .append(Figures.budget(m))
        .append("；执行数 ")
        .append(Figures.spent(m))
        .append("；执行率 ")
        .append(Figures.percent(m.rate()))
        .append("；计划进度 ")
        .append(Figures.plan(m))
        .append("；差距 ")
        .append(Figures.gap(m.gap()))
        .append(" 个百分点\n");
    if (m.spendingNote() != null) {
      b.append("    支出偏差原因：").append(m.spendingNote()).append('\n');
    }
    b.append("    指标完成进度 ")
        .append(Figures.indicatorProgress(m))
        .append("；时间进度 ")
        .append(Figures.percent(m.timeElapsed()))
        .append('\n');
    Columns c =
        new Columns(
            new String[] {"行", "三级指标", "年度指标值", "实际完成值", "完成进度", "完成目标可能性", "偏差原因"},
            new boolean[] {true, false, false, false, false, false, false});
    for (IndicatorProgress p : m.indicators()) {
      c.add(
          String.valueOf(p.row()),
          Figures.text(p.name()),
          Figures.text(p.target()),
          Figures.actual(p),
          p.status(),
          Figures.likelihood(p),
          Figures.note(p));
    }
    c.appendTo(b, "    ");
    if (t.findings().isEmpty()) {
      b.append("    无预警\n");
      return;
    }
    b.append("    预警：\n");
    for (Finding f : t.findings()) {
      b.append("      [")
          .append(f.severity().label())
          .append("] ")
          .append(f.rule())
          .append(' ')
          .append(Fields.label(f.field()))
          .append("：")
          .append(f.message())
          .append('\n');
      b.append("          建议：").append(f.suggestion()).append('\n');
      b.append("          依据：").append(f.source()).append('\n');
    }
  }
}
