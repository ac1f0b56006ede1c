package io.jixiao.publish;

import static io.jixiao.model.TestDocuments.document;
import static io.jixiao.model.TestDocuments.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.SeedPdfs;
import io.jixiao.Seeds;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TestDocuments;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfWriterTest {

  private static final TargetDocument CHENGDE = SeedPdfs.document(Seeds.CHENGDE);

  private static PDDocument chengde() throws IOException {
    return Loader.loadPDF(SeedPdfs.pdf(Seeds.CHENGDE));
  }

  private static String text(PDDocument pdf, int from, int to) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    stripper.setStartPage(from);
    stripper.setEndPage(to);
    return stripper.getText(pdf);
  }

  private static String compact(String s) {
    return s.replaceAll("\\s+", "");
  }

  @Test
  void printsTheChengdeDocumentOnA4WithCoverContentsPartOneAndAPageAtLeastPerTable()
      throws IOException {
    try (PDDocument pdf = chengde()) {
      assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(36 + 3).isLessThan(80);
      for (PDPage page : pdf.getPages()) {
        assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, within(1f));
        assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, within(1f));
      }
      assertThat(text(pdf, 1, pdf.getNumberOfPages()))
          .contains("第一部分 部门整体绩效目标", "第二部分 预算项目绩效目标", "三、工作保障措施");
    }
  }

  @Test
  void theTextLayerHoldsTheChineseTitleOfEveryTableAndValuesSuchAsAtLeastNinetyFivePercent()
      throws IOException {
    try (PDDocument pdf = chengde()) {
      String all = compact(text(pdf, 3, pdf.getNumberOfPages()));
      for (Project p : CHENGDE.projects()) {
        assertThat(all).contains(compact(p.seq() + "." + p.title()));
      }
      assertThat(all)
          .contains("2023年测绘地理信息资质单位质量监督检查绩效目标表")
          .contains("≥95%", "≥1次", "≤100%", "12月底前", "巩固提升")
          .contains("13080023P000085100062", "543001承德市自然资源和规划局本级", "单位：万元");
    }
  }

  @Test
  void embedsItsOnlyFontAsASubsetThatMapsBackToUnicode() throws IOException {
    try (PDDocument pdf = chengde()) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          fonts.add(resources.getFont(name));
        }
      }
      assertThat(fonts).isNotEmpty();
      for (PDFont font : fonts) {
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        assertThat(font.getName()).matches("[A-Z]{6}\\+.+");
        assertThat(font.getCOSObject().containsKey(COSName.TO_UNICODE)).isTrue();
      }
    }
  }

  @Test
  void theCoverNamesTheDepartmentTheYearAndWhoDraftsAndReviews() throws IOException {
    try (PDDocument pdf = chengde()) {
      String cover = text(pdf, 1, 1);
      assertThat(cover.lines().map(String::strip).filter(s -> !s.isEmpty()).toList())
          .containsExactly("承德市自然资源和规划局", "2023 年部门预算绩效文本", "承德市自然资源和规划局编制", "承德市财政局审核");
    }
  }

  @Test
  void theContentsGiveThePageOnWhichEachTableStarts() throws IOException {
    Pattern entry = Pattern.compile("^(\\d+)\\. .*?绩效目标表\\s*\\.{3,}\\s*(\\d+)$");
    try (PDDocument pdf = chengde()) {
      String contents = text(pdf, 2, 3);
      List<int[]> found = new ArrayList<>();
      for (String line : contents.split("\n")) {
        Matcher m = entry.matcher(line.strip());
        if (m.find()) {
          found.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
        }
      }
      assertThat(found).hasSizeGreaterThan(30);
      for (int[] e : List.of(found.get(0), found.get(found.size() - 1))) {
        Project p = CHENGDE.projects().get(e[0] - 1);
        String page = compact(text(pdf, e[1], e[1]));
        assertThat(page).contains(compact(p.seq() + "." + p.title()));
      }
    }
  }

  @Test
  void aTableLongerThanAPageRepeatsItsIndicatorHeaderOnEveryPage() throws IOException {
    TestDocuments.ProjectBuilder long1 = project(1, "长表绩效目标表").budget("10", "10", null);
    for (int i = 1; i <= 70; i++) {
      long1.indicator("产出指标", "数量指标", "指标" + i, "第" + i + "项工作的完成数量", "≥" + i + "个", "年度计划");
    }
    TargetDocument d =
        document("long.txt").department("某某市某某局", 2024).projects(long1.build()).build();
    try (PDDocument pdf = Loader.loadPDF(SeedPdfs.write(d))) {
      int pages = pdf.getNumberOfPages();
      int first = -1;
      for (int p = 1; p <= pages; p++) {
        if (text(pdf, p, p).contains("一级指标") && first < 0) {
          first = p;
        }
      }
      assertThat(pages - first + 1).as("pages of the table").isGreaterThanOrEqualTo(2);
      for (int p = first; p <= pages; p++) {
        assertThat(compact(text(pdf, p, p)))
            .as("page " + p)
            .contains("一级指标二级指标三级指标绩效指标描述指标值指标值确定依据");
      }
      assertThat(compact(text(pdf, pages, pages))).contains("指标70", "≥70个");
    }
  }

  @Test
  void printsMarkupCharactersAsTextAndWritesBlankFieldsAsEmptyCells() throws IOException {
    TargetDocument every = TestDocuments.everyField("every.txt");
    Project odd =
        project(4, "A&B <工程> \"改造\"绩效目标表")
            .indicator("产出指标", "数量指标", "<b>数量</b>", null, "≥1 & ≤3个", null)
            .build();
    List<Project> projects = new ArrayList<>(every.projects());
    projects.add(odd);
    TargetDocument d =
        new TargetDocument("every.txt", every.department(), every.overall(), projects);
    try (PDDocument pdf = Loader.loadPDF(SeedPdfs.write(d))) {
      String all = text(pdf, 1, pdf.getNumberOfPages());
      assertThat(all).contains("A&B <工程> \"改造\"绩效目标表", "<b>数量</b>", "≥1 & ≤3个");
      assertThat(all).contains("其他项目绩效目标表", "某单位", "法律法规教育普及率 ≥90%");
      assertThat(all).contains("12.3456", "60.5%");
    }
  }

  @Test
  void theReviewerIsTheFinanceAuthorityOfTheDepartmentsRegion() {
    assertThat(PdfHtml.reviewer("承德市自然资源和规划局")).isEqualTo("承德市财政局");
    assertThat(PdfHtml.reviewer("天津市生态环境局")).isEqualTo("天津市财政局");
    assertThat(PdfHtml.reviewer("石家庄高新区自然资源和规划住建局")).isEqualTo("石家庄高新区财政局");
    assertThat(PdfHtml.reviewer("河北省自然资源厅")).isEqualTo("河北省财政厅");
    assertThat(PdfHtml.reviewer("自然资源部")).isEqualTo("财政部门");
  }

  @Test
  void withoutAChineseTrueTypeFontTheErrorNamesThePackageToInstall() {
    assertThatThrownBy(() -> CjkFont.find(List.of("/nonexistent/wqy-zenhei.ttc")))
        .isInstanceOf(CjkFont.MissingFontException.class)
        .hasMessageContaining("apt-get install -y fonts-wqy-zenhei")
        .hasMessageContaining("JIXIAO_PDF_FONT")
        .hasMessageContaining("/nonexistent/wqy-zenhei.ttc");
  }

  private static org.assertj.core.data.Offset<Float> within(float f) {
    return org.assertj.core.data.Offset.offset(f);
  }
}
