package io.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.Indicator;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Word originals as departments make them by hand: cells spanning grid columns, merged cells, a
 * table of contents, several goal paragraphs in one cell; and files that are not what they claim.
 */
class DocxReaderTest {

  private final DocumentReader reader = new DocumentReader();

  @Test
  void readsAHandMadeTableWithSpansAndMergesAsPrinted() throws IOException {
    ImportResult r = reader.read("手工.docx", handMade());

    assertThat(r.errors()).isEmpty();
    assertThat(r.document().source()).isEqualTo("手工.docx");
    assertThat(r.document().projects()).hasSize(1);
    Project p = r.document().projects().get(0);
    assertThat(p.seq()).isEqualTo(1);
    assertThat(p.title()).isEqualTo("测试项目绩效目标表");
    assertThat(p.unit().code().value()).isEqualTo("543001");
    assertThat(p.unit().name()).isEqualTo("测试单位本级");
    assertThat(p.name()).isEqualTo("测试项目");
    assertThat(p.budget().total().wan()).isEqualByComparingTo("15");
    assertThat(p.budget().fiscal().wan()).isEqualByComparingTo("12.5");
    assertThat(p.budget().other()).isNull();
    assertThat(p.fundUse()).isEqualTo("用于测试支出。");
    assertThat(p.goals()).containsExactly("完成甲目标", "完成乙目标");
  }

  @Test
  void aSpanningCellKeepsTheSpendingPlanValuesUnderTheirMonths() throws IOException {
    // 3月底 spans two grid columns: the values row has one cell per grid column
    Project p = reader.read("手工.docx", handMade()).document().projects().get(0);

    assertThat(p.spendingPlan().checkpoints())
        .containsExactly(Percent.of(25), Percent.of(50), Percent.of(75), Percent.of(100));
  }

  @Test
  void mergedLevelCellsAreInheritedAndAMergedBasisHoldsForEveryRow() throws IOException {
    Project p = reader.read("手工.docx", handMade()).document().projects().get(0);

    assertThat(p.indicators())
        .containsExactly(
            new Indicator("产出指标", "数量指标", "检查次数", "开展检查", "≥1 次", "年度计划"),
            new Indicator("产出指标", "数量指标", "检查单位", "覆盖单位", "≥2 个", "年度计划"),
            new Indicator("产出指标", "质量指标", "合格率", "检查合格", "100%", "年度计划"),
            new Indicator("满意度指标", "服务对象满意度指标", "满意度", "对象满意", "≥90%", "行业标准"));
  }

  @Test
  void theTableOfContentsIsNotReadAsTableTitles() throws IOException {
    // the contents field lists "1. 测试项目绩效目标表" without a page number
    ImportResult r = reader.read("手工.docx", handMade());

    assertThat(r.problems()).isEmpty();
    assertThat(r.document().projects()).hasSize(1);
  }

