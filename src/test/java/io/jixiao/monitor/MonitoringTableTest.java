package io.jixiao.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import io.jixiao.document.DocumentReader;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Monitoring tables of real 承德 (001, budget year 2023) tables with actuals built in code; every
 * figure is worked out by hand in the comments.
 */
class MonitoringTableTest {

  private static final TargetDocument CHENGDE =
      new DocumentReader().read(Seeds.path(Seeds.CHENGDE)).document();

  private static Project table(int seq) {
    return CHENGDE.projects().stream().filter(p -> p.seq() == seq).findFirst().orElseThrow();
  }

  private static MonitoringTable monitor(int seq, TestActuals actuals, String asOf) {
    return MonitoringTable.of(
        Seeds.CHENGDE,
        table(seq),
        actuals == null ? null : actuals.build(),
        YearMonth.parse(asOf),
        2023);
  }

  /**
   * 001 table 1 (测绘地理信息资质单位质量监督检查): 预算数 15.00, plan 10月底 30% / 12月底 100%; indicators ≥1 次, ≥90%, 12
   * 月底前, ≤100%, 巩固提升, 可持续, ≥90%.
   */
  private static TestActuals firstTable() {
    return TestActuals.table(Seeds.CHENGDE, 1)
        .spent("2023-06", "3.00")
        .spent("2023-10", "9.00")
        .spendingNote("第三方服务按合同分期支付")
        .indicator(1, "2023-06", "1次")
        .indicator(2, "2023-10", "45%", "方案已完成，总结年底完成")
        .indicator(4, "2023-10", "60%")
        .indicator(5, "2023-10", "基本达成")
        .indicator(6, "2023-10", "持续推进")
        .indicator(7, "2023-10", "95%");
  }

  @Test
  void measuresTheFirstChengdeTableAtTheEndOfOctober() {
    MonitoringTable m = monitor(1, firstTable(), "2023-10");

    // 全年预算数 = 预算数 15.00 (no adjustment); 执行数 = 9.00 reported for 2023-10
    assertThat(m.reported()).isTrue();
    assertThat(m.budget().wan()).isEqualByComparingTo("15.00");
    assertThat(m.budgetAdjusted()).isFalse();
    Spending s = m.spending().orElseThrow();
    assertThat(s.period()).isEqualTo(YearMonth.of(2023, 10));
    assertThat(s.amount().wan()).isEqualByComparingTo("9.00");
    // 执行率 = 9 ÷ 15 × 100 = 60.00; plan at the date = 10月底 30%; gap = 60 − 30 = +30
    assertThat(m.rate()).isEqualByComparingTo("60.00");
    assertThat(m.plan().orElseThrow().label()).isEqualTo("10月底");
    assertThat(m.plan().orElseThrow().planned().value()).isEqualByComparingTo("30");
    assertThat(m.gap()).isEqualByComparingTo("30.00");
    // 10 of 12 months: 10 ÷ 12 × 100 = 83.333… → 83.33
    assertThat(m.timeElapsed()).isEqualByComparingTo("83.33");
    assertThat(m.spendingNote()).isEqualTo("第三方服务按合同分期支付");

    List<IndicatorProgress> rows = m.indicators();
    assertThat(rows).hasSize(7);
    // row 1: ≥1 次, actual 1次: 1 ÷ 1 = 100%, met
    assertRow(rows.get(0), "1次", "100%", "100", Likelihood.CERTAIN);
    // row 2: ≥90%, actual 45%: 45 ÷ 90 = 50%; a rate is on track only when met → 有可能
    assertRow(rows.get(1), "45%", "50%", "50", Likelihood.POSSIBLE);
    assertThat(rows.get(1).note()).isEqualTo("方案已完成，总结年底完成");
    // row 3: 12 月底前, nothing reported, due 2023-12-31 → 未到期, not counted
    assertRow(rows.get(2), null, "未到期", null, Likelihood.POSSIBLE);
    // row 4: ≤100%, actual 60%: a ceiling kept, not counted
    assertRow(rows.get(3), "60%", "未超过目标", null, Likelihood.CERTAIN);
    // row 5: 巩固提升, actual 基本达成: 80
    assertRow(rows.get(4), "基本达成", "基本达成", "80", Likelihood.POSSIBLE);
    // row 6: 可持续, actual 持续推进 (no grade): cannot be measured
    assertRow(rows.get(5), "持续推进", "无法计算", null, null);
    // row 7: ≥90%, actual 95%: 95 ÷ 90 × 100 = 105.555… → 105.56%, counted as 100
    assertRow(rows.get(6), "95%", "105.56%", "100", Likelihood.CERTAIN);
    // indicator progress: (100 + 50 + 80 + 100) ÷ 4 = 82.50
    assertThat(m.indicatorsCounted()).isEqualTo(4);
    assertThat(m.indicatorProgress()).isEqualByComparingTo("82.50");
  }

