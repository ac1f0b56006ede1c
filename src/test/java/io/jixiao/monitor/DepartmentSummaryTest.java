package io.jixiao.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import io.jixiao.document.DocumentReader;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TestDocuments;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The department summary over four real 承德 (001) tables, three of which reported. */
class DepartmentSummaryTest {

  private static final TargetDocument CHENGDE =
      new DocumentReader().read(Seeds.path(Seeds.CHENGDE)).document();
  private static final YearMonth OCTOBER = YearMonth.of(2023, 10);

  private static MonitoringTable monitor(int seq, TestActuals actuals) {
    Project p = CHENGDE.projects().stream().filter(t -> t.seq() == seq).findFirst().orElseThrow();
    return MonitoringTable.of(
        Seeds.CHENGDE, p, actuals == null ? null : actuals.build(), OCTOBER, 2023);
  }

  @Test
  void summarisesBudgetSpendingPlanAndAlertsPerProjectWithTotals() {
    // table 1: 15.00, plan 10月底 30%; table 8: 20.00, 10月底 30%; table 10: 40.00, 10月底 70%;
    // table 3: 10.00, 10月底 90%, reported nothing
    List<MonitoringTable> tables =
        List.of(
            monitor(1, TestActuals.table(Seeds.CHENGDE, 1).spent("2023-10", "9.00")),
            monitor(3, null),
            monitor(8, TestActuals.table(Seeds.CHENGDE, 8).spent("2023-09", "5.00")),
            monitor(10, TestActuals.table(Seeds.CHENGDE, 10).spent("2023-10", "20.00")));

    DepartmentSummary s = DepartmentSummary.of(Seeds.CHENGDE, OCTOBER, tables, List.of(1, 0, 1, 2));

    assertThat(s.lines()).extracting(DepartmentSummary.Line::seq).containsExactly(1, 3, 8, 10);
    // table 1: 9 ÷ 15 = 60%, 60 − 30 = +30
    DepartmentSummary.Line t1 = s.lines().get(0);
    assertThat(t1.budget().wan()).isEqualByComparingTo("15.00");
    assertThat(t1.spent().wan()).isEqualByComparingTo("9.00");
    assertThat(t1.rate()).isEqualByComparingTo("60");
    assertThat(t1.plan()).isEqualByComparingTo("30");
    assertThat(t1.gap()).isEqualByComparingTo("30");
    assertThat(t1.alerts()).isEqualTo(1);
    // table 3: nothing reported
    DepartmentSummary.Line t3 = s.lines().get(1);
    assertThat(t3.reported()).isZero();
    assertThat(t3.spent()).isNull();
    assertThat(t3.rate()).isNull();
    assertThat(t3.plan()).isEqualByComparingTo("90");
    // table 8: September's 5.00 is the latest: 5 ÷ 20 = 25%, 25 − 30 = −5
    assertThat(s.lines().get(2).rate()).isEqualByComparingTo("25");
    assertThat(s.lines().get(2).gap()).isEqualByComparingTo("-5");
    // table 10: 20 ÷ 40 = 50%, 50 − 70 = −20
    assertThat(s.lines().get(3).gap()).isEqualByComparingTo("-20");

    DepartmentSummary.Line total = s.total();
    assertThat(total.name()).isEqualTo("合计");
    // 全年预算数 and 执行数 over the same three that reported: 15 + 20 + 40 = 75; 9 + 5 + 20 = 34
    assertThat(total.budget().wan()).isEqualByComparingTo("75.00");
    assertThat(total.spent().wan()).isEqualByComparingTo("34.00");
    // 执行率 is what the total shows: 34 ÷ 75 = 45.333… → 45.33
    assertThat(total.rate()).isEqualByComparingTo("45.33");
    assertThat(total.base()).isEqualTo(new DepartmentSummary.Base(4, 3, 0, 1));
    assertThat(total.base().note())
        .isEqualTo("合计的全年预算数、执行数和执行率只计既有全年预算数又已报送执行数的 3 个项目（共 4 个），"
            + "执行率 = 执行数 ÷ 全年预算数；其余 1 个不计入（未报送执行数 1 个）");
    assertThat(t3.base()).isEqualTo(new DepartmentSummary.Base(1, 0, 0, 1));
    // plan, budget-weighted over the same three: (15×30 + 20×30 + 40×70) ÷ 75 = 3850 ÷ 75 = 51.33
    assertThat(total.plan()).isEqualByComparingTo("51.33");
    // gap: 45.33 − 51.33 = −6.00
    assertThat(total.gap()).isEqualByComparingTo("-6.00");
    assertThat(total.alerts()).isEqualTo(4);
    assertThat(total.reported()).isEqualTo(3);
  }

  @Test
  void spendingOfAProjectWithoutABudgetIsLeftOutOfTheTotalSoThatTheTotalRateIsTheTotalsRatio() {
    TargetDocument doc =
        TestDocuments.document("d.txt")
            .department("某局", 2023)
            .projects(
                TestDocuments.project(1, "有预算项目绩效目标表").name("有预算项目")
                    .budget("100", "100", null).build(),
                TestDocuments.project(2, "无预算项目绩效目标表").name("无预算项目").build())
            .build();
    List<MonitoringTable> tables =
        List.of(
            MonitoringTable.of("d.txt", doc.projects().get(0),
                TestActuals.table("d.txt", 1).spent("2023-10", "50").build(), OCTOBER, 2023),
            MonitoringTable.of("d.txt", doc.projects().get(1),
                TestActuals.table("d.txt", 2).spent("2023-10", "30").build(), OCTOBER, 2023));

    DepartmentSummary.Line total =
        DepartmentSummary.of("d.txt", OCTOBER, tables, List.of(0, 0)).total();

    // not 50 + 30 = 80 against 100 beside a rate of 50%
    assertThat(total.budget().wan()).isEqualByComparingTo("100");
    assertThat(total.spent().wan()).isEqualByComparingTo("50");
    assertThat(total.rate()).isEqualByComparingTo("50");
    assertThat(total.base()).isEqualTo(new DepartmentSummary.Base(2, 1, 1, 0));
    assertThat(total.base().note()).endsWith("其余 1 个不计入（未填写全年预算数 1 个）");
  }
}