  @Test
  void aProblemSaysWhereInTheWordFileItIs() throws IOException {
    XWPFDocument doc = new XWPFDocument();
    paragraph(doc, "1. 坏编码项目绩效目标表");
    CTTbl t = doc.getDocument().getBody().addNewTbl();
    grid(t, 4);
    row(t, c("项目编码"), c("12-34"), c("项目名称"), c("坏编码项目"));
    row(t, c("一级指标"), c("二级指标"), c("三级指标"), c("指标值"));
    row(t, c("产出指标"), c("数量指标"), c("次数"), c("1次"));
    paragraph(doc, "");

    ImportResult r = reader.read("坏编码.docx", bytes(doc));

    assertThat(r.errors()).isEmpty();
    assertThat(r.document().projects().get(0).code()).isNull();
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo("IMP-CODE-INVALID");
              assertThat(e.line()).isZero();
              assertThat(e.table()).isEqualTo(1);
              assertThat(e.message()).endsWith("（位置：表格 1 第 1 行）");
            });
  }

  @Test
  void aTitlePrintedInsideTheTableIsATitleAsAbove() throws IOException {
    XWPFDocument doc = new XWPFDocument();
    CTTbl t = doc.getDocument().getBody().addNewTbl();
    grid(t, 4);
    row(t, c("1. 标题在表内绩效目标表").span(4));
    row(t, c("单位：万元").span(4));
    row(t, c("项目名称"), c("表内项目").span(3));
    row(t, c("预算规模及资金用途"), c("预算数"), c("8.00"), c(""));
    row(t, c("一级指标"), c("二级指标"), c("三级指标"), c("指标值"));
    row(t, c("产出指标"), c("数量指标"), c("次数"), c("1次"));
    paragraph(doc, "");

    ImportResult r = reader.read("表内标题.docx", bytes(doc));

    assertThat(r.problems()).isEmpty();
    Project p = r.document().projects().get(0);
    assertThat(p.title()).isEqualTo("标题在表内绩效目标表");
    assertThat(p.name()).isEqualTo("表内项目");
    assertThat(p.budget().total().wan()).isEqualByComparingTo("8");
  }

  @Test
  void anOldWordFileIsRefusedWithAdviceNotReadAsText() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
      fs.writeFilesystem(out);
    }

    ImportResult r = reader.read("旧版.doc", out.toByteArray());

    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo("IMP-DOC-LEGACY");
              assertThat(e.message()).contains("另存为 .docx");
            });
  }

  @Test
  void aCorruptZipGivesAClearError() throws IOException {
    byte[] whole = handMade();
    byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
    assertThat(new String(truncated, StandardCharsets.ISO_8859_1)).contains("word/");

    ImportResult r = reader.read("坏文件.docx", truncated);

    assertThat(r.document()).isNull();
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo("IMP-DOCX-UNREADABLE");
              assertThat(e.file()).isEqualTo("坏文件.docx");
              assertThat(e.message()).startsWith("无法打开 Word 文件：文件已损坏或不是有效的 .docx");
            });
  }

  @Test
  void aWordFileWithoutTablesSaysItHasNone() throws IOException {
    XWPFDocument doc = new XWPFDocument();
    paragraph(doc, "承德市自然资源和规划局");
    paragraph(doc, "2023 年部门预算绩效文本");
    paragraph(doc, "本文件只有文字，没有绩效目标表。");

    ImportResult r = reader.read("无表.docx", bytes(doc));

    assertThat(r.document()).isNull();
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo("IMP-NO-TABLES");
              assertThat(e.message()).contains("该 Word 文件中没有表格");
            });
  }

  @Test
  void recognisesWordByItsBytesNotItsName() throws IOException {
    DocxReader docx = new DocxReader();

    assertThat(docx.accepts(handMade())).isTrue();
    assertThat(docx.accepts("一级指标\t二级指标".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(docx.accepts(new byte[] {'P', 'K', 3, 4, 'x', 'l', '/'})).isFalse();
    assertThat(reader.read("看似文本.txt", handMade()).document().projects()).hasSize(1);
  }

  @Test
  void headingsAndPageBreaksBecomeTheMarksOfTheTextExports() throws IOException {
    XWPFDocument doc = new XWPFDocument();
    XWPFParagraph h = paragraph(doc, "第一部分 部门整体绩效目标");
    h.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
    h.setPageBreak(true);
    XWPFParagraph p = paragraph(doc, "第一段");
    p.createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
    p.createRun().setText("下一页");
    paragraph(doc, "甲\t乙");

    List<String> lines = DocxLines.of(doc).lines().stream().map(DocxLines.Line::text).toList();

    assertThat(lines).containsExactly("---", "---", "# 第一部分 部门整体绩效目标", "第一段", "---", "下一页", "甲 乙");
  }

  // ---- a hand-made Word file

  /**
   * A title, a unit line, a contents field, and one table on a grid of six columns:
   *
   * <pre>
   * 项目名称 | 测试项目 (5)
   * 预算规模及资金用途 ↓ | 预算数 | 15.00 | 其中：财政资金 | 12.50 | 其他资金
   *   ↑ | 用于测试支出。 (5)
   * 资金支出计划（%）↓ | 3月底 (2) | 6月底 | 10月底 | 12月底
   *   ↑ | 25% | | 50% | 75% | 100%
   * 绩效目标 | 1. 完成甲目标 ¶ 2. 完成乙目标 (5)
   * 一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 | 指标值确定依据
   * 产出指标 ↓ | 数量指标 ↓ | … | 年度计划 ↓
   *   ↑ | ↑ | … | ↑
   *   ↑ | 质量指标 | … | ↑
   * 满意度指标 | 服务对象满意度指标 | … | 行业标准
   * </pre>
   */
  private static byte[] handMade() throws IOException {
    XWPFDocument doc = new XWPFDocument();
    paragraph(doc, "目录");
    contents(doc, "1. 测试项目绩效目标表");
    paragraph(doc, "1. 测试项目绩效目标表");
    paragraph(doc, "543001 测试单位本级");
    paragraph(doc, "单位：万元");
    CTTbl t = doc.getDocument().getBody().addNewTbl();
    grid(t, 6);
    row(t, c("项目名称"), c("测试项目").span(5));
    row(t, c("预算规模及资金用途").restart(), c("预算数"), c("15.00"), c("其中：财政资金"), c("12.50"), c("其他资金"));
    row(t, c("").cont(), c("用于测试支出。").span(5));
    row(t, c("资金支出计划（%）").restart(), c("3月底").span(2), c("6月底"), c("10月底"), c("12月底"));
    row(t, c("").cont(), c("25%"), c(""), c("50%"), c("75%"), c("100%"));
    row(t, c("绩效目标"), c("1. 完成甲目标", "2. 完成乙目标").span(5));
    row(t, c("一级指标"), c("二级指标"), c("三级指标"), c("绩效指标描述"), c("指标值"), c("指标值确定依据"));
    row(
        t,
        c("产出指标").restart(),
        c("数量指标").restart(),
        c("检查次数"),
        c("开展检查"),
        c("≥1 次"),
        c("年度计划").restart());
    row(t, c("").cont(), c("").cont(), c("检查单位"), c("覆盖单位"), c("≥2 个"), c("").cont());
    row(t, c("").cont(), c("质量指标"), c("合格率"), c("检查合格"), c("100%"), c("").cont());
    row(t, c("满意度指标"), c("服务对象满意度指标"), c("满意度"), c("对象满意"), c("≥90%"), c("行业标准"));
    paragraph(doc, "");
    return bytes(doc);
  }

  /** A TOC field whose cached result is one entry without a page number. */
  private static void contents(XWPFDocument doc, String entry) {
    CTP p = doc.createParagraph().getCTP();
    p.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    p.addNewR().addNewInstrText().setStringValue(" TOC \\o \"1-2\" \\h ");
    p.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    p.addNewR().addNewT().setStringValue(entry);
    p.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  private static final class Cell {
    final String[] paragraphs;
    int span = 1;
    STMerge.Enum merge;
    boolean merged;

    Cell(String... paragraphs) {
      this.paragraphs = paragraphs;
    }

    Cell span(int n) {
      span = n;
      return this;
    }

    Cell restart() {
      merged = true;
      merge = STMerge.RESTART;
      return this;
    }

    Cell cont() {
      merged = true;
      return this;
    }
  }

  private static Cell c(String... paragraphs) {
    return new Cell(paragraphs);
  }

  private static void grid(CTTbl t, int columns) {
    var g = t.addNewTblGrid();
    for (int i = 0; i < columns; i++) {
      g.addNewGridCol().setW(BigInteger.valueOf(1400));
    }
  }

  private static void row(CTTbl t, Cell... cells) {
    CTRow tr = t.addNewTr();
    for (Cell cell : cells) {
      CTTc tc = tr.addNewTc();
      CTTcPr pr = tc.addNewTcPr();
      if (cell.span > 1) {
        pr.addNewGridSpan().setVal(BigInteger.valueOf(cell.span));
      }
      if (cell.merged) {
        var m = pr.addNewVMerge();
        if (cell.merge != null) {
          m.setVal(cell.merge);
        }
      }
      for (String text : cell.paragraphs) {
        CTP p = tc.addNewP();
        if (!text.isEmpty()) {
          p.addNewR().addNewT().setStringValue(text);
        }
      }
    }
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
    XWPFParagraph p = doc.createParagraph();
    if (!text.isEmpty()) {
      p.createRun().setText(text);
    }
    return p;
  }

  private static byte[] bytes(XWPFDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    doc.close();
    return out.toByteArray();
  }
}
