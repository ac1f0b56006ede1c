package io.jixiao.publish;

import static io.jixiao.publish.DocxText.chinese;
import static io.jixiao.publish.DocxText.paragraph;
import static io.jixiao.publish.DocxText.run;

import io.jixiao.model.BudgetUnit;
import io.jixiao.model.DepartmentGoals;
import io.jixiao.model.DepartmentGoals.Measure;
import io.jixiao.model.DepartmentGoals.SubGoal;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Word (DOCX) in the standard published layout of a 部门预算绩效文本: a cover, a table of contents (a Word
 * TOC field listing the parts and every table), Part 1 部门整体绩效目标 when the document has it, and Part
 * 2 with one Word table per project. What is printed reads back through {@code DocumentReader} into
 * the same document.
 */
final class DocxWriter implements DocumentWriter {

  /** The administrative divisions a department's name starts with: 承德市, 石家庄高新区, 承德市双桥区. */
  private static final Pattern REGION =
      Pattern.compile("^(?:[^省市县区州旗盟局委办厅]{1,8}?(?:自治区|省|市|自治州|州|盟|自治县|县|旗|区))+");

  /**
   * An item number at the start of a line ({@code 一、} {@code （一）} {@code 1.} {@code （1）} {@code
   * ①}), as the importer recognises one: on a line of its own it would be taken for the numbering.
   */
  private static final Pattern NUMBER_START =
      Pattern.compile(
          "^(?:第[一二三四五六七八九十]{1,3}(?:部分|章|篇)|[一二三四五六七八九十]{1,3}\\s*[、.．]"
              + "|[（(]\\s*[一二三四五六七八九十]{1,3}\\s*[）)]|\\d{1,2}\\s*[.、．](?!\\d)"
              + "|[（(]\\s*\\d{1,2}\\s*[）)]|\\d{1,2}[)）]|[①-⑳])");

  private final boolean draft;

  DocxWriter() {
    this(false);
  }

  /**
   * @param draft print {@code （草案）} under the title, as documents sent for approval do
   */
  DocxWriter(boolean draft) {
    this.draft = draft;
  }

  @Override
  public String extension() {
    return "docx";
  }

