package io.jixiao.evaluate;

import io.jixiao.review.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Word: a first page ranking the projects, then one 项目支出绩效自评表 per page in the provincial layout
 * (the {@link Form} grid: merged cells as gridSpan and vMerge, 宋体 10.5 pt in the table and 黑体 for
 * titles as in the published DOCX), with the findings under each form. A4 portrait.
 */
final class DocxEvaluation {

  /** A4 in twips, with the margins of the published DOCX. */
  private static final int PAGE_WIDTH = 11906;

  private static final int PAGE_HEIGHT = 16838;
  private static final int MARGIN_LEFT = 1474;
  private static final int MARGIN_RIGHT = 1361;
  private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

  /** Form columns in twips; the last takes the rest of the text width. */
  private static final int[] COLUMNS = {1000, 850, 900, 1500, 950, 950, 700, 780, 0};

  private static final int[] SUMMARY = {700, 3500, 2371, 500, 800, 600, 600};

  /** Left and right cell margins in twips (0.1 cm), narrower than Word's default 0.19 cm. */
  private static final int CELL_MARGIN = 57;

  private static final String SONG = "宋体";
  private static final String HEI = "黑体";
  private static final String LATIN = "Times New Roman";

  private final XWPFDocument doc = new XWPFDocument();

  private DocxEvaluation() {}

  static void write(DepartmentEvaluation evaluation, OutputStream out) throws IOException {
    DocxEvaluation d = new DocxEvaluation();
    try (XWPFDocument doc = d.doc) {
      d.page();
      d.summary(evaluation);
      for (ProjectEvaluation e : evaluation.projects()) {
        d.project(e, evaluation.period());
      }
      doc.getProperties().getCoreProperties().setTitle(evaluation.period().title(Form.TITLE));
      doc.getProperties().getCoreProperties().setCreator("Jixiao");
      doc.write(out);
    }
  }

