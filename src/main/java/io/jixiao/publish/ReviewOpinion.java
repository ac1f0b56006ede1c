package io.jixiao.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * 审核意见书: the finance bureau's formal opinion on one 绩效目标表 — what the review found, where,
 * the department's 说明 on each finding, the reviewer's 审核意见 per indicator, the 退回意见 and the
 * conclusion — written as Word (the published layout's styles) or PDF (openhtmltopdf with the CJK
 * font, like the published document).
 *
 * @param heading the facts at the top: department, project, code, budget year, state, grade
 * @param findings the findings of the review, with the department's answers
 * @param comments the reviewer's comments per indicator row
 * @param returnComment the latest 退回意见, null when none
 * @param conclusion the closing sentence
 * @param signature the reviewer and the date at the foot
 */
public record ReviewOpinion(
    String title,
    List<Line> heading,
    List<Item> findings,
    List<Comment> comments,
    String returnComment,
    String conclusion,
    String signature) {

  /** A label and its value. */
  public record Line(String label, String value) {}

  /** One finding: where (表头 or 第 N 行), severity, rule, message, the department's 说明. */
  public record Item(String where, String severity, String rule, String message, String answer) {}

  /** The reviewer's 审核意见 on an indicator. */
  public record Comment(String where, String text) {}

  public ReviewOpinion {
    Objects.requireNonNull(title, "title");
    heading = List.copyOf(heading);
    findings = List.copyOf(findings);
    comments = List.copyOf(comments);
  }

  /** Writes the opinion as a Word document. */
  public void writeDocx(OutputStream out) throws IOException {
    writeDocx(List.of(this), out);
  }

  /** Writes the opinions of several tables (a department's) as one Word document, a page each. */
  public static void writeDocx(List<ReviewOpinion> opinions, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      DocxStyles.apply(doc);
      for (int i = 0; i < opinions.size(); i++) {
        opinions.get(i).body(doc, i > 0);
      }
      doc.write(out);
    }
  }

  /** Writes the opinions of several tables as one PDF, a page each. */
  public static void writePdf(List<ReviewOpinion> opinions, OutputStream out) throws IOException {
    StringBuilder b = new StringBuilder(8192 * Math.max(1, opinions.size()));
    head(b);
    for (int i = 0; i < opinions.size(); i++) {
      opinions.get(i).section(b, i > 0);
    }
    PdfWriter.renderHtml(b.append("</body></html>").toString(), out);
  }

  private void body(XWPFDocument doc, boolean newPage) {
    {
      XWPFParagraph t = DocxText.paragraph(doc, DocxStyles.TABLE_TITLE, title);
      t.setPageBreak(newPage);
      t.setAlignment(ParagraphAlignment.CENTER);
      for (Line l : heading) {
        XWPFParagraph p = DocxText.paragraph(doc, DocxStyles.BODY, null);
        DocxText.run(p, l.label() + "：", true);
        DocxText.run(p, nz(l.value()), false);
      }
      DocxText.paragraph(doc, DocxStyles.SECTION, "一、审核发现的问题及部门说明");
      if (findings.isEmpty()) {
        DocxText.paragraph(doc, DocxStyles.BODY, "审核未发现问题。");
      } else {
        XWPFTable table = doc.createTable(findings.size() + 1, 5);
        fill(table.getRow(0), "位置", "类别", "规则", "问题", "部门说明");
        for (int i = 0; i < findings.size(); i++) {
          Item f = findings.get(i);
          fill(table.getRow(i + 1), f.where(), f.severity(), f.rule(), f.message(), nz(f.answer()));
        }
      }
      DocxText.paragraph(doc, DocxStyles.SECTION, "二、分指标审核意见");
      if (comments.isEmpty()) {
        DocxText.paragraph(doc, DocxStyles.BODY, "无。");
      }
      for (Comment c : comments) {
        XWPFParagraph p = DocxText.paragraph(doc, DocxStyles.BODY, null);
        DocxText.run(p, c.where() + "：", true);
        DocxText.run(p, c.text(), false);
      }
      DocxText.paragraph(doc, DocxStyles.SECTION, "三、退回意见");
      for (String line : lines(returnComment == null ? "无。" : returnComment)) {
        DocxText.paragraph(doc, DocxStyles.BODY, line);
      }
      DocxText.paragraph(doc, DocxStyles.SECTION, "四、审核结论");
      DocxText.paragraph(doc, DocxStyles.BODY, conclusion);
      XWPFParagraph sign = DocxText.paragraph(doc, DocxStyles.BODY, signature);
      sign.setAlignment(ParagraphAlignment.RIGHT);
    }
  }

  /** Writes the opinion as PDF with the Chinese font embedded. */
  public void writePdf(OutputStream out) throws IOException {
    PdfWriter.renderHtml(html(), out);
  }

  /** The XHTML the PDF is laid out from; every text escaped. */
  String html() {
    StringBuilder b = new StringBuilder(8192);
    head(b);
    section(b, false);
    return b.append("</body></html>").toString();
  }

  private static void head(StringBuilder b) {
    b.append("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><style>")
        .append("@page { size: A4; margin: 22mm 18mm 20mm 18mm; }")
        .append("body { font-family: ").append(PdfHtml.FONT_FAMILY)
        .append("; font-size: 10.5pt; line-height: 1.5; }")
        .append("h1 { text-align: center; font-size: 16pt; } h2 { font-size: 12pt; margin: 5mm 0 2mm 0; }")
        .append("table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 9pt; }")
        .append("th, td { border: 0.6pt solid #000; padding: 1.2mm; word-wrap: break-word; vertical-align: top; }")
        .append("th { font-weight: normal; background-color: #eef0f3; }")
        .append("p.sign { text-align: right; margin-top: 10mm; }")
        .append("h1.next { page-break-before: always; }")
        .append("</style></head><body>");
  }

  private void section(StringBuilder b, boolean newPage) {
    b.append(newPage ? "<h1 class=\"next\">" : "<h1>").append(esc(title)).append("</h1>");
    for (Line l : heading) {
      b.append("<p><b>").append(esc(l.label())).append("：</b>").append(esc(nz(l.value())))
          .append("</p>");
    }
    b.append("<h2>一、审核发现的问题及部门说明</h2>");
    if (findings.isEmpty()) {
      b.append("<p>审核未发现问题。</p>");
    } else {
      b.append("<table><thead><tr><th style=\"width:12%\">位置</th><th style=\"width:8%\">类别</th>")
          .append("<th style=\"width:8%\">规则</th><th>问题</th><th style=\"width:28%\">部门说明</th>")
          .append("</tr></thead><tbody>");
      for (Item f : findings) {
        b.append("<tr><td>").append(esc(f.where())).append("</td><td>").append(esc(f.severity()))
            .append("</td><td>").append(esc(f.rule())).append("</td><td>").append(esc(f.message()))
            .append("</td><td>").append(esc(nz(f.answer()))).append("</td></tr>");
      }
      b.append("</tbody></table>");
    }
    b.append("<h2>二、分指标审核意见</h2>");
    if (comments.isEmpty()) {
      b.append("<p>无。</p>");
    }
    for (Comment c : comments) {
      b.append("<p><b>").append(esc(c.where())).append("：</b>").append(esc(c.text())).append("</p>");
    }
    b.append("<h2>三、退回意见</h2>");
    for (String line : lines(returnComment == null ? "无。" : returnComment)) {
      b.append("<p>").append(esc(line)).append("</p>");
    }
    b.append("<h2>四、审核结论</h2><p>").append(esc(conclusion)).append("</p>");
    b.append("<p class=\"sign\">").append(esc(signature)).append("</p>");
  }

  private static void fill(XWPFTableRow row, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      row.getCell(i).setText(DocxText.safe(nz(cells[i])));
    }
  }

  private static List<String> lines(String s) {
    return s.lines().filter(l -> !l.isBlank()).toList();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    PdfHtml.escape(s, 0, s.length(), out);
    return out.toString();
  }
}
