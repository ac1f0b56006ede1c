package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.TargetDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** X1–X3: rules across the tables of a document. */
class AcrossTablesRulesTest {

  // X1 -------------------------------------------------------------------------------------------

  @Test
  void threeLandEvaluationTablesWithTheSameIndicatorsAreNoted() {
    // 004 tables 3, 4, 10 (土地集约利用评价 首款 2022, 尾款 2022, 首款 2023): identical indicator sets
    TargetDocument doc =
        Tables.shijiazhuang(
            Reviews.build(
                Tables.shijiazhuang3LandEvaluationFirst(),
                Tables.shijiazhuang4LandEvaluationLast(),
                Tables.shijiazhuang10LandEvaluation2023()));

    List<Finding> f = Reviews.findings(RuleId.X1, doc);

    assertThat(f).hasSize(3).allSatisfy(s -> assertThat(s.severity()).isEqualTo(Severity.INFO));
    assertThat(f.get(0).location().table()).isEqualTo(3);
    assertThat(f.get(0).message()).isEqualTo("本表全部 6 个指标（名称和指标值，成本金额除外）与表 4、10相同");
  }

  @Test
  void aTemplateWithOnlyTheCostAmountChangedIsStillPasted() {
    // 000 tables 36, 60, 64: the same five indicators, cost ≤130万元, ≤80万元, ≤…
    TargetDocument doc =
        Tables.tianjinPlanning(
            Reviews.build(
                Tables.tianjin36Wildlife(),
                Tables.tianjin60ForestMonitoring(),
                Tables.tianjin64PestControl()));

    assertThat(Reviews.findings(RuleId.X1, doc))
        .extracting(s -> s.location().table())
        .containsExactly(36, 60, 64);
  }

  @Test
  void twoTablesAlikeAreNotEnough() {
    // 004 tables 3 and 4 only
    TargetDocument doc =
        Tables.shijiazhuang(
            Reviews.build(
                Tables.shijiazhuang3LandEvaluationFirst(),
                Tables.shijiazhuang4LandEvaluationLast()));

    assertThat(Reviews.findings(RuleId.X1, doc)).isEmpty();
  }

  @Test
  void tablesThatDifferInOneValueAreNotPasted() {
    // 004 tables 3, 4, 10 with table 10's 使用对象满意度 printed as ≥95%
    TargetDocument doc =
        Tables.shijiazhuang(
            Reviews.build(
                Tables.shijiazhuang3LandEvaluationFirst(),
                Tables.shijiazhuang4LandEvaluationLast(),
                Tables.shijiazhuang10LandEvaluation2023().value(6, "≥95%")));

    assertThat(Reviews.findings(RuleId.X1, doc)).isEmpty();
  }

  // X2 -------------------------------------------------------------------------------------------

  @Test
  void theSameGoalInDifferentProjectsIsNoted() {
    // 004 tables 3 and 4: 目标内容 1 按时开展全区土地利用集约评价工作
    TargetDocument doc =
        Tables.shijiazhuang(
            Reviews.build(
                Tables.shijiazhuang3LandEvaluationFirst(),
                Tables.shijiazhuang4LandEvaluationLast()));

    List<Finding> f = Reviews.findings(RuleId.X2, doc);

    assertThat(f).hasSize(2).allSatisfy(s -> assertThat(s.field()).isEqualTo("goals"));
    assertThat(f.get(0).message()).startsWith("绩效目标“目标内容 1 按时开展全区土地利用集约评价工作”与表 4");
  }

  @Test
  void aShortGenericFundUseIsNotCopying() {
    // 001 tables 3 and 4 both print 购买服务支出 (under 20 characters)
    TargetDocument doc =
        Tables.chengde(
            Reviews.build(
                Tables.chengde3ChangeSurveySummary(), Tables.chengde4ChangeSurveySupervision()));

    assertThat(Reviews.findings(RuleId.X2, doc)).isEmpty();
  }

  // X3 -------------------------------------------------------------------------------------------

  @Test
  void aRecurringProjectWithUnchangedTargetsButABiggerBudgetIsNoted() {
    // 001 table 1 as last year's table with budget 15.00, and this year's with 20.00 (+33.3%)
    // (the seeds hold no two years of one department)
    TargetDocument lastYear = Tables.chengde(Tables.chengde1QualityInspection().build());
    TargetDocument thisYear =
        Tables.chengde(Tables.chengde1QualityInspection().budget("20.00", "20.00", null).build());

    List<Finding> f =
        Reviews.ENGINE.review(thisYear, lastYear).allFindings().stream()
            .filter(x -> x.rule() == RuleId.X3)
            .toList();

    assertThat(f)
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo("预算数由上年的 15 万元 变为 20 万元（+33.3%），绩效指标却与上年相同（成本金额除外）");
  }

  @Test
  void aSmallBudgetChangeIsNotNoted() {
    TargetDocument lastYear = Tables.chengde(Tables.chengde1QualityInspection().build());
    TargetDocument thisYear =
        Tables.chengde(Tables.chengde1QualityInspection().budget("16.00", "16.00", null).build());

    assertThat(Reviews.ENGINE.review(thisYear, lastYear).allFindings())
        .noneMatch(x -> x.rule() == RuleId.X3);
  }

  @Test
  void withoutLastYearsDocumentX3DoesNotRun() {
    assertThat(
            Reviews.findings(
                RuleId.X3,
                Tables.chengde(
                    Tables.chengde1QualityInspection().budget("20.00", "20.00", null).build())))
        .isEmpty();
  }
}
