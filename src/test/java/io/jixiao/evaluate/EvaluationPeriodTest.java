package io.jixiao.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** A self-evaluation of actuals that stop before December is a mid-year estimate and says so. */
class EvaluationPeriodTest {

  @Test
  void actualsUpToNovemberOfTheBudgetYearMakeAMidYearEstimate() {
    EvaluationPeriod november = new EvaluationPeriod(2024, YearMonth.of(2024, 11));

    assertThat(november.interim()).isTrue();
    assertThat(november.label()).isEqualTo("年中测算（非年终自评）");
    assertThat(november.spentHeading()).isEqualTo("执行数（截至2024年11月底）");
    assertThat(november.title("项目支出绩效自评表")).isEqualTo("项目支出绩效自评表（年中测算，非年终自评）");
  }

  @Test
  void decemberALaterMonthOrAnUnknownOneIsTheYearEndSelfEvaluation() {
    for (EvaluationPeriod p :
        new EvaluationPeriod[] {
          new EvaluationPeriod(2024, YearMonth.of(2024, 12)),
          new EvaluationPeriod(2024, YearMonth.of(2025, 1)),
          new EvaluationPeriod(null, YearMonth.of(2024, 6)),
          new EvaluationPeriod(2024, null),
          EvaluationPeriod.YEAR_END
        }) {
      assertThat(p.interim()).as(p.toString()).isFalse();
      assertThat(p.label()).isNull();
      assertThat(p.spentHeading()).isEqualTo("全年执行数");
      assertThat(p.title("项目支出绩效自评表")).isEqualTo("项目支出绩效自评表");
    }
  }
}
