package io.jixiao.evaluate;

import static io.jixiao.evaluate.ActualsFixture.actuals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.monitor.Actuals;
import io.jixiao.monitor.ProjectKey;
import io.jixiao.review.RulePack;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.Taxonomy;
import io.jixiao.model.TestDocuments;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Scoring rules on constructed tables: cases the seeds do not hold. */
class EvaluatorTest {

  private static final String SOURCE = "constructed.txt";

  private final Evaluator evaluator = new Evaluator();

  private static TargetDocument document(Project... projects) {
    return TestDocuments.document(SOURCE).department("某局", 2023).projects(projects).build();
  }

  /** A 2021-guideline table: 成本指标 is a level 1 of its own. */
  private static Project guideline() {
    return TestDocuments.project(1, "办公运转经费绩效目标表")
        .budget("20", "20", null)
        .indicator("产出指标", "数量指标", "保障人数", "在职人员", "≥50人", null)
        .indicator("成本指标", "经济成本指标", "人均经费", "按标准", "≤0.4万元", null)
        .indicator("效益指标", "可持续影响指标", "运转保障", "保障正常运转", "持续保障", null)
        .indicator("满意度指标", "服务对象满意度指标", "职工满意度", null, "≥90%", null)
        .build();
  }

  @Test
  void costIndicatorsOfThe2021GuidelineCountInTheOutputShare() {
    Project p = guideline();
    assertThat(p.taxonomy()).isEqualTo(Taxonomy.GUIDELINE_2021);

    ProjectEvaluation e =
        evaluator.evaluate(
            document(p),
            p,
            actuals(SOURCE, 1)
                .spent("2023-12", "20")
                .indicator(1, "50人")
                .indicator(2, "0.5万元", "物价上涨")
                .indicator(3, "达成")
                .indicator(4, "90%")
                .build(),
            Map.of());

    // 产出 50 shared by 数量 and 成本: 25 each. r2 ≤0.4, 0.5: 0.8 × 25 = 20.
    assertThat(e.indicators())
        .extracting(IndicatorScore::part)
        .containsExactly(Part.OUTPUT, Part.OUTPUT, Part.EFFECT, Part.SATISFACTION);
    assertThat(e.indicators())
        .extracting(i -> i.shownWeight().toPlainString())
        .containsExactly("25.00", "25.00", "30.00", "10.00");
    // 10 + 25 + 20 + 30 + 10 = 95.00
    assertThat(e.score()).isEqualByComparingTo("95.00");
  }

  @Test
  void theLatestActualOfAnIndicatorCounts() {
    Project p = guideline();

    ProjectEvaluation e =
        evaluator.evaluate(
            document(p),
            p,
            actuals(SOURCE, 1)
                .spent("2023-06", "8")
                .spent("2023-12", "20")
                .indicator(1, "2023-06", "20人", null)
                .indicator(1, "2023-12", "50人", null)
                .indicator(2, "0.4万元")
                .indicator(3, "达成")
                .indicator(4, "90%")
                .build(),
            Map.of());

    assertThat(e.indicators().get(0).actual()).isEqualTo("50人");
    assertThat(e.score()).isEqualByComparingTo("100.00");
  }

  @Test
  void spendingAboveTheBudgetLosesPointsAsAnUpperLimitIsMissed() {
    Project p = guideline();

    ProjectEvaluation e =
        evaluator.evaluate(
            document(p), p, actuals(SOURCE, 1).spent("2023-12", "21").build(), Map.of());

    // 20 ÷ 21 = 0.9523809524 × 10
    assertThat(e.budget().shownRate()).isEqualByComparingTo("105.00");
    assertThat(e.budget().shownPoints()).isEqualByComparingTo("9.52");
  }

  @Test
  void spending2000OnABudgetOf860EarnsNotTheFullPointsButFourPointThree() {
    Project p =
        TestDocuments.project(1, "超支项目绩效目标表")
            .budget("860", "860", null)
            .indicator("产出指标", "数量指标", "完成数", null, "≥1个", null)
            .build();

    ProjectEvaluation e =
        evaluator.evaluate(
            document(p), p, actuals(SOURCE, 1).spent("2023-12", "2000").indicator(1, "1个").build(),
            Map.of());

    assertThat(e.budget().shownRate()).isEqualByComparingTo("232.56");
    assertThat(e.budget().shownPoints()).isEqualByComparingTo("4.30");
  }

