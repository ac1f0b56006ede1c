package io.jixiao.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.monitor.Achievement;
import io.jixiao.monitor.IndicatorActual;
import io.jixiao.review.RulePack;
import io.jixiao.model.TargetValues;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The share of its weight one indicator earns, on the edge cases the scoring rules decide. */
class ScoringTest {

  private final Scoring scoring = new Scoring(RulePack.defaults().evaluation());

  private String share(String target, String actual) {
    IndicatorActual a =
        new IndicatorActual(
            1,
            YearMonth.of(2023, 12),
            actual,
            TargetValues.parse(actual),
            Achievement.of(actual),
            null);
    Scoring.Outcome o = scoring.score(TargetValues.parse(target), a, 2023);
    return o.scorable() ? o.share().stripTrailingZeros().toPlainString() : "E4";
  }

  @Test
  void aTargetOfZeroUnderGreaterOrEqualIsMetByAnyActual() {
    assertThat(share("≥0个", "0个")).isEqualTo("1");
    assertThat(share("≥0个", "3个")).isEqualTo("1");
  }

  @Test
  void aTargetOfZeroUnderGreaterNeedsMoreThanZero() {
    assertThat(share(">0个", "0个")).isEqualTo("0");
    assertThat(share(">0个", "1个")).isEqualTo("1");
  }

  @Test
  void aBareZeroIsMetOnlyByZero() {
    assertThat(share("0起", "0起")).isEqualTo("1");
    assertThat(share("0起", "1起")).isEqualTo("0");
  }

  @Test
  void anActualOfZeroUnderLessOrEqualEarnsFullPoints() {
    assertThat(share("≤15万元", "0万元")).isEqualTo("1");
    assertThat(share("≤0起", "0起")).isEqualTo("1");
    assertThat(share("≤0起", "2起")).isEqualTo("0");
    assertThat(share("<5%", "10%")).isEqualTo("0.5");
  }

  @Test
  void aBareNumberThatLooksLikeAYearAndMonthIsScoredAsANumberAgainstAQuantity() {
    // issue 18: 2068.3 was read as March 2068 and could not be scored
    assertThat(share("2068.30", "2068.3")).isEqualTo("1");
    assertThat(share("≥4136.6", "2068.3")).isEqualTo("0.5");
    assertThat(share("2023年12月底前", "2023.11")).isEqualTo("1");
  }

  @Test
  void aBareNumberAboveItsTargetIsCappedAsSpecified() {
    assertThat(share("11个", "12个")).isEqualTo("1");
    assertThat(share("4个", "3个")).isEqualTo("0.75");
  }

  @Test
  void anActualWithoutUnitIsReadInTheTargetsUnit() {
    assertThat(share("≥90%", "81")).isEqualTo("0.9");
    assertThat(share("100 良好", "80分")).isEqualTo("0.8");
  }

  @Test
  void moneyComparesInWan() {
    assertThat(share("≤22 万元", "240000元")).isEqualTo("0.9166666667");
    assertThat(share("≥1亿元", "5000万元")).isEqualTo("0.5");
  }

  @Test
  void aDeadlineIsMetOnOrBeforeItsLastDay() {
    assertThat(share("2023年12月31日前完成", "2023年12月31日")).isEqualTo("1");
    assertThat(share("12月底前", "12月")).isEqualTo("1");
    assertThat(share("2023年12月15日前", "2023年12月")).isEqualTo("0");
    assertThat(share("2023年底前", "2024年1月2日")).isEqualTo("0");
    assertThat(share("上半年", "2023年6月30日")).isEqualTo("1");
  }

  @Test
  void gradedWordsEarnThePacksShares() {
    assertThat(share("巩固提升", "达成")).isEqualTo("1");
    assertThat(share("巩固提升", "基本达成")).isEqualTo("0.8");
    assertThat(share("巩固提升", "部分完成")).isEqualTo("0.6");
    assertThat(share("巩固提升", "未达成")).isEqualTo("0");
    assertThat(share("合格", "合格")).isEqualTo("1");
  }

  @Test
  void aTargetRelativeToLastYearIsGraded() {
    assertThat(share("较上年提高", "基本达成")).isEqualTo("0.8");
    assertThat(share("较上年提高", "12%")).isEqualTo("E4");
  }

  @Test
  void aBlankTargetIsGradedToo() {
    assertThat(share("", "达成")).isEqualTo("1");
    assertThat(share("", "95%")).isEqualTo("E4");
  }

  @Test
  void anActualOfAnotherKindOrUnitIsNotComparable() {
    assertThat(share("≥90%", "达成")).isEqualTo("E4");
    assertThat(share("≥90%", "3次")).isEqualTo("E4");
    assertThat(share("12月底前", "100%")).isEqualTo("E4");
    assertThat(share("巩固提升", "100%")).isEqualTo("E4");
  }

  @Test
  void aSignWrittenWithTheActualIsIgnored() {
    assertThat(share("≥90%", "≥95%")).isEqualTo("1");
    assertThat(share("≥90%", "≥45%")).isEqualTo("0.5");
  }
}
