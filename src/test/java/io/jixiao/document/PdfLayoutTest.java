package io.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.document.PdfPage.Glyph;
import io.jixiao.document.PdfPage.Rule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the glyphs and ruling lines of a page become tab rows and paragraphs. */
class PdfLayoutTest {

  private static final float SIZE = 10f;

  private final List<Glyph> glyphs = new ArrayList<>();
  private final List<Rule> rules = new ArrayList<>();

  /** Prints {@code text} from {@code x} on the baseline {@code y}, one em per character. */
  private void print(String text, float x, float y) {
    for (int i = 0; i < text.length(); i++) {
      String c = text.substring(i, i + 1);
      float w = c.charAt(0) < 0x2e80 ? SIZE / 2 : SIZE;
      if (!c.equals(" ")) {
        glyphs.add(new Glyph(c, x, y, w, SIZE));
      }
      x += w;
    }
  }

  /** A grid of ruling lines: verticals at {@code xs} over the height, horizontals at {@code ys}. */
  private void grid(float[] xs, float[] ys) {
    for (float x : xs) {
      rules.add(new Rule(false, x, ys[0], ys[ys.length - 1]));
    }
    for (float y : ys) {
      rules.add(new Rule(true, y, xs[0], xs[xs.length - 1]));
    }
  }

  private List<String> lines() {
    PdfPage page = new PdfPage(1, 595, 842, glyphs, rules, 0);
    return PdfLayout.of(page).lines().stream().map(PdfLayout.Line::text).toList();
  }

  @Test
  void aMergedCellGoesToTheRowWhereItStartsAndTheRowsBelowKeepTheirColumns() {
    grid(new float[] {50, 150, 250, 350}, new float[] {100, 120, 140, 160});
    // the merged first column has no line at 140: one box from 120 to 160, its label in the middle
    rules.removeIf(r -> r.horizontal() && r.at() == 140f);
    rules.add(new Rule(true, 140, 150, 350));
    print("一级指标", 55, 114);
    print("二级指标", 155, 114);
    print("指标值", 255, 114);
    print("产出指标", 55, 144);
    print("数量指标", 155, 134);
    print("≥1 次", 255, 134);
    print("质量指标", 155, 154);
    print("≥90%", 255, 154);

    assertThat(lines()).containsExactly("一级指标\t二级指标\t指标值", "产出指标\t数量指标\t≥1 次", "\t质量指标\t≥90%");
  }

  @Test
  void theLinesOfAWrappedCellJoinWithNothing() {
    grid(new float[] {50, 120, 300}, new float[] {100, 150});
    print("成本指标", 55, 115);
    print("成果质量监督检查工作方", 125, 115);
    print("案完成率", 125, 128);
    print("（2023 年）", 125, 141);

    assertThat(lines()).containsExactly("成本指标\t成果质量监督检查工作方案完成率（2023 年）");
  }

  @Test
  void aValueStandsUnderItsCheckpointEvenWhenCellsBeforeItAreBlank() {
    grid(new float[] {50, 100, 150, 200, 250, 300}, new float[] {100, 120, 140});
    print("支出计划", 52, 114);
    print("3月底", 102, 114);
    print("6月底", 152, 114);
    print("10月底", 202, 114);
    print("12月底", 252, 114);
    print("30%", 202, 134);
    print("100%", 252, 134);

    assertThat(lines()).containsExactly("支出计划\t3月底\t6月底\t10月底\t12月底", "\t\t\t30%\t100%");
  }

  @Test
  void aParagraphWrappedAtTheRightEdgeIsOneLineAndAnIndentedOneStartsAnother() {
    print("以习近平新时代中国特色社会主义思想为指导，紧紧围绕", 70, 100);
    print("国家、省、市自然资源和规划管理中心工作。", 50, 114);
    print("绩效目标：自然资源资产产权制度体系构建加快。", 70, 140);

    assertThat(lines())
        .containsExactly("以习近平新时代中国特色社会主义思想为指导，紧紧围绕国家、省、市自然资源和规划管理中心工作。", "绩效目标：自然资源资产产权制度体系构建加快。");
  }

  @Test
  void tableOfContentsEntriesStayOneLineEach() {
    print("1. 一号项目绩效目标表........................................6", 50, 100);
    print("2. 二号项目绩效目标表........................................7", 50, 114);

    assertThat(lines())
        .containsExactly(
            "1. 一号项目绩效目标表........................................6",
            "2. 二号项目绩效目标表........................................7");
  }

  @Test
  void wordsFarApartOutsideRulesAreColumnsOfATableDrawnWithoutLines() {
    print("一级指标", 50, 100);
    print("二级指标", 150, 100);
    print("指标值", 250, 100);
    print("543001 某某局本级", 50, 130);
    print("单位：万元", 400, 130);

    assertThat(lines()).containsExactly("一级指标\t二级指标\t指标值", "543001 某某局本级", "单位：万元");
  }

  @Test
  void glyphsWithoutUnicodeAreCountedNotInvented() {
    print("产出", 50, 100);
    glyphs.add(new Glyph("\ufffd", 70, 100, SIZE, SIZE));

    PdfLayout.Result r = PdfLayout.of(new PdfPage(1, 595, 842, glyphs, rules, 0));

    assertThat(r.glyphs()).isEqualTo(3);
    assertThat(r.unreadable()).isEqualTo(1);
    assertThat(r.lines()).extracting(PdfLayout.Line::text).containsExactly("产出");
  }
}
