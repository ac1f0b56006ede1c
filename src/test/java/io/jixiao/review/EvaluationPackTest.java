package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The {@code evaluation} section of rule packs: defaults, region overrides, validation. */
class EvaluationPackTest {

  private static String region(String evaluation) {
    return "{\"id\": \"r\", \"version\": \"1\", \"region\": \"某省\", \"evaluation\": "
        + evaluation
        + "}";
  }

  @Test
  void theDefaultPackScoresAsTheProvincialForm() {
    EvaluationPolicy p = RulePack.defaults().evaluation();

    assertThat(p.budgetPoints()).isEqualByComparingTo("10");
    assertThat(p.outputPoints()).isEqualByComparingTo("50");
    assertThat(p.effectPoints()).isEqualByComparingTo("30");
    assertThat(p.satisfactionPoints()).isEqualByComparingTo("10");
    assertThat(p.achievedShare()).isEqualByComparingTo("100");
    assertThat(p.mostlyShare()).isEqualByComparingTo("80");
    assertThat(p.partlyShare()).isEqualByComparingTo("60");
    assertThat(p.notAchievedShare()).isEqualByComparingTo("0");
    assertThat(p.excellentFrom()).isEqualByComparingTo("90");
    assertThat(p.goodFrom()).isEqualByComparingTo("80");
    assertThat(p.fairFrom()).isEqualByComparingTo("60");
    assertThat(p.reasonBelowExecutionPercent()).isEqualByComparingTo("90");
    assertThat(p.severity(RuleId.E1)).isEqualTo(Severity.ERROR);
    assertThat(p.severity(RuleId.E3)).isEqualTo(Severity.WARNING);
  }

  @Test
  void aRegionPackOverridesOnlyTheEvaluationSettingsItNames() {
    RulePack pack =
        RulePack.parse(
            "r.json",
            region(
                "{\"weights\": {\"budgetExecution\": 20, \"output\": 40},"
                    + " \"reasonBelowExecutionPercent\": 85, \"severities\": {\"E3\": \"info\"}}"));

    EvaluationPolicy p = pack.evaluation();
    assertThat(p.budgetPoints()).isEqualByComparingTo("20");
    assertThat(p.outputPoints()).isEqualByComparingTo("40");
    assertThat(p.effectPoints()).isEqualByComparingTo("30");
    assertThat(p.reasonBelowExecutionPercent()).isEqualByComparingTo("85");
    assertThat(p.severity(RuleId.E3)).isEqualTo(Severity.INFO);
    assertThat(p.severity(RuleId.E1)).isEqualTo(Severity.ERROR);
    assertThat(pack.severity(RuleId.Q7)).isEqualTo(Severity.WARNING);
  }

  @Test
  void weightsThatDoNotAddUpTo100AreRefusedWithTheirPath() {
    assertThatThrownBy(() -> RulePack.parse("r.json", region("{\"weights\": {\"output\": 45}}")))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("r.json: $.evaluation.weights: 预算执行率与各一级指标的分值之和应为 100，实为 95");
  }

  @Test
  void badValuesAreRefusedWithTheirPaths() {
    RulePackException e =
        (RulePackException)
            org.assertj.core.api.Assertions.catchThrowable(
                () ->
                    RulePack.parse(
                        "r.json",
                        region(
                            "{\"weights\": {\"output\": \"50\", \"cost\": 5},"
                                + " \"achievementShares\": {\"partly\": 120},"
                                + " \"gradeBounds\": {\"good\": -1}, \"severities\": {\"E9\":"
                                + " \"error\", \"E2\": \"fatal\"}, \"bonus\": 1}")));

    assertThat(e.problems())
        .containsExactly(
            "$.evaluation.weights.output: 应为 0 到 100 之间的数，实为 \"50\"",
            "$.evaluation.weights.cost: 未知的键“cost”，可用的键：budgetExecution、output、effect、satisfaction",
            "$.evaluation.achievementShares.partly: 应为 0 到 100 之间的数，实为 120",
            "$.evaluation.gradeBounds.good: 应为 0 到 100 之间的数，实为 -1",
            "$.evaluation.severities.E9: 未知的自评规则“E9”，已知的自评规则：E1、E2、E3、E4",
            "$.evaluation.severities.E2: 应为\"error\"、\"warning\" 或 \"info\"，实为 \"fatal\"",
            "$.evaluation.bonus: 未知的键“bonus”，可用的键：weights、achievementShares、gradeBounds、"
                + "reasonBelowExecutionPercent、severities");
  }

  @Test
  void aBetterGradeMustNotEarnASmallerShare() {
    assertThatThrownBy(
            () -> RulePack.parse("r.json", region("{\"achievementShares\": {\"partly\": 85}}")))
        .hasMessageContaining("$.evaluation.achievementShares.partly: 应不高于 mostly（80），实为 85");
  }

  @Test
  void gradeBoundsMustFallFromExcellentToFair() {
    assertThatThrownBy(() -> RulePack.parse("r.json", region("{\"gradeBounds\": {\"fair\": 85}}")))
        .hasMessageContaining("$.evaluation.gradeBounds.fair: 应低于 good（80），实为 85");
  }

  @Test
  void aCompletePackMustHaveTheWholeSection() {
    String json =
        "{\"id\": \"x\", \"version\": \"1\", \"region\": \"某省\", \"evaluation\": {\"weights\":"
            + " {\"budgetExecution\": 10, \"output\": 50, \"effect\": 40}}}";

    assertThatThrownBy(() -> RulePackParser.parse("complete.json", json, null))
        .hasMessageContaining("complete.json: $.evaluation: 缺少必填键 achievementShares")
        .hasMessageContaining("complete.json: $.evaluation.weights: 缺少必填键 satisfaction");
  }

  @Test
  void evaluationRulesAreNotReviewRules() {
    assertThatThrownBy(
            () ->
                RulePack.parse(
                    "r.json",
                    "{\"id\": \"r\", \"version\": \"1\", \"region\": \"某省\", \"rules\":"
                        + " {\"E1\": {\"enabled\": false}}}"))
        .hasMessageContaining("$.rules.E1: 未知的规则编号“E1”");
  }
}