  @Override
  public void write(TargetDocument document, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      DocxStyles.apply(doc);
      var core = doc.getProperties().getCoreProperties();
      core.setTitle(coverName(document) + title(document));
      core.setCreator("Jixiao");
      cover(doc, document);
      boolean partOne = document.overall() != null;
      contents(doc, document, partOne);
      if (partOne) {
        partOne(doc, document.overall());
      }
      partTwo(doc, document, partOne);
      doc.enforceUpdateFields();
      doc.write(out);
    }
  }

  // ---- cover

  private void cover(XWPFDocument doc, TargetDocument d) {
    String name = coverName(d);
    paragraph(doc, DocxStyles.COVER_NAME, name);
    paragraph(doc, DocxStyles.COVER_TITLE, title(d));
    if (draft) {
      paragraph(doc, DocxStyles.COVER_NOTE, "（草案）");
    }
    XWPFParagraph spacer = paragraph(doc, DocxStyles.COVER_ORG, null);
    spacer.setSpacingBefore(4200);
    paragraph(doc, DocxStyles.COVER_ORG, name + "编制");
    String bureau = financeBureau(name);
    if (bureau != null) {
      paragraph(doc, DocxStyles.COVER_ORG, bureau + "审核");
    }
  }

  /**
   * {@code 2023 年部门预算绩效文本}; without a known department the cover names no year, so that it is not
   * read back as the department of the unit it names.
   */
  private static String title(TargetDocument d) {
    Integer year = d.department() == null ? null : d.department().year();
    return year == null ? "部门预算绩效文本" : year + " 年部门预算绩效文本";
  }

  /** The department, else the first budget unit, else the file name without its extension. */
  static String coverName(TargetDocument d) {
    if (d.department() != null) {
      return d.department().name();
    }
    for (Project p : d.projects()) {
      BudgetUnit u = p.unit();
      if (u != null && u.name() != null) {
        return u.name();
      }
    }
    String source = d.source();
    int dot = source.lastIndexOf('.');
    return dot > 0 ? source.substring(0, dot) : source;
  }

  /** The finance bureau of the region the name starts with ({@code 承德市财政局}), or null. */
  static String financeBureau(String name) {
    Matcher m = REGION.matcher(name);
    return m.find() && m.end() < name.length() ? m.group() + "财政局" : null;
  }

  // ---- table of contents

  /**
   * A TOC field over heading levels 1–2 (the parts, their sections and the table titles). Its
   * cached entries carry no page numbers, which only a word processor can count; the document asks
   * to have its fields updated when opened.
   */
  private static void contents(XWPFDocument doc, TargetDocument d, boolean partOne) {
    XWPFParagraph title = paragraph(doc, DocxStyles.CONTENTS_TITLE, "目  录");
    title.setPageBreak(true);
    List<String[]> entries = new ArrayList<>();
    if (partOne) {
      entries.add(new String[] {DocxStyles.TOC1, "第一部分 部门整体绩效目标"});
      for (String section : sections(d.overall())) {
        entries.add(new String[] {DocxStyles.TOC2, section});
      }
    }
    entries.add(new String[] {DocxStyles.TOC1, partTwoTitle(partOne)});
    for (Project p : d.projects()) {
      entries.add(new String[] {DocxStyles.TOC2, PrintedTable.title(p)});
    }
    for (int k = 0; k < entries.size(); k++) {
      XWPFParagraph p = paragraph(doc, entries.get(k)[0], null);
      if (k == 0) {
        fieldChar(p, STFldCharType.BEGIN);
        CTText instr = p.getCTP().addNewR().addNewInstrText();
        instr.setStringValue(" TOC \\o \"1-2\" \\h \\z \\u ");
        fieldChar(p, STFldCharType.SEPARATE);
      }
      run(p, entries.get(k)[1], false);
      p.getCTP().addNewR().addNewTab();
      if (k == entries.size() - 1) {
        fieldChar(p, STFldCharType.END);
      }
    }
  }

  private static void fieldChar(XWPFParagraph p, STFldCharType.Enum type) {
    CTR r = p.getCTP().addNewR();
    CTFldChar c = r.addNewFldChar();
    c.setFldCharType(type);
    if (type == STFldCharType.BEGIN) {
      c.setDirty(true);
    }
  }

  // ---- Part 1

  private static List<String> sections(DepartmentGoals g) {
    List<String> names = new ArrayList<>();
    if (g.summary() != null) {
      names.add("总体绩效目标");
    }
    if (!g.subGoals().isEmpty()) {
      names.add("分项绩效目标");
    }
    if (!g.measures().isEmpty()) {
      names.add("工作保障措施");
    }
    List<String> numbered = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      numbered.add(chinese(i + 1) + "、" + names.get(i));
    }
    return numbered;
  }

  private static void partOne(XWPFDocument doc, DepartmentGoals g) {
    paragraph(doc, DocxStyles.PART, "第一部分 部门整体绩效目标").setPageBreak(true);
    List<String> sections = sections(g);
    int s = 0;
    if (g.summary() != null) {
      paragraph(doc, DocxStyles.SECTION, sections.get(s++));
      for (String line : g.summary().split("\n")) {
        if (!line.isBlank()) {
          paragraph(doc, DocxStyles.BODY, line.strip());
        }
      }
    }
    if (!g.subGoals().isEmpty()) {
      paragraph(doc, DocxStyles.SECTION, sections.get(s++));
      int n = 0;
      for (SubGoal sub : g.subGoals()) {
        paragraph(doc, DocxStyles.SUB_GOAL, "（" + chinese(++n) + "）" + sub.title());
        if (sub.goal() != null) {
          labelled(doc, "绩效目标：", sub.goal());
        }
        subGoalIndicators(doc, sub.indicators());
      }
    }
    if (!g.measures().isEmpty()) {
      paragraph(doc, DocxStyles.SECTION, sections.get(s));
      int n = 0;
      for (Measure m : g.measures()) {
        XWPFParagraph p = paragraph(doc, DocxStyles.BODY, null);
        String head = "（" + chinese(++n) + "）" + m.title();
        if (m.text() == null) {
          run(p, head, true);
        } else {
          run(p, head + "。", true);
          run(p, m.text(), false);
        }
      }
    }
  }

  /**
   * {@code 绩效指标：} with the indicator lines: a single line (or a first line that starts with a
   * number, which a line of its own would lose) follows the label, a list stands below it.
   */
  private static void subGoalIndicators(XWPFDocument doc, List<String> indicators) {
    if (indicators.isEmpty()) {
      return;
    }
    String first = indicators.get(0);
    int from;
    if (indicators.size() == 1 || NUMBER_START.matcher(first).find()) {
      labelled(doc, "绩效指标：", first);
      from = 1;
    } else {
      labelled(doc, "绩效指标：", null);
      from = 0;
    }
    for (String line : indicators.subList(from, indicators.size())) {
      paragraph(doc, DocxStyles.BODY, line);
    }
  }

  private static void labelled(XWPFDocument doc, String label, String text) {
    XWPFParagraph p = paragraph(doc, DocxStyles.LABELLED, null);
    run(p, label, true);
    if (text != null) {
      run(p, text, false);
    }
  }

  // ---- Part 2

  private static String partTwoTitle(boolean partOne) {
    return partOne ? "第二部分 预算项目绩效目标" : "预算项目绩效目标";
  }

  private static void partTwo(XWPFDocument doc, TargetDocument d, boolean partOne) {
    paragraph(doc, DocxStyles.PART, partTwoTitle(partOne)).setPageBreak(true);
    for (Project p : d.projects()) {
      PrintedTable table = PrintedTable.of(p);
      paragraph(doc, DocxStyles.TABLE_TITLE, table.title());
      if (table.unitLine() != null) {
        paragraph(doc, DocxStyles.UNIT_LINE, table.unitLine());
      }
      if (p.budget() != null) {
        paragraph(doc, DocxStyles.AMOUNT_UNIT, "单位：万元");
      }
      DocxTargetTable.write(doc, table);
    }
    // Word expects a paragraph after a table at the end of the body
    paragraph(doc, DocxStyles.UNIT_LINE, null);
  }
}