  @Test
  void inAugustTheTableHasPassedNoCheckpointAndSeesOnlyTheReportsUpToThen() {
    MonitoringTable m = monitor(1, firstTable(), "2023-08");

    // latest spending on or before August: June's 3.00 → 3 ÷ 15 = 20%
    assertThat(m.spending().orElseThrow().period()).isEqualTo(YearMonth.of(2023, 6));
    assertThat(m.rate()).isEqualByComparingTo("20.00");
    // the plan prints only 10月底 and 12月底: none has passed
    assertThat(m.plan()).isEmpty();
    assertThat(m.gap()).isNull();
    // 8 ÷ 12 × 100 = 66.666… → 66.67
    assertThat(m.timeElapsed()).isEqualByComparingTo("66.67");
    // only row 1 was reported by then
    assertThat(m.indicators().get(1).status()).isEqualTo("未报送");
    assertThat(m.indicatorsCounted()).isEqualTo(1);
    assertThat(m.indicatorProgress()).isEqualByComparingTo("100.00");
  }

  @Test
  void anAdjustedBudgetIsTheFullYearBudget() {
    MonitoringTable m = monitor(1, firstTable().budget("12.00", "年中调减 3 万元"), "2023-10");

    // 执行率 = 9 ÷ 12 × 100 = 75.00; plan 30% → gap +45
    assertThat(m.budget().wan()).isEqualByComparingTo("12.00");
    assertThat(m.printedBudget().wan()).isEqualByComparingTo("15.00");
    assertThat(m.budgetAdjusted()).isTrue();
    assertThat(m.budgetNote()).isEqualTo("年中调减 3 万元");
    assertThat(m.rate()).isEqualByComparingTo("75.00");
    assertThat(m.gap()).isEqualByComparingTo("45.00");
  }

  @Test
  void aCumulativeQuantityAtTheYearsPaceIsCertainAndOneBehindIsPossible() {
    // 001 table 2 row 1: 采集更新工作完成数 ≥40平方公里; October: 83.33% of the year elapsed
    IndicatorProgress ahead =
        monitor(2, TestActuals.table(Seeds.CHENGDE, 2).indicator(1, "2023-10", "35平方公里"), "2023-10")
            .indicators()
            .get(0);
    IndicatorProgress behind =
        monitor(2, TestActuals.table(Seeds.CHENGDE, 2).indicator(1, "2023-10", "30平方公里"), "2023-10")
            .indicators()
            .get(0);
    IndicatorProgress wrongUnit =
        monitor(2, TestActuals.table(Seeds.CHENGDE, 2).indicator(1, "2023-10", "35个"), "2023-10")
            .indicators()
            .get(0);

    // 35 ÷ 40 = 87.5% ≥ 83.33%
    assertRow(ahead, "35平方公里", "87.5%", "87.5", Likelihood.CERTAIN);
    // 30 ÷ 40 = 75% < 83.33%
    assertRow(behind, "30平方公里", "75%", "75", Likelihood.POSSIBLE);
    // 个 is not 平方公里
    assertRow(wrongUnit, "35个", "无法计算", null, null);
  }

