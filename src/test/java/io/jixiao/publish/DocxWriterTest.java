package io.jixiao.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import io.jixiao.document.DocumentReader;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TestDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The Word export prints the standard published layout: cover, contents, Part 1, one table each.
 */
class DocxWriterTest {

  private static XWPFDocument chengde;
  private static XWPFDocument tianjin;
  private static XWPFDocument shijiazhuang;

  @BeforeAll
  static void writeTheSeeds() throws IOException {
    chengde = written(seed(Seeds.CHENGDE), false);
    tianjin = written(seed(Seeds.TIANJIN_ECOLOGY), false);
    shijiazhuang = written(seed(Seeds.SHIJIAZHUANG), false);
  }

  @Test
  void writesOneWordTablePerProjectOfTheChengdeDocument() {
    assertThat(chengde.getTables()).hasSize(36);
  }

  @Test
  void printsTheHeaderBlockOfTheFirstChengdeTableAsPublished() {
    XWPFTable t = chengde.getTables().get(0);

    assertThat(texts(t.getRow(0)))
        .containsExactly("项目编码", "13080023P000085100062", "项目名称", "2023 年测绘地理信息资质单位质量监督检查");
    assertThat(texts(t.getRow(1)))
        .containsExactly("预算规模及资金用途", "预算数", "15.00", "其中：财政资金", "15.00", "其他资金", "");
    assertThat(texts(t.getRow(2))).containsExactly("", "用于购买第三方服务支出。");
    assertThat(texts(t.getRow(3))).containsExactly("资金支出计划（%）", "3月底", "6月底", "10月底", "12月底");
    assertThat(texts(t.getRow(4))).containsExactly("", "", "", "30%", "100%");
    assertThat(texts(t.getRow(5)))
        .containsExactly("绩效目标", "1. 开展测绘成果质量监督检查工作，落实加强测绘单位在本行政区域内测制的测绘成果质量的监督管理的政策要求。");
    assertThat(texts(t.getRow(6)))
        .containsExactly("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据");
    assertThat(texts(t.getRow(7)))
        .containsExactly("产出指标", "数量指标", "开展质量监督检查次数", "开展质量监督检查次数", "≥1 次", "年度工作计划");
    assertThat(t.getRows()).hasSize(7 + 7);
  }

  @Test
  void theLabelsOfTheHeaderBlockAreMergedDownOverTheirValueRows() {
    XWPFTable t = chengde.getTables().get(0);

    assertThat(vMerge(t.getRow(1).getCell(0))).isEqualTo("restart");
    assertThat(vMerge(t.getRow(2).getCell(0))).isEqualTo("continue");
    assertThat(vMerge(t.getRow(3).getCell(0))).isEqualTo("restart");
    assertThat(vMerge(t.getRow(4).getCell(0))).isEqualTo("continue");
  }

  @Test
  void mergesTheLevel1CellsDownOverEqualRows() {
    XWPFTable t = chengde.getTables().get(0);

    // 产出指标 over four rows, 效益指标 over two, 满意度指标 alone
    assertThat(column(t, 0, 7))
        .containsExactly(
            "restart", "continue", "continue", "continue", "restart", "continue", "none");
    assertThat(texts(t.getRow(8)).subList(0, 2)).containsExactly("", "质量指标");
    assertThat(texts(t.getRow(11)).subList(0, 2)).containsExactly("效益指标", "社会效益指标");
    assertThat(texts(t.getRow(12)).subList(0, 2)).containsExactly("", "可持续影响指标");
  }

  @Test
  void mergesTheLevel2CellsOfRepeatedLabelsInsideTheirLevel1() {
    // table 2 prints 数量指标 for two indicators in a row
    XWPFTable t = chengde.getTables().get(1);

    assertThat(texts(t.getRow(7)).subList(0, 3)).containsExactly("产出指标", "数量指标", "采集更新工作完成数");
    assertThat(texts(t.getRow(8)).subList(0, 3)).containsExactly("", "", "购买平台运维服务数");
    assertThat(column(t, 1, 7).subList(0, 3)).containsExactly("restart", "continue", "none");
  }