  private void page() {
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    CTPageMar mar = sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(1440));
    mar.setBottom(BigInteger.valueOf(1440));
    mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
    mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
  }

  private void summary(DepartmentEvaluation evaluation) {
    title(evaluation.period().title("项目支出绩效自评结果汇总"), false);
    List<ProjectEvaluation> ranking = evaluation.ranking();
    StringBuilder counts = new StringBuilder("共 " + ranking.size() + " 个项目：");
    boolean first = true;
    for (var g : evaluation.grades().entrySet()) {
      counts.append(first ? "" : "，").append(g.getKey().label()).append(' ').append(g.getValue());
      first = false;
    }
    paragraph(counts.toString(), ParagraphAlignment.LEFT, false, 12);
    String[] heads = {"排名", "项目名称", "文件", "表", "得分", "等级", "问题"};
    XWPFTable table = table(SUMMARY);
    XWPFTableRow h = table.insertNewTableRow(table.getNumberOfRows());
    h.setRepeatHeader(true);
    for (int c = 0; c < heads.length; c++) {
      cell(h, SUMMARY[c], heads[c], Form.Style.LABEL);
    }
    int rank = 0;
    for (ProjectEvaluation e : ranking) {
      XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
      cell(row, SUMMARY[0], e.ranked() ? String.valueOf(++rank) : Form.DASH, Form.Style.NUMBER);
      cell(row, SUMMARY[1], e.name(), Form.Style.TEXT);
      cell(row, SUMMARY[2], e.source(), Form.Style.TEXT);
      cell(row, SUMMARY[3], String.valueOf(e.seq()), Form.Style.NUMBER);
      cell(
          row,
          SUMMARY[4],
          e.score() == null ? Form.DASH : e.score().toPlainString(),
          Form.Style.NUMBER);
      cell(row, SUMMARY[5], e.grade() == null ? Form.DASH : e.grade().label(), Form.Style.NUMBER);
      cell(row, SUMMARY[6], String.valueOf(e.findings().size()), Form.Style.NUMBER);
    }
    table.removeRow(0);
  }

  private void project(ProjectEvaluation e, EvaluationPeriod period) {
    Form form = Form.of(e, period);
    title(period.title(Form.TITLE), true);
    paragraph(form.subtitle(), ParagraphAlignment.CENTER, false, 12);
    paragraph(e.source() + " 表 " + e.seq(), ParagraphAlignment.RIGHT, false, 9);
    int[] widths = COLUMNS.clone();
    int used = 0;
    for (int i = 0; i < widths.length - 1; i++) {
      used += widths[i];
    }
    widths[widths.length - 1] = TEXT_WIDTH - used;
    XWPFTable table = table(widths);
    for (int r = 0; r < form.rows(); r++) {
      XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
      row.setCantSplitRow(true);
      row.setHeight(400);
      row.setHeightRule(TableRowHeightRule.AT_LEAST);
      int c = 0;
      while (c < Form.COLUMNS) {
        Form.Cell cell = form.covering(r, c);
        if (cell == null) {
          cell(row, widths[c], "", Form.Style.TEXT);
          c++;
          continue;
        }
        int width = 0;
        for (int k = cell.col(); k < cell.col() + cell.colSpan(); k++) {
          width += widths[k];
        }
        XWPFTableCell tc = cell(row, width, cell.row() == r ? cell.text() : "", cell.style());
        CTTcPr pr = tc.getCTTc().getTcPr();
        if (cell.colSpan() > 1) {
          pr.addNewGridSpan().setVal(BigInteger.valueOf(cell.colSpan()));
        }
        if (cell.rowSpan() > 1) {
          pr.addNewVMerge().setVal(cell.row() == r ? STMerge.RESTART : STMerge.CONTINUE);
        }
        c = cell.col() + cell.colSpan();
      }
    }
    table.removeRow(0);
    if (!e.findings().isEmpty()) {
      paragraph("自评中发现的问题：", ParagraphAlignment.LEFT, true, 10.5);
      for (Finding f : e.findings()) {
        paragraph(
            f.severity().label()
                + " "
                + f.rule()
                + " "
                + f.location().describe()
                + "："
                + f.message()
                + "。建议："
                + f.suggestion(),
            ParagraphAlignment.LEFT,
            false,
            10.5);
      }
    }
  }

  private void title(String text, boolean newPage) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setPageBreak(newPage);
    p.setSpacingAfter(120);
    XWPFRun r = p.createRun();
    r.setText(safe(text));
    font(r, HEI, 18, false);
  }

  private void paragraph(String text, ParagraphAlignment align, boolean bold, double size) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(align);
    p.setSpacingAfter(60);
    XWPFRun r = p.createRun();
    r.setText(safe(text));
    font(r, SONG, size, bold);
  }

  /** An empty table of the given column widths (twips), full text width, single borders. */
  private XWPFTable table(int[] widths) {
    XWPFTable table = doc.createTable();
    CTTbl ct = table.getCTTbl();
    CTTblPr pr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
    CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(TEXT_WIDTH));
    pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
    CTTblCellMar margins = pr.addNewTblCellMar();
    CTTblWidth left = margins.addNewLeft();
    left.setType(STTblWidth.DXA);
    left.setW(BigInteger.valueOf(CELL_MARGIN));
    CTTblWidth right = margins.addNewRight();
    right.setType(STTblWidth.DXA);
    right.setW(BigInteger.valueOf(CELL_MARGIN));
    CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int width : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(width));
    }
    table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    return table;
  }

  /** A new cell at the end of {@code row}, {@code width} twips wide, holding {@code text}. */
  private static XWPFTableCell cell(XWPFTableRow row, int width, String text, Form.Style style) {
    XWPFTableCell cell = row.addNewTableCell();
    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    CTTblWidth w = pr.addNewTcW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(width));
    cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
    if (style == Form.Style.LABEL) {
      cell.setColor("F0F0F0");
    }
    XWPFParagraph p =
        cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
    p.setAlignment(style == Form.Style.TEXT ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
    p.setSpacingAfter(0);
    p.setSpacingBefore(0);
    String[] lines = text.split("\n", -1);
    XWPFRun r = p.createRun();
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        r.addBreak();
      }
      r.setText(safe(lines[i]));
    }
    font(r, SONG, 10.5, style == Form.Style.LABEL);
    return cell;
  }

  private static void font(XWPFRun r, String eastAsia, double size, boolean bold) {
    r.setFontFamily(LATIN, XWPFRun.FontCharRange.ascii);
    r.setFontFamily(LATIN, XWPFRun.FontCharRange.hAnsi);
    r.setFontFamily(eastAsia, XWPFRun.FontCharRange.eastAsia);
    r.setFontSize(size);
    r.setBold(bold);
  }

  /** The text without characters XML 1.0 cannot hold; tabs and line breaks become spaces. */
  static String safe(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (c == '\t' || c == '\n' || c == '\r') {
        b.append(' ');
      } else if (c >= 0x20 && !Character.isSurrogate(c) && c != 0xfffe && c != 0xffff) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