  @Test
  void deadlinesAreDoneOnTimeLateOrOverdue() {
    // 001 table 2 row 4: 2023年12月31日前完成, done on 2023-11-30
    IndicatorProgress onTime =
        monitor(
                2,
                TestActuals.table(Seeds.CHENGDE, 2).indicator(4, "2023-11", "2023年11月30日"),
                "2023-11")
            .indicators()
            .get(3);
    // 001 table 1 row 3: 12 月底前 (budget year 2023), done on 2024-01-15
    IndicatorProgress late =
        monitor(
                1,
                TestActuals.table(Seeds.CHENGDE, 1).indicator(3, "2024-01", "2024年1月15日"),
                "2024-01")
            .indicators()
            .get(2);
    // 001 table 6 row 3: 2023 年 12 月 31 日, nothing reported by January, or 未完成 in December
    IndicatorProgress silent =
        monitor(6, TestActuals.table(Seeds.CHENGDE, 6).spent("2023-12", "22.00"), "2024-01")
            .indicators()
            .get(2);
    IndicatorProgress missed =
        monitor(6, TestActuals.table(Seeds.CHENGDE, 6).indicator(3, "2023-12", "未完成"), "2024-01")
            .indicators()
            .get(2);

    assertRow(onTime, "2023年11月30日", "已完成", "100", Likelihood.CERTAIN);
    assertRow(late, "2024年1月15日", "逾期完成", "100", Likelihood.IMPOSSIBLE);
    // not counted: no actual says how far it got
    assertRow(silent, null, "逾期", null, Likelihood.IMPOSSIBLE);
    // counted as 0: the department reported it undone
    assertRow(missed, "未完成", "逾期", "0", Likelihood.IMPOSSIBLE);
  }

  @Test
  void aCeilingIsKeptOrExceeded() {
    // 001 table 3 row 4: 监理经费总支出 ≤10万元; 80000元 = 8 万元
    IndicatorProgress kept =
        monitor(3, TestActuals.table(Seeds.CHENGDE, 3).indicator(4, "2023-06", "80000元"), "2023-06")
            .indicators()
            .get(3);
    // money spent does not come back: exceeded is final
    IndicatorProgress overspent =
        monitor(3, TestActuals.table(Seeds.CHENGDE, 3).indicator(4, "2023-06", "12万元"), "2023-06")
            .indicators()
            .get(3);
    // 001 table 1 row 4: 采购总成本控制率 ≤100%; a rate may come down before the year ends
    IndicatorProgress rateAbove =
        monitor(1, TestActuals.table(Seeds.CHENGDE, 1).indicator(4, "2023-06", "105%"), "2023-06")
            .indicators()
            .get(3);

    assertRow(kept, "80000元", "未超过目标", null, Likelihood.CERTAIN);
    assertRow(overspent, "12万元", "超过目标", null, Likelihood.IMPOSSIBLE);
    assertRow(rateAbove, "105%", "超过目标", null, Likelihood.POSSIBLE);
  }

  @Test
  void aTargetNotMetWhenTheYearIsOverCannotBeMetAnyMore() {
    // 001 table 1 row 2: ≥90%, 85% in December: 85 ÷ 90 × 100 = 94.444… → 94.44%
    IndicatorProgress p =
        monitor(1, TestActuals.table(Seeds.CHENGDE, 1).indicator(2, "2023-12", "85%"), "2023-12")
            .indicators()
            .get(1);

    assertRow(p, "85%", "94.44%", "94.44", Likelihood.IMPOSSIBLE);
  }

  @Test
  void aTableWithoutActualsIsListedAsNotReported() {
    // 001 table 3: 预算数 10.00, plan 10月底 90%
    MonitoringTable m = monitor(3, null, "2023-10");

    assertThat(m.reported()).isFalse();
    assertThat(m.budget().wan()).isEqualByComparingTo("10.00");
    assertThat(m.spending()).isEmpty();
    assertThat(m.rate()).isNull();
    assertThat(m.plan().orElseThrow().planned().value()).isEqualByComparingTo("90");
    assertThat(m.gap()).isNull();
    assertThat(m.indicatorProgress()).isNull();
    assertThat(m.indicators()).extracting(IndicatorProgress::status).containsOnly("未报送");
  }

  private static void assertRow(
      IndicatorProgress row, String actual, String status, String progress, Likelihood likelihood) {
    assertThat(row.actual()).as("actual").isEqualTo(actual);
    assertThat(row.status()).as("status").isEqualTo(status);
    if (progress == null) {
      assertThat(row.progress()).as("progress").isNull();
    } else {
      assertThat(row.progress()).as("progress").isEqualByComparingTo(new BigDecimal(progress));
    }
    assertThat(row.likelihood()).as("likelihood").isEqualTo(likelihood);
  }
}
