package io.jixiao.review;

import static io.jixiao.review.Reviews.chengde;
import static io.jixiao.review.Reviews.tianjinEcology;
import static io.jixiao.review.Reviews.tianjinPlanning;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** B1–B4: money and spending plan. */
class MoneyRulesTest {

  // B1 -------------------------------------------------------------------------------------------

  @Test
  void aTotalThatIsNotFiscalPlusOtherIsAnError() {
    // 001 table 1 (预算数 15.00, 财政资金 15.00) with 其他资金 2.00 printed: no seed budget is off
    List<Finding> f =
        chengde(RuleId.B1, Tables.chengde1QualityInspection().budget("15.00", "15.00", "2.00"));

    assertThat(f)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.severity()).isEqualTo(Severity.ERROR);
              assertThat(s.field()).isEqualTo("budget.total");
              assertThat(s.message()).isEqualTo("预算数 15 万元 不等于财政资金 15 万元 与其他资金 2 万元 之和（17 万元）");
            });
  }

  @Test
  void aTotalEqualToItsPartsPasses() {
    // 001 table 1 as printed: 15.00 = 15.00 + blank; and with 其他资金 printed as 0.00
    assertThat(chengde(RuleId.B1, Tables.chengde1QualityInspection())).isEmpty();
    assertThat(
            chengde(RuleId.B1, Tables.chengde1QualityInspection().budget("15.00", "13.5", "1.50")))
        .isEmpty();
  }

  @Test
  void fiscalFundsAboveTheTotalAreAnError() {
    List<Finding> f =
        chengde(RuleId.B1, Tables.chengde1QualityInspection().budget("15.00", "16.00", null));

    assertThat(f).singleElement().extracting(Finding::field).isEqualTo("budget.fiscal");
  }

  // B2 -------------------------------------------------------------------------------------------

  @Test
  void aPlanEndingAtFiftyPercentIsAnError() {
    // 001 table 26 (营子区分中心): 10月底 50%, 12月底 50%
    List<Finding> f = chengde(RuleId.B2, Tables.chengde26YingziCentre());

    assertThat(f)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.severity()).isEqualTo(Severity.ERROR);
              assertThat(s.field()).isEqualTo("spendingPlan.dec");
              assertThat(s.message()).isEqualTo("12月底累计支出进度为 50%，全年预算没有安排支出完毕");
            });
  }

  @Test
  void aPlanWithoutItsDecemberColumnIsAnError() {
    // 001 table 11: 25%, 50%, 90%; the 12月底 column is not printed
    List<Finding> f = chengde(RuleId.B2, Tables.chengde11LandCentre());

    assertThat(f)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.severity()).isEqualTo(Severity.ERROR);
              assertThat(s.message()).isEqualTo("资金支出计划未填写12月底，已填写的最后一期（10月底）为 90%");
            });
  }

  @Test
  void aCumulativePlanThatStaysLevelPasses() {
    // 001 table 8 prints 6月底 30%, 10月底 30%, 12月底 100%: level is not decreasing
    assertThat(chengde(RuleId.B2, Tables.chengde8Enforcement())).isEmpty();
  }

  @Test
  void aDecreasingPlanIsAnError() {
    // 001 table 8's plan printed as 30%, 20%, 100%
    List<Finding> f = chengde(RuleId.B2, Tables.chengde8Enforcement().plan(null, 30, 20, 100));

    assertThat(f)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.field()).isEqualTo("spendingPlan.oct");
              assertThat(s.message()).isEqualTo("资金支出计划是累计进度，10月底（20%）低于6月底（30%）");
            });
  }

  @Test
  void aTableWithoutAPlanIsNotChecked() {
    // 000 tables print no 资金支出计划
    assertThat(tianjinPlanning(RuleId.B2, Tables.tianjin1HistoricCity())).isEmpty();
  }

  // B3 -------------------------------------------------------------------------------------------

  @Test
  void aCostAboveTheBudgetIsWarned() {
    // 001 table 15: 设备费用 ≤299.16 万元, budget 186.04
    List<Finding> f = chengde(RuleId.B3, Tables.chengde15SpatialPlatform());

    assertThat(f)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.severity()).isEqualTo(Severity.WARNING);
              assertThat(s.row()).isEqualTo(4);
              assertThat(s.field()).isEqualTo("value");
              assertThat(s.message()).isEqualTo("成本指标“设备费用”的金额 “≤299.16 万元” 超过了预算数 186.04 万元");
            });
  }

  @Test
  void aTotalCostEqualToTheBudgetPasses() {
    // 000 table 1 (名城保护): 成本指标 总支出 ≤100.17万元, budget 100.17
    assertThat(tianjinPlanning(RuleId.B3, Tables.tianjin1HistoricCity())).isEmpty();
  }

  @Test
  void aTotalCostBelowTheBudgetIsWarned() {
    // 000 table 1 with 总支出 printed as ≤90万元
    List<Finding> f = tianjinPlanning(RuleId.B3, Tables.tianjin1HistoricCity().value(4, "≤90万元"));

    assertThat(f)
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains("是总成本")
        .contains("与预算数 100.17 万元 不一致");
  }

  @Test
  void aUnitCostBelowTheBudgetPasses() {
    // 001 table 31: 工程单位建设成本 ≤0.13 万元 per square metre, budget 120.00
    assertThat(chengde(RuleId.B3, Tables.chengde31ArchiveRelocation())).isEmpty();
  }

  // B4 -------------------------------------------------------------------------------------------

  @Test
  void costRowsAddingUpAboveTheBudgetAreWarned() {
    // 003 table 21: twelve cost rows, 156 万元 in all, budget 150.00
    List<Finding> f = tianjinEcology(RuleId.B4, Tables.ecology21Damages());

    assertThat(f)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.severity()).isEqualTo(Severity.WARNING);
              assertThat(s.row()).isNull();
              assertThat(s.message()).isEqualTo("12 个成本指标的金额合计 156 万元，超过了预算数 150 万元");
            });
  }

  @Test
  void costRowsWithinTheBudgetPass() {
    // 000 table 23 style: three phase costs; here 003 table 21 with its budget printed as 160.00
    assertThat(
            tianjinEcology(RuleId.B4, Tables.ecology21Damages().budget("160.00", "160.00", null)))
        .isEmpty();
  }

  @Test
  void aTotalPrintedWithItsPartsIsNotCountedTwice() {
    // 001 table 1 with a breakdown: 总成本 15 = 10 + 5
    Tables.Builder t =
        Tables.chengde1QualityInspection()
            .value(4, "≤15万元")
            .row(null, "成本指标", "第三方服务费", "检查服务费用", "≤10万元", "财政预算批复文件")
            .row(null, "成本指标", "专家评审费", "专家评审费用", "≤5万元", "财政预算批复文件");

    assertThat(chengde(RuleId.B4, t)).isEmpty();
  }
}
