package io.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaxonomyTest {

  @Test
  void costIsALevel2UnderOutputInTheClassicTaxonomyAndALevel1In2021() {
    assertThat(Taxonomy.CLASSIC.allows(Level1.OUTPUT, Level2.COST)).isTrue();
    assertThat(Taxonomy.GUIDELINE_2021.allows(Level1.OUTPUT, Level2.COST)).isFalse();
    assertThat(Taxonomy.GUIDELINE_2021.allows(Level1.COST, Level2.ECONOMIC_COST)).isTrue();
    assertThat(Taxonomy.CLASSIC.allowedUnder(Level1.COST)).isEmpty();
  }

  @Test
  void theAllowedLevel2sAreSharedAndCannotBeChangedByACaller() {
    assertThat(Taxonomy.CLASSIC.allowedUnder(Level1.EFFECT))
        .isSameAs(Taxonomy.CLASSIC.allowedUnder(Level1.EFFECT));
    assertThatThrownBy(() -> Taxonomy.CLASSIC.allowedUnder(Level1.OUTPUT).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(Taxonomy.CLASSIC.allows(Level1.OUTPUT, Level2.QUANTITY)).isTrue();
  }

  @Test
  void printedLabelsNameTheirLevelsWithOrWithout指标AndWhiteSpace() {
    assertThat(Level1.of("产出指标")).isEqualTo(Level1.OUTPUT);
    assertThat(Level1.of("产 出")).isEqualTo(Level1.OUTPUT);
    assertThat(Level1.of("满意度\u3000指标")).isEqualTo(Level1.SATISFACTION);
    assertThat(Level1.of("成本")).isEqualTo(Level1.COST);
    assertThat(Level1.of("产出指标 1")).isNull();
    assertThat(Level1.of("")).isNull();
    assertThat(Level1.of(null)).isNull();
    assertThat(Level2.of("成本指标")).isEqualTo(Level2.COST);
    assertThat(Level2.of("经济成本")).isEqualTo(Level2.ECONOMIC_COST);
    assertThat(Level2.of("生态成本指标")).isEqualTo(Level2.ECOLOGICAL_COST);
    assertThat(Level2.of("满意度指标")).isEqualTo(Level2.SATISFACTION);
    assertThat(Level2.of("服务对象满意度")).isEqualTo(Level2.SATISFACTION);
    assertThat(Level2.of("满意度")).isNull();
    assertThat(Level2.of("\u00a0数量 指标\t")).isEqualTo(Level2.QUANTITY);
  }

  @Test
  void aTableWithCostAsLevel1Follows2021() {
    Indicator cost = new Indicator("成本指标", "经济成本指标", "项目总成本", null, "≤10万元", null);
    Indicator output = new Indicator("产出指标", "成本指标", "项目总成本", null, "≤10万元", null);
    assertThat(Taxonomy.detect(List.of(cost))).isEqualTo(Taxonomy.GUIDELINE_2021);
    assertThat(Taxonomy.detect(List.of(output))).isEqualTo(Taxonomy.CLASSIC);
  }

  @Test
  void theDisplayNameIsTheTitleWithoutItsSuffixWhenNoNameIsPrinted() {
    Project p =
        Project.of(1, "15号地围挡美化亮化资金绩效目标表", null, null, null, null, null, null, List.of(), List.of());
    assertThat(p.displayName()).isEqualTo("15号地围挡美化亮化资金");
  }
}