  @Test
  void spendingExactlyTheBudgetEarnsTheFullPoints() {
    Project p = guideline();

    ProjectEvaluation e =
        evaluator.evaluate(
            document(p), p, actuals(SOURCE, 1).spent("2023-12", "20").build(), Map.of());

    assertThat(e.budget().shownPoints()).isEqualByComparingTo("10.00");
  }

  @Test
  void aTableWithoutABudgetIsListedAfterTheScoredTablesUnrankedAndSaysWhy() {
    Project noBudget =
        TestDocuments.project(1, "无预算项目绩效目标表")
            .indicator("产出指标", "数量指标", "完成数", null, "≥1个", null)
            .build();
    Project budgeted =
        TestDocuments.project(2, "有预算项目绩效目标表")
            .budget("10", "10", null)
            .indicator("产出指标", "数量指标", "完成数", null, "≥2个", null)
            .build();
    Actuals actuals =
        Actuals.of(
            Map.of(
                new ProjectKey(SOURCE, 1),
                actuals(SOURCE, 1).indicator(1, "1个").build(),
                new ProjectKey(SOURCE, 2),
                actuals(SOURCE, 2).spent("2023-12", "9").indicator(1, "1个", "延期").build()));

    DepartmentEvaluation d =
        evaluator.evaluate(List.of(document(noBudget, budgeted)), actuals, Weights.NONE);

    ProjectEvaluation first = d.ranking().get(0);
    ProjectEvaluation second = d.ranking().get(1);
    // 9 + 25 of 60 = 56.67; the table without a budget scores 100.00 on its one indicator
    assertThat(first.name()).isEqualTo("有预算项目");
    assertThat(first.score()).isEqualByComparingTo("56.67");
    assertThat(second.score()).isEqualByComparingTo("100.00");
    assertThat(second.ranked()).isFalse();
    assertThat(second.unrankedReason()).isEqualTo("未填报预算数，预算执行率无法评分，不参与排名");
    assertThat(d.places()).containsExactly(1, null);
    assertThat(EvaluationFormat.TEXT.render(d)).contains("   —  100.00");
  }

  @Test
  void aWrittenReasonSilencesTheLowExecutionFinding() {
    Project p = guideline();

    ProjectEvaluation e =
        evaluator.evaluate(
            document(p),
            p,
            actuals(SOURCE, 1).spent("2023-12", "10").spendingNote("政府采购流标，合同顺延至次年").build(),
            Map.of());

    assertThat(e.findings()).extracting(f -> f.rule().name()).doesNotContain("E2");
    assertThat(e.budget().note()).isEqualTo("政府采购流标，合同顺延至次年");
  }

  @Test
  void weightsThatDoNotAddUpToTheLevelOnesPointsAreRefused() {
    Project p = guideline();

    assertThatThrownBy(
            () ->
                evaluator.evaluate(
                    document(p), p, null, Map.of(1, new BigDecimal("30"), 2, new BigDecimal("15"))))
        .isInstanceOf(EvaluationException.class)
        .hasMessage("constructed.txt 表 1：产出指标各指标权重之和应为 50，实为 45");
  }

  @Test
  void aLevelOneWeightedOnlyInPartIsRefused() {
    Project p = guideline();

    assertThatThrownBy(
            () -> evaluator.evaluate(document(p), p, null, Map.of(1, new BigDecimal("50"))))
        .isInstanceOf(EvaluationException.class)
        .hasMessageContaining("产出指标设了部分指标的权重，第 2 行没有权重");
  }

  @Test
  void aWeightForARowTheTableDoesNotHaveIsRefused() {
    Project p = guideline();

    assertThatThrownBy(
            () -> evaluator.evaluate(document(p), p, null, Map.of(9, new BigDecimal("10"))))
        .hasMessageContaining("第 9 行设了权重，但本表只有 4 个指标");
  }

  @Test
  void weightsApplyPerTableThroughTheDepartmentEvaluation() {
    Project p = guideline();
    Weights weights =
        new Weights(
            new TreeMap<>(
                Map.of(
                    new ProjectKey(SOURCE, 1),
                    Map.of(1, new BigDecimal("40"), 2, new BigDecimal("10")))));
    Actuals actuals =
        Actuals.of(
            Map.of(
                new ProjectKey(SOURCE, 1),
                actuals(SOURCE, 1)
                    .spent("2023-12", "20")
                    .indicator(1, "25人", "编制调整")
                    .indicator(2, "0.4万元")
                    .indicator(3, "达成")
                    .indicator(4, "90%")
                    .build()));

    DepartmentEvaluation d = evaluator.evaluate(List.of(document(p)), actuals, weights);

    // r1 25/50 = 0.5 × 40 = 20; 10 + 20 + 10 + 30 + 10 = 80.00 良
    ProjectEvaluation e = d.projects().get(0);
    assertThat(e.score()).isEqualByComparingTo("80.00");
    assertThat(e.grade()).isEqualTo(EvaluationGrade.GOOD);
  }

