package io.jixiao.review.report;

import io.jixiao.review.DocumentReview;
import io.jixiao.review.Fields;
import io.jixiao.review.Finding;
import io.jixiao.review.Grade;
import io.jixiao.review.RuleId;
import io.jixiao.review.Severity;
import io.jixiao.review.TableReview;
import java.util.List;
import java.util.Map;

/** The readable Chinese report: summary by grade and by rule, then the findings of each table. */
final class TextReport {

  private TextReport() {}

  static String render(List<DocumentReview> reviews) {
    StringBuilder b = new StringBuilder(4096);
    b.append("绩效目标审核报告");
    if (!reviews.isEmpty()) {
      b.append("（规则包 ").append(reviews.get(0).pack()).append('）');
    }
    b.append("\n\n");
    if (reviews.isEmpty()) {
      return b.append("没有可审核的文件。\n").toString();
    }
    if (reviews.size() > 1) {
      b.append("共 ").append(reviews.size()).append(" 个文件。\n");
      summary(b, reviews, "");
      b.append('\n');
    }
    for (DocumentReview d : reviews) {
      document(b, d);
    }
    return b.toString();
  }

  private static void document(StringBuilder b, DocumentReview d) {
    b.append("文件 ")
        .append(d.source())
        .append("：总评 ")
        .append(d.grade().label())
        .append("（")
        .append(d.grade().meaning())
        .append("）\n");
    summary(b, List.of(d), "  ");
    if (!d.findings().isEmpty()) {
      b.append("\n  全文\n");
      for (Finding f : d.findings()) {
        finding(b, f);
      }
    }
    for (TableReview t : d.tables()) {
      b.append("\n  表 ")
          .append(t.seq())
          .append(' ')
          .append(t.name() == null ? "" : t.name())
          .append(" —— ")
          .append(t.grade().label());
      if (t.findings().isEmpty()) {
        b.append("，未发现问题\n");
        continue;
      }
      b.append('\n');
      for (Finding f : t.findings()) {
        finding(b, f);
      }
    }
    b.append('\n');
  }

  private static void summary(StringBuilder b, List<DocumentReview> reviews, String indent) {
    Summary s = new Summary(reviews);
    b.append(indent).append("绩效目标表 ").append(s.tables).append(" 张：");
    for (Grade g : Grade.values()) {
      b.append(g.label())
          .append(' ')
          .append(s.grades.get(g))
          .append(" 张")
          .append(g == Grade.POOR ? "\n" : "，");
    }
    b.append(indent).append("发现 ").append(s.findings).append(" 条：");
    for (Severity v : Severity.values()) {
      b.append(v.label())
          .append(' ')
          .append(s.severities.get(v))
          .append(v == Severity.INFO ? "\n" : "，");
    }
    if (s.rules.isEmpty()) {
      return;
    }
    b.append(indent).append("按规则：\n");
    for (Map.Entry<RuleId, int[]> e : s.rules.entrySet()) {
      RuleId r = e.getKey();
      b.append(indent)
          .append("  ")
          .append(pad(r.name(), 4))
          .append(pad(r.title(), 36))
          .append(Summary.severityOf(r, reviews).label())
          .append("  ")
          .append(e.getValue()[0])
          .append(" 条");
      if (e.getValue()[1] > 0) {
        b.append("，涉及 ").append(e.getValue()[1]).append(" 张表");
      }
      b.append('\n');
    }
  }

  private static void finding(StringBuilder b, Finding f) {
    b.append("    [").append(f.severity().label()).append("] ").append(f.rule()).append(' ');
    if (f.row() != null) {
      b.append("第 ").append(f.row()).append(" 行 ");
    }
    b.append(Fields.label(f.field())).append("：").append(f.message()).append('\n');
    b.append("        建议：").append(f.suggestion()).append('\n');
    b.append("        依据：").append(f.source()).append('\n');
  }

  /** Pads to a display width in columns, counting a CJK character as two. */
  private static String pad(String s, int width) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += s.charAt(i) < 0x1100 ? 1 : 2;
    }
    StringBuilder b = new StringBuilder(s);
    for (int i = w; i < width; i++) {
      b.append(' ');
    }
    return b.append(' ').toString();
  }
}