  @Test
  void cellsSpanTheGridColumnsBetweenTheirEdges() {
    XWPFTable t = chengde.getTables().get(0);
    int grid = t.getCTTbl().getTblGrid().sizeOfGridColArray();

    for (XWPFTableRow row : t.getRows()) {
      int spans = 0;
      for (XWPFTableCell c : row.getTableCells()) {
        CTTcPr pr = c.getCTTc().getTcPr();
        spans += pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
      }
      assertThat(spans).as("grid columns of row %s", texts(row)).isEqualTo(grid);
    }
    assertThat(grid).isGreaterThan(6);
  }

  @Test
  void aTableWithoutCodeOrPlanPrints项目名称FirstAndNoPlanRows() {
    XWPFTable t = tianjin.getTables().get(0);

    assertThat(texts(t.getRow(0))).containsExactly("项目名称", "2023年物业费项目");
    assertThat(texts(t.getRow(1)).subList(0, 3)).containsExactly("预算规模及资金用途", "预算数", "104.00");
    assertThat(t.getRows()).noneMatch(r -> texts(r).get(0).startsWith("资金支出计划"));
    assertThat(texts(t.getRow(4)))
        .as("no 指标值确定依据 column when no indicator has a basis")
        .containsExactly("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值");
  }

  @Test
  void aTableOfGoalsAndIndicatorsOnlyPrintsNothingElse() {
    XWPFTable t = shijiazhuang.getTables().get(0);

    assertThat(texts(t.getRow(0))).containsExactly("绩效目标", "1. 15 号地美化亮化资金");
    assertThat(texts(t.getRow(1)).get(0)).isEqualTo("一级指标");
    List<String> before = paragraphsBefore(shijiazhuang, t);
    assertThat(before.get(before.size() - 1)).isEqualTo("1. 15号地围挡美化亮化资金绩效目标表");
  }

  @Test
  void theTitleTheUnitLineAndTheAmountUnitStandAboveEachTable() {
    List<String> before = paragraphsBefore(chengde, chengde.getTables().get(0));

    assertThat(before.subList(before.size() - 3, before.size()))
        .containsExactly("1. 2023 年测绘地理信息资质单位质量监督检查绩效目标表", "543001 承德市自然资源和规划局本级", "单位：万元");
  }

  @Test
  void theCoverNamesTheDepartmentTheYearTheAuthorAndTheReviewer() {
    List<String> texts = chengde.getParagraphs().stream().map(XWPFParagraph::getText).toList();

    assertThat(texts.subList(0, 2)).containsExactly("承德市自然资源和规划局", "2023 年部门预算绩效文本");
    assertThat(texts).contains("承德市自然资源和规划局编制", "承德市财政局审核");
    assertThat(texts).doesNotContain("（草案）");
  }

  @Test
  void aDraftSaysSoOnTheCover() throws IOException {
    XWPFDocument draft = written(TestDocuments.small("s.json", "承德市自然资源和规划局", 2023, 1), true);

    assertThat(draft.getParagraphs().get(2).getText()).isEqualTo("（草案）");
  }

  @Test
  void withoutADepartmentTheCoverNamesTheFirstUnitAndNoYear() {
    List<String> texts = tianjin.getParagraphs().stream().map(XWPFParagraph::getText).toList();

    assertThat(texts.subList(0, 2)).containsExactly("天津市生态环境局财务处（审计处）", "部门预算绩效文本");
    assertThat(texts).contains("天津市财政局审核");
  }

  @Test
  void theFinanceBureauIsThatOfTheRegionTheNameStartsWith() {
    assertThat(DocxWriter.financeBureau("承德市自然资源和规划局")).isEqualTo("承德市财政局");
    assertThat(DocxWriter.financeBureau("石家庄高新区自然资源和规划住建局")).isEqualTo("石家庄高新区财政局");
    assertThat(DocxWriter.financeBureau("承德市双桥区住房和城乡建设局")).isEqualTo("承德市双桥区财政局");
    assertThat(DocxWriter.financeBureau("某某单位")).isNull();
  }