  @Test
  void anIndicatorUnderAnUnknownLevelOneIsNotScoredAndItsPartIsLeftOut() {
    Project p =
        TestDocuments.project(1, "某项目绩效目标表")
            .budget("10", "10", null)
            .indicator("产出指标", "数量指标", "完成数", null, "≥1个", null)
            .indicator("效益指标", "社会效益指标", "效果", null, "有效", null)
            .indicator("其他指标", "其他", "某指标", null, "≥1个", null)
            .build();

    ProjectEvaluation e =
        evaluator.evaluate(
            document(p),
            p,
            actuals(SOURCE, 1)
                .spent("2023-12", "10")
                .indicator(1, "1个")
                .indicator(2, "达成")
                .indicator(3, "1个")
                .build(),
            Map.of());

    // 满意度 missing and row 3 not placeable: the parts scored are 10 + 50 + 30 = 90, all earned.
    assertThat(e.indicators().get(2).part()).isNull();
    assertThat(e.indicators().get(2).weight()).isNull();
    assertThat(e.outOf()).isEqualByComparingTo("90");
    assertThat(e.score()).isEqualByComparingTo("100.00");
    assertThat(e.findings()).extracting(f -> f.rule() + "@" + f.row()).containsExactly("E4@3");
  }

  @Test
  void aTableWithNothingToScoreHasNoScore() {
    Project p = TestDocuments.project(1, "空表绩效目标表").build();

    ProjectEvaluation e = evaluator.evaluate(document(p), p, null, Map.of());

    assertThat(e.score()).isNull();
    assertThat(e.grade()).isNull();
    assertThat(e.findings()).isEmpty();
  }

  @Test
  void aRegionPackChangesTheWeightsSharesAndBounds() {
    RulePack region =
        RulePack.parse(
            "region.json",
            "{\"id\": \"r\", \"version\": \"1\", \"region\": \"某省\", \"evaluation\": {"
                + "\"weights\": {\"budgetExecution\": 20, \"output\": 40},"
                + "\"achievementShares\": {\"mostly\": 90},"
                + "\"gradeBounds\": {\"excellent\": 95}}}");
    Evaluator regional = new Evaluator(region.evaluation());
    Project p = guideline();

    ProjectEvaluation e =
        regional.evaluate(
            document(p),
            p,
            actuals(SOURCE, 1)
                .spent("2023-12", "20")
                .indicator(1, "50人")
                .indicator(2, "0.4万元")
                .indicator(3, "基本达成", "个别时段保障不足")
                .indicator(4, "90%")
                .build(),
            Map.of());

    // 20 + 40 + 0.9 × 30 + 10 = 97 → 优 from 95
    assertThat(e.budget().weight()).isEqualByComparingTo("20");
    assertThat(e.score()).isEqualByComparingTo("97.00");
    assertThat(e.grade()).isEqualTo(EvaluationGrade.EXCELLENT);
  }

  @Test
  void theRankingPutsTheBestFirstAndUnscoredLast() {
    ProjectEvaluation a = scored(1, "80.00");
    ProjectEvaluation b = scored(2, "95.50");
    ProjectEvaluation c = scored(3, null);
    ProjectEvaluation d = scored(4, "80.00");

    DepartmentEvaluation dept = new DepartmentEvaluation(List.of(a, b, c, d));

    assertThat(dept.ranking()).extracting(ProjectEvaluation::seq).containsExactly(2, 1, 4, 3);
    assertThat(dept.grades().get(EvaluationGrade.GOOD)).isEqualTo(2);
    assertThat(dept.grades().get(EvaluationGrade.EXCELLENT)).isEqualTo(1);
  }

  private static ProjectEvaluation scored(int seq, String score) {
    BigDecimal s = score == null ? null : new BigDecimal(score);
    return new ProjectEvaluation(
        SOURCE,
        seq,
        "项目" + seq,
        2023,
        null,
        null,
        List.of(),
        s,
        s == null ? null : EvaluationGrade.of(s, RulePack.defaults().evaluation()),
        BigDecimal.valueOf(100),
        new BudgetExecution(
            null, null, null, null, BigDecimal.TEN, s == null ? null : BigDecimal.TEN, null),
        List.of(),
        List.of());
  }
}
