package io.jixiao.evaluate;

import static io.jixiao.evaluate.ActualsFixture.actuals;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportResult;
import io.jixiao.review.Finding;
import io.jixiao.review.RuleId;
import io.jixiao.review.Severity;
import io.jixiao.model.Indicator;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores reproduced by hand on real seed tables, with the working in the comments. Default pack:
 * 预算执行率 10, 产出 50, 效益 30, 满意度 10; 达成/基本达成/部分达成/未达成 = 100/80/60/0 %. Every quotient is kept to 10
 * decimals, the total rounded half-up to 0.01 at the end.
 */
class SeedEvaluationTest {

  private static final Map<String, TargetDocument> DOCUMENTS = new HashMap<>();

  private final Evaluator evaluator = new Evaluator();

  private static synchronized TargetDocument seed(String name) {
    return DOCUMENTS.computeIfAbsent(
        name,
        n -> {
          ImportResult r = new DocumentReader().read(Seeds.path(n));
          assertThat(r.document()).as(n).isNotNull();
          return r.document();
        });
  }

  private static Project table(TargetDocument d, int seq) {
    return d.projects().stream().filter(p -> p.seq() == seq).findFirst().orElseThrow();
  }

  private static List<String> values(Project p) {
    return p.indicators().stream().map(Indicator::value).toList();
  }

  private static List<String> shownPoints(ProjectEvaluation e) {
    return e.indicators().stream().map(i -> i.shownPoints().toPlainString()).toList();
  }

  private static List<String> shownWeights(ProjectEvaluation e) {
    return e.indicators().stream().map(i -> i.shownWeight().toPlainString()).toList();
  }

  private static List<String> rules(ProjectEvaluation e) {
    return e.findings().stream().map(f -> f.rule() + "@" + f.row()).toList();
  }