  @Test
  void thePartsAndSectionsAreHeadingsTheContentsFieldCollects() {
    assertThat(styled(chengde, DocxStyles.PART)).containsExactly("第一部分 部门整体绩效目标", "第二部分 预算项目绩效目标");
    assertThat(styled(chengde, DocxStyles.SECTION))
        .containsExactly("一、总体绩效目标", "二、分项绩效目标", "三、工作保障措施");
    assertThat(styled(chengde, DocxStyles.SUB_GOAL))
        .hasSize(6)
        .first()
        .isEqualTo("（一）全民所有自然资源资产所有者职责得以行使");
    assertThat(styled(chengde, DocxStyles.TABLE_TITLE)).hasSize(36);
    assertThat(styled(chengde, DocxStyles.TOC2)).hasSize(3 + 36);
    String instructions =
        chengde.getParagraphs().stream()
            .flatMap(p -> p.getCTP().getRList().stream())
            .flatMap(r -> r.getInstrTextList().stream())
            .map(t -> t.getStringValue())
            .reduce("", String::concat);
    assertThat(instructions).contains("TOC \\o \"1-2\"");
    assertThat(chengde.isEnforcedUpdateFields()).isTrue();
  }

  @Test
  void withoutPartOneTheProjectsAreTheOnlyPart() {
    assertThat(styled(tianjin, DocxStyles.PART)).containsExactly("预算项目绩效目标");
    assertThat(styled(tianjin, DocxStyles.SECTION)).isEmpty();
  }

  @Test
  void thePageIsA4WithChineseFonts() {
    var sect = chengde.getDocument().getBody().getSectPr();
    assertThat(sect.getPgSz().getW().toString()).isEqualTo("11906");
    assertThat(sect.getPgSz().getH().toString()).isEqualTo("16838");
    assertThat(sect.xmlText().split("titlePg", -1))
        .as("one first-page switch: the cover has no page number")
        .hasSize(2);
    assertThat(chengde.getProperties().getCoreProperties().getTitle())
        .isEqualTo("承德市自然资源和规划局2023 年部门预算绩效文本");
    var tableText = chengde.getStyles().getStyle(DocxStyles.TABLE_TEXT).getCTStyle().getRPr();
    assertThat(tableText.getRFontsArray(0).getEastAsia()).isEqualTo("宋体");
    var body = chengde.getStyles().getStyle(DocxStyles.BODY).getCTStyle();
    assertThat(body.getBasedOn().getVal()).isEqualTo("Normal");
  }

  // ---- helpers

  private static TargetDocument seed(String name) {
    return new DocumentReader().read(Seeds.path(name)).document();
  }

  static XWPFDocument written(TargetDocument d, boolean draft) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxWriter(draft).write(d, out);
    return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
  }

  private static List<String> texts(XWPFTableRow row) {
    return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
  }

  private static String vMerge(XWPFTableCell cell) {
    CTTcPr pr = cell.getCTTc().getTcPr();
    if (pr == null || !pr.isSetVMerge()) {
      return "none";
    }
    return pr.getVMerge().isSetVal() && pr.getVMerge().getVal() == STMerge.RESTART
        ? "restart"
        : "continue";
  }

  /** The merge state of cell {@code c} in every row from {@code from} on. */
  private static List<String> column(XWPFTable t, int c, int from) {
    return t.getRows().subList(from, t.getRows().size()).stream()
        .map(r -> vMerge(r.getCell(c)))
        .toList();
  }

  private static List<String> styled(XWPFDocument doc, String style) {
    return doc.getParagraphs().stream()
        .filter(p -> style.equals(p.getStyle()))
        .map(XWPFParagraph::getText)
        .map(String::strip)
        .toList();
  }

  private static List<String> paragraphsBefore(XWPFDocument doc, XWPFTable table) {
    int at = doc.getBodyElements().indexOf(table);
    return doc.getBodyElements().subList(0, at).stream()
        .filter(e -> e instanceof XWPFParagraph)
        .map(e -> ((XWPFParagraph) e).getText())
        .toList();
  }
}
