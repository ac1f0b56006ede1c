package io.jixiao.review.report;

import io.jixiao.review.DocumentReview;
import io.jixiao.review.Fields;
import io.jixiao.review.Finding;
import io.jixiao.review.Grade;
import io.jixiao.review.RuleId;
import io.jixiao.review.Severity;
import io.jixiao.review.TableReview;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The readable Chinese report: summary by grade and by rule, then the findings of each table. */
final class TextReport {

  private TextReport() {}

  static String render(List<DocumentReview> reviews) {
    StringBuilder b = new StringBuilder(4096);
    head(b, reviews.isEmpty() ? null : reviews.get(0), new Summary(reviews));
    for (DocumentReview d : reviews) {
      document(b, d);
    }
    return b.toString();
  }

  /**
   * The report of {@link #render}, with a memory that does not grow with the number of documents:
   * each document's part goes to a temporary file as its review comes, while the summary over all
   * documents is counted; then the heading and the summary are written and the parts copied after
   * them.
   */
  static void write(Iterable<DocumentReview> reviews, Writer out) throws IOException {
    Summary all = new Summary();
    String pack = null;
    Path parts = Files.createTempFile("jixiao-review-", ".part");
    try {
      try (Writer w = Files.newBufferedWriter(parts, StandardCharsets.UTF_8)) {
        StringBuilder b = new StringBuilder(8192);
        for (DocumentReview d : reviews) {
          if (pack == null) {
            pack = d.pack();
          }
          all.add(d);
          document(b, d);
          w.write(b.toString());
          b.setLength(0);
        }
      }
      StringBuilder head = new StringBuilder(4096);
      head(head, pack, all);
      out.write(head.toString());
      try (Reader r = Files.newBufferedReader(parts, StandardCharsets.UTF_8)) {
        r.transferTo(out);
      }
      out.flush();
    } finally {
      Files.deleteIfExists(parts);
    }
  }

  private static void head(StringBuilder b, DocumentReview first, Summary all) {
    head(b, first == null ? null : first.pack(), all);
  }

  /** The title and, for more than one document, the summary over all of them. */
  private static void head(StringBuilder b, String pack, Summary all) {
    b.append("绩效目标审核报告");
    if (all.documents > 0) {
      b.append("（规则包 ").append(pack).append('）');
    }
    b.append("\n\n");
    if (all.documents == 0) {
      b.append("没有可审核的文件。\n");
      return;
    }
    if (all.documents > 1) {
      b.append("共 ").append(all.documents).append(" 个文件。\n");
      summary(b, all, "");
      b.append('\n');
    }
  }

  private static void document(StringBuilder b, DocumentReview d) {
    b.append("文件 ")
        .append(d.source())
        .append("：总评 ")
        .append(d.grade().label())
        .append("（")
        .append(d.grade().meaning())
        .append("）\n");
    summary(b, new Summary(List.of(d)), "  ");
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

  private static void summary(StringBuilder b, Summary s, String indent) {
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
          .append(s.severityOf(r).label())
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
