package io.jixiao.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.TargetValue;
import io.jixiao.model.TargetValues;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Units of an actual against its target's. */
class ActualUnitsTest {

  private static TargetValue.Quantity q(String printed) {
    return (TargetValue.Quantity) TargetValues.parse(printed);
  }

  @Test
  void aCountAgainstAPercentageOrAPercentageAgainstMoneyContradicts() {
    assertThat(ActualUnits.contradicts(q("≥95%"), q("12个"))).isTrue();
    assertThat(ActualUnits.contradicts(q("≤10万元"), q("95%"))).isTrue();
    assertThat(ActualUnits.contradicts(q("≥40平方公里"), q("40公里"))).isTrue();
    assertThat(ActualUnits.contradicts(q("≤1 年"), q("3个"))).isTrue();
  }

  @Test
  void unitsOfOneKindOrAMissingUnitDoNotContradict() {
    assertThat(ActualUnits.contradicts(q("≥95%"), q("96"))).isFalse();
    assertThat(ActualUnits.contradicts(q("≤10万元"), q("95000元"))).isFalse();
    assertThat(ActualUnits.contradicts(q("≥1 个"), q("2项"))).isFalse();
    assertThat(ActualUnits.contradicts(q("≥10TB"), q("12个"))).isFalse();
  }

  @Test
  void convertsWhereTheFactorIsExact() {
    assertThat(ActualUnits.inUnitOf(q("≤10万元"), q("95000元"))).contains(new BigDecimal("9.5"));
    assertThat(ActualUnits.inUnitOf(q("≥1000米"), q("1.5公里"))).contains(new BigDecimal("1500"));
    assertThat(ActualUnits.inUnitOf(q("≤2小时"), q("90分钟"))).contains(new BigDecimal("1.5"));
    assertThat(ActualUnits.inUnitOf(q("≤1 年"), q("10个月")))
        .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("0.8333333333333333"));
    assertThat(ActualUnits.inUnitOf(q("≥5‰"), q("0.6%"))).contains(new BigDecimal("6"));
    assertThat(ActualUnits.inUnitOf(q("≥36.5万人"), q("400000人"))).contains(new BigDecimal("40"));
    assertThat(ActualUnits.inUnitOf(q("≥95%"), q("96"))).contains(new BigDecimal("96"));
  }

  @Test
  void doesNotConvertDaysToMonthsMuToSquareMetresOrOneMeasureWordToAnother() {
    assertThat(ActualUnits.inUnitOf(q("≤1 年"), q("300天"))).isEmpty();
    assertThat(ActualUnits.inUnitOf(q("≥100亩"), q("70000平方米"))).isEmpty();
    assertThat(ActualUnits.inUnitOf(q("≥1 个"), q("2项"))).isEmpty();
  }

  @Test
  void namesTheKindOfAUnit() {
    assertThat(ActualUnits.kind("万元")).isEqualTo("金额");
    assertThat(ActualUnits.kind("平方公里")).isEqualTo("面积");
    assertThat(ActualUnits.kind("人次")).isEqualTo("计数");
    assertThat(ActualUnits.kind("次/年")).isEqualTo("比率：计数");
    assertThat(ActualUnits.kind(null)).isNull();
  }
}
