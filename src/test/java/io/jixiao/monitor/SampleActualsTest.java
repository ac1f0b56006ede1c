package io.jixiao.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import io.jixiao.model.Money;
import io.jixiao.model.Sign;
import io.jixiao.model.TargetValue;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sample actuals of seed 001 read against the real document. */
class SampleActualsTest {

  private static final YearMonth JUN = YearMonth.of(2023, 6);
  private static final YearMonth OCT = YearMonth.of(2023, 10);
  private static final YearMonth DEC = YearMonth.of(2023, 12);

  private final ActualsReadResult sample = SampleActuals.read();

  private ProjectActuals table(int seq) {
    return sample.actuals().of(Seeds.CHENGDE, seq).orElseThrow();
  }

  @Test
  void theSampleReadsWithoutAnyProblemIntoFiveTables() {
    assertThat(sample.problems()).isEmpty();
    assertThat(sample.actuals().projects().keySet())
        .extracting(ProjectKey::seq)
        .containsExactly(1, 2, 3, 12, 13);
    assertThat(sample.entries()).hasSize(46);
  }

  @Test
  void table1IsOnPlanWithEveryIndicatorReported() {
    // plan: 10月底 30%, 12月底 100% of 15 万元; 4.5 / 15 = 30%, 15 / 15 = 100%
    ProjectActuals t = table(1);
    assertThat(t.spent()).isEqualTo(Map.of(OCT, Money.parse("4.50"), DEC, Money.parse("15.00")));
    assertThat(t.adjustedBudget()).isNull();
    assertThat(t.indicators())
        .extracting(IndicatorActual::row)
        .containsExactly(1, 2, 3, 4, 5, 6, 7);
    // target 12 月底前, met on 30 November
    assertThat(t.latest(3).orElseThrow().value())
        .isEqualTo(new TargetValue.Deadline(2023, 11, 30, false));
    assertThat(t.latest(6).orElseThrow().achievement()).isEqualTo(Achievement.MOSTLY);
    assertThat(t.latest(6).orElseThrow().note()).isEqualTo("成果应用范围尚未覆盖全部县区，2024年继续推广");
  }

  @Test
  void table2IsBehindPlanMissesItsDeadlineAndHasNoActualForIndicator7() {
    // 18.5 / 95 = 19.5% at the end of October against a plan of 30%
    ProjectActuals t = table(2);
    assertThat(t.spentBy(OCT)).contains(Money.parse("18.5"));
    assertThat(t.spentBy(YearMonth.of(2023, 11))).contains(Money.parse("18.5"));
    assertThat(t.lastSpent().orElseThrow().getValue()).isEqualTo(Money.parse("80.75"));
    assertThat(t.spendingNote()).isEqualTo("部分运维费用按合同于2024年1月支付；已督促供应商按期提交验收材料");
    // 采集更新工作完成数 ≥40平方公里: 15 at mid-year, 42 at year end
    assertThat(t.latest(1).orElseThrow().value())
        .isEqualTo(new TargetValue.Quantity(Sign.EQ, new BigDecimal("42"), "平方公里", null));
    assertThat(t.indicators())
        .filteredOn(a -> a.row() == 1)
        .extracting(IndicatorActual::period)
        .containsExactly(JUN, DEC);
    // 各项任务完成时限 2023年12月31日前完成, done 15 January 2024
    assertThat(t.latest(4).orElseThrow().value())
        .isEqualTo(new TargetValue.Deadline(2024, 1, 15, false));
    assertThat(t.latest(6).orElseThrow().achievement()).isEqualTo(Achievement.PARTLY);
    assertThat(t.latest(7)).isEmpty();
  }

  @Test
  void table3HasAnAdjustedBudgetAndTwoIndicatorsWithoutActual() {
    ProjectActuals t = table(3);
    assertThat(t.adjustedBudget()).isEqualTo(Money.parse("8"));
    assertThat(t.budgetNote()).isEqualTo("市级汇总工作量调减，预算调减2万元");
    assertThat(t.latest(4).orElseThrow().printed()).isEqualTo("8万元");
    assertThat(t.latest(5)).isEmpty();
    assertThat(t.latest(6)).isEmpty();
  }

  @Test
  void table13KeepsQuotesAndALineBreakOfItsNotes() {
    ProjectActuals t = table(13);
    assertThat(t.spendingNote()).isEqualTo("外业普查受汛期影响，10月前只完成\"城区\"点位");
    IndicatorActual measured = t.latest(5).orElseThrow();
    assertThat(measured.achievement()).isEqualTo(Achievement.NOT_ACHIEVED);
    assertThat(measured.note()).isEqualTo("部分测量标志损毁，\n已报请省厅安排2024年重建");
    assertThat(t.latest(3).orElseThrow().achievement()).isEqualTo(Achievement.ACHIEVED);
  }
}