  @Test
  void scoresTheFirstChengdeTableWithGreaterLessDeadlineAndGradedIndicators() {
    TargetDocument d = seed(Seeds.CHENGDE);
    Project p = table(d, 1);
    assertThat(p.budget().total().wan()).isEqualByComparingTo("15.00");
    assertThat(values(p)).containsExactly("≥1 次", "≥90%", "12 月底前", "≤100%", "巩固提升", "可持续", "≥90%");

    ProjectEvaluation e =
        evaluator.evaluate(
            d,
            p,
            actuals(d.source(), 1)
                .spent("2023-06", "6")
                .spent("2023-12", "13.5")
                .indicator(1, "2次")
                .indicator(2, "81%")
                .indicator(3, "2023年11月30日")
                .indicator(4, "105%", "采购单价上涨，超出成本控制目标")
                .indicator(5, "基本达成", "监管覆盖面尚未全面铺开")
                .indicator(6, "达成")
                .indicator(7, "95%")
                .build(),
            Map.of());

    // 预算执行: 13.5 (the last period, 2023-12) / 15.00 = 0.9 → rate 90.00%, 0.9 × 10 = 9.00;
    //   90% is not below the 90% threshold, so no reason is needed.
    assertThat(e.budget().shownRate()).isEqualByComparingTo("90.00");
    assertThat(e.budget().shownPoints()).isEqualByComparingTo("9.00");
    // 产出 50 / 4 indicators = 12.5 each; 效益 30 / 2 = 15 each; 满意度 10 / 1 = 10.
    assertThat(shownWeights(e))
        .containsExactly("12.50", "12.50", "12.50", "12.50", "15.00", "15.00", "10.00");
    // r1 ≥1次, actual 2次: 2/1 capped at 1 → 12.50
    // r2 ≥90%, actual 81%: 81/90 = 0.9 → 0.9 × 12.5 = 11.25 (no deviation analysis → E3)
    // r3 12月底前 (budget year 2023 → 2023-12-31), done 2023-11-30: met → 12.50
    // r4 ≤100%, actual 105%: 100/105 = 0.9523809524 → × 12.5 = 11.904761905 → 11.90
    // r5 巩固提升, 基本达成: 80% of 15 = 12.00
    // r6 可持续, 达成: 15.00
    // r7 ≥90%, 95%: 10.00
    assertThat(shownPoints(e))
        .containsExactly("12.50", "11.25", "12.50", "11.90", "12.00", "15.00", "10.00");
    // total 9 + 12.5 + 11.25 + 12.5 + 11.904761905 + 12 + 15 + 10 = 94.154761905 → 94.15 优
    assertThat(e.score()).isEqualByComparingTo("94.15");
    assertThat(e.score().scale()).isEqualTo(2);
    assertThat(e.grade()).isEqualTo(EvaluationGrade.EXCELLENT);
    assertThat(e.outOf()).isEqualByComparingTo("100");
    assertThat(rules(e)).containsExactly("E3@2");
    Finding f = e.findings().get(0);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.location().source()).isEqualTo(Seeds.CHENGDE);
    assertThat(f.location().table()).isEqualTo(1);
    assertThat(f.field()).isEqualTo("actual");
    assertThat(f.message()).contains("成果质量监督检查工作方案、工作总结完成率", "≥90%", "81%", "未作偏差原因分析");
  }

  @Test
  void leavesOutTheBudgetOfAShijiazhuangTableThatPrintsNoneAndRescalesTo100() {
    TargetDocument d = seed(Seeds.SHIJIAZHUANG);
    Project p = table(d, 1);
    assertThat(p.budget()).isNull();
    assertThat(values(p)).containsExactly("≥95%", "≥95%", "≥90%", "≤5.75 万元", "≥90%", "≥90%");

    ProjectEvaluation e =
        evaluator.evaluate(
            d,
            p,
            actuals(d.source(), 1)
                .spent("2023-12", "5.2")
                .indicator(1, "100%")
                .indicator(2, "95%")
                .indicator(3, "72%", "雨季停工两周，工期顺延")
                .indicator(4, "5.2万元")
                .indicator(5, "90%")
                .indicator(6, "99%")
                .build(),
            Map.of());

    // No 预算数 printed and no adjusted budget given: 预算执行率 is left out (spending reported
    // or not), so the parts scored are worth 50 + 30 + 10 = 90.
    assertThat(e.budget().scored()).isFalse();
    assertThat(e.budget().available()).isNull();
    assertThat(e.budget().spent().wan()).isEqualByComparingTo("5.2");
    assertThat(e.outOf()).isEqualByComparingTo("90");
    // 产出 50/4 = 12.5: r1 100/95 capped → 12.5; r2 95/95 → 12.5; r3 72/90 = 0.8 → 10.00;
    //   r4 ≤5.75万元, 5.2万元: 5.75/5.2 > 1, capped → 12.5. 效益 r5 90/90 → 30. 满意度 r6 → 10.
    assertThat(shownPoints(e))
        .containsExactly("12.50", "12.50", "10.00", "12.50", "30.00", "10.00");
    // earned 87.5 of 90 → 87.5 × 100 / 90 = 97.2222222222 → 97.22 优
    assertThat(e.score()).isEqualByComparingTo("97.22");
    assertThat(e.grade()).isEqualTo(EvaluationGrade.EXCELLENT);
    assertThat(e.findings()).isEmpty();
  }

  @Test
  void anAdjustedBudgetGivesTheShijiazhuangTableItsExecutionPart() {
    TargetDocument d = seed(Seeds.SHIJIAZHUANG);
    Project p = table(d, 1);

    ProjectEvaluation e =
        evaluator.evaluate(
            d,
            p,
            actuals(d.source(), 1)
                .adjustedBudget("5.75")
                .spent("2023-12", "4.6")
                .indicator(1, "100%")
                .indicator(2, "95%")
                .indicator(3, "90%")
                .indicator(4, "5.2万元")
                .indicator(5, "90%")
                .indicator(6, "99%")
                .build(),
            Map.of());

    // 4.6 / 5.75 = 0.8 → 80.00%, 8.00 points; under 90% without a reason → E2.
    // Indicators all met: 90. Total 98.00 of 100, not rescaled.
    assertThat(e.budget().shownRate()).isEqualByComparingTo("80.00");
    assertThat(e.budget().shownPoints()).isEqualByComparingTo("8.00");
    assertThat(e.outOf()).isEqualByComparingTo("100");
    assertThat(e.score()).isEqualByComparingTo("98.00");
    assertThat(rules(e)).containsExactly("E2@null");
    assertThat(e.findings().get(0).message()).contains("80.00%", "4.6", "5.75", "低于 90%");
  }

  @Test
  void scoresBareNumbersAMissingActualAndMoneyInYuanOnAChengdeTable() {
    TargetDocument d = seed(Seeds.CHENGDE);
    Project p = table(d, 3);
    assertThat(values(p)).containsExactly("11个", "100%", "及时完成", "≤10万元", "巩固提升", "可持续", "≥98%");

    ProjectEvaluation e =
        evaluator.evaluate(
            d,
            p,
            actuals(d.source(), 3)
                .spent("2023-12", "10")
                .indicator(1, "10个", "一个县区数据延期提交")
                .indicator(2, "100%")
                // row 3 (及时完成) not reported
                .indicator(4, "98000元")
                .indicator(5, "部分达成", "成果应用尚待推广")
                .indicator(6, "未达成")
                .indicator(7, "98%")
                .build(),
            Map.of());

    // 预算执行 10 / 10 = 100% → 10.00
    // 产出 12.5 each: r1 = 11个 (a bare number is =), actual 10个: 10/11 = 0.9090909091
    //   × 12.5 = 11.36363636375 → kept 11.3636363638 → shown 11.36
    // r2 =100%, 100% → 12.50; r3 no actual → 0 and E1
    // r4 ≤10万元, 98000元 = 9.8万元: 10/9.8 > 1 → 12.50
    // 效益 15 each: r5 部分达成 60% → 9.00; r6 未达成 → 0, no deviation analysis → E3
    // 满意度 r7 98/98 → 10.00
    assertThat(shownPoints(e))
        .containsExactly("11.36", "12.50", "0.00", "12.50", "9.00", "0.00", "10.00");
    // total 10 + 11.3636363638 + 12.5 + 0 + 12.5 + 9 + 0 + 10 = 65.3636363638 → 65.36 中
    assertThat(e.score()).isEqualByComparingTo("65.36");
    assertThat(e.grade()).isEqualTo(EvaluationGrade.FAIR);
    assertThat(rules(e)).containsExactly("E1@3", "E3@6");
    assertThat(e.findings().get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(e.findings().get(0).message()).contains("监理工作完成及时性", "未填报实际完成值");
    assertThat(e.indicators().get(2).actual()).isNull();
    assertThat(e.indicatorsMet()).isEqualTo(3);
  }

  @Test
  void aMissedDeadlineEarnsNothingOnATianjinTableWithoutSatisfaction() {
    TargetDocument d = seed(Seeds.TIANJIN_PLANNING);
    Project p = table(d, 36);
    assertThat(p.indicators()).extracting(Indicator::level1).doesNotContain("满意度指标");
    assertThat(values(p)).containsExactly("1项", "100%", "2024年12月前完成", "≤130万元", "达到指定效益");
    assertThat(d.department()).isNull();

    ProjectEvaluation e =
        evaluator.evaluate(
            d,
            p,
            actuals(d.source(), 36)
                .spent("2024-12", "117")
                .indicator(1, "2024-12", "1项", null)
                .indicator(2, "2024-12", "100%", null)
                .indicator(3, "2024-12", "2025年1月15日", "野外调查受天气影响顺延")
                .indicator(4, "2024-12", "117万元", null)
                .indicator(5, "2024-12", "达成", null)
                .build(),
            Map.of());

    // No 满意度 indicator: the part is left out; the parts scored are worth 10 + 50 + 30 = 90.
    // 预算执行 117 / 130 = 0.9 → 9.00
    // 产出 12.5 each: r1 1项/1项 → 12.5; r2 → 12.5; r3 2024年12月前完成 (last day 2024-12-31),
    //   done 2025-01-15: missed → 0 (reason written, no E3); r4 ≤130万元, 117 → 12.5
    // 效益 30 / 1: r5 达成 → 30
    assertThat(shownPoints(e)).containsExactly("12.50", "12.50", "0.00", "12.50", "30.00");
    // earned 9 + 12.5 + 12.5 + 0 + 12.5 + 30 = 76.5 of 90 → 85.00 良
    assertThat(e.outOf()).isEqualByComparingTo("90");
    assertThat(e.score()).isEqualByComparingTo("85.00");
    assertThat(e.grade()).isEqualTo(EvaluationGrade.GOOD);
    assertThat(e.findings()).isEmpty();
    // the document prints no year: the year of the last spending reported stands in
    assertThat(e.year()).isEqualTo(2024);
  }

  @Test
  void aLowExecutionWithoutReasonIsFoundOnTheFirstTianjinEcologyTable() {
    TargetDocument d = seed(Seeds.TIANJIN_ECOLOGY);
    Project p = table(d, 1);
    assertThat(values(p)).containsExactly("≥5人", "100%", "≥8小时", "≤104万元", "保障正常运转", "≥90%");

    ProjectEvaluation e =
        evaluator.evaluate(
            d,
            p,
            actuals(d.source(), 1)
                .spent("2023-06", "50")
                .spent("2023-12", "83.2")
                .indicator(1, "6人")
                .indicator(2, "98%", "个别楼层保洁不及时")
                .indicator(3, "8小时")
                .indicator(4, "83.2万元")
                .indicator(5, "保障正常运转")
                .indicator(6, "92%")
                .build(),
            Map.of());

    // 预算执行 83.2 / 104 = 0.8 → 80.00%, 8.00 points; below 90% and no reason → E2
    // 产出 12.5 each: r1 6/5 capped → 12.5; r2 =100%, 98%: 0.98 × 12.5 = 12.25;
    //   r3 8/8 → 12.5; r4 ≤104, 83.2 → 12.5
    // 效益 r5 保障正常运转, the actual written as the target: 达成 → 30
    // 满意度 r6 92/90 capped → 10
    assertThat(e.budget().shownRate()).isEqualByComparingTo("80.00");
    assertThat(e.budget().shownPoints()).isEqualByComparingTo("8.00");
    assertThat(shownPoints(e))
        .containsExactly("12.50", "12.25", "12.50", "12.50", "30.00", "10.00");
    // total 8 + 12.5 + 12.25 + 12.5 + 12.5 + 30 + 10 = 97.75 优
    assertThat(e.score()).isEqualByComparingTo("97.75");
    assertThat(rules(e)).containsExactly("E2@null");
    assertThat(e.findings().get(0).field()).isEqualTo("spent");
  }

  @Test
  void departmentWeightsAndAMetPeriodDeadlineOnATianjinEcologyTable() {
    TargetDocument d = seed(Seeds.TIANJIN_ECOLOGY);
    Project p = table(d, 4);
    assertThat(values(p)).containsExactly("10个", "10个", "2023年6月-12月", "≤83.4万元", "有效促进", "≥80%");

    ProjectEvaluation e =
        evaluator.evaluate(
            d,
            p,
            actuals(d.source(), 4)
                .spent("2023-12", "83.4")
                .indicator(1, "8个", "两个区督察推迟至次年")
                .indicator(2, "10个")
                .indicator(3, "2023年12月")
                .indicator(4, "83.4万元")
                .indicator(5, "基本达成", "部分问题整改仍在推进")
                .indicator(6, "85%")
                .build(),
            Map.of(
                1, new BigDecimal("20"),
                2, new BigDecimal("10"),
                3, new BigDecimal("10"),
                4, new BigDecimal("10")));

    // 产出 weighted by the department: 20 + 10 + 10 + 10 = 50; 效益 and 满意度 split evenly.
    assertThat(shownWeights(e))
        .containsExactly("20.00", "10.00", "10.00", "10.00", "30.00", "10.00");
    // 预算执行 83.4 / 83.4 → 10
    // r1 =10个, 8个: 0.8 × 20 = 16; r2 → 10; r3 the span 2023年6月-12月 ends 2023-12-31, done
    //   2023年12月 (a month counts as its last day, 2023-12-31): met → 10; r4 ≤83.4, 83.4 → 10
    // r5 基本达成 80% of 30 = 24; r6 85/80 capped → 10
    assertThat(shownPoints(e))
        .containsExactly("16.00", "10.00", "10.00", "10.00", "24.00", "10.00");
    // total 10 + 16 + 10 + 10 + 10 + 24 + 10 = 90.00 → 优 (90 is the lower bound of 优)
    assertThat(e.score()).isEqualByComparingTo("90.00");
    assertThat(e.grade()).isEqualTo(EvaluationGrade.EXCELLENT);
    assertThat(e.findings()).isEmpty();
  }

  @Test
  void anActualOfTheWrongKindScoresNothingWithAFinding() {
    TargetDocument d = seed(Seeds.CHENGDE);
    Project p = table(d, 1);

    ProjectEvaluation e =
        evaluator.evaluate(
            d,
            p,
            actuals(d.source(), 1)
                .spent("2023-12", "15")
                .indicator(1, "达成")
                .indicator(2, "90次")
                .indicator(3, "95%")
                .indicator(4, "100%")
                .indicator(5, "95%")
                .indicator(6, "达成")
                .indicator(7, "95%")
                .build(),
            Map.of());

    // r1 ≥1 次 with a graded word, r2 ≥90% with 次, r3 a deadline with a percentage, r5 a
    // qualitative target with a number: each 0 points and E4 (no E3 on top).
    // 10 + 0 + 0 + 0 + 12.5 + 0 + 15 + 10 = 47.50 差
    assertThat(shownPoints(e))
        .containsExactly("0.00", "0.00", "0.00", "12.50", "0.00", "15.00", "10.00");
    assertThat(e.score()).isEqualByComparingTo("47.50");
    assertThat(e.grade()).isEqualTo(EvaluationGrade.POOR);
    assertThat(rules(e)).containsExactly("E4@1", "E4@2", "E4@3", "E4@5");
    assertThat(e.findings().get(1).message()).contains("计量单位“次”与指标值的“%”不一致");
    assertThat(e.findings().get(2).suggestion()).contains("2023年11月30日");
    assertThat(e.findings()).extracting(Finding::rule).allMatch(r -> r == RuleId.E4);
  }

  @Test
  void withoutAnyActualsEveryIndicatorAndTheSpendingAreMissing() {
    TargetDocument d = seed(Seeds.CHENGDE);

    ProjectEvaluation e = evaluator.evaluate(d, table(d, 2), null, Map.of());

    assertThat(e.score()).isEqualByComparingTo("0.00");
    assertThat(e.grade()).isEqualTo(EvaluationGrade.POOR);
    assertThat(rules(e))
        .containsExactly("E1@null", "E1@1", "E1@2", "E1@3", "E1@4", "E1@5", "E1@6", "E1@7", "E1@8");
  }
}
