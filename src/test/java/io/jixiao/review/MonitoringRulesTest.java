package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.Seeds;
import io.jixiao.document.DocumentReader;
import io.jixiao.monitor.Actuals;
import io.jixiao.monitor.TestActuals;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * M1–M3 on real 承德 (001, budget year 2023) tables with actuals built in code: each rule fires, and
 * a close case does not. Figures are worked out in the comments.
 */
class MonitoringRulesTest {

  private static final TargetDocument CHENGDE =
      new DocumentReader().read(Seeds.path(Seeds.CHENGDE)).document();
  private static final ReviewEngine ENGINE = new ReviewEngine();

  /** The 承德 document with only the tables {@code seqs}. */
  private static TargetDocument tables(int... seqs) {
    List<Project> projects =
        CHENGDE.projects().stream()
            .filter(p -> Arrays.stream(seqs).anyMatch(s -> s == p.seq()))
            .collect(Collectors.toList());
    return new TargetDocument(CHENGDE.source(), CHENGDE.department(), null, projects);
  }

  private static List<Finding> findings(
      ReviewEngine engine, RuleId rule, TargetDocument doc, Actuals actuals, String asOf) {
    return engine.monitor(doc, actuals, YearMonth.parse(asOf)).allFindings().stream()
        .filter(f -> f.rule() == rule)
        .collect(Collectors.toList());
  }

  private static List<Finding> findings(
      RuleId rule, TargetDocument doc, Actuals actuals, String asOf) {
    return findings(ENGINE, rule, doc, actuals, asOf);
  }

  // M1 — 001 table 1: 预算数 15.00, plan 10月底 30% / 12月底 100%

  @Test
  void m1FindsSpendingBehindTheTablesOwnPlanAtTheYearEnd() {
    // December: 13.49 ÷ 15 = 89.933… → 89.93%; 100 − 89.93 = 10.07 points behind (> 10)
    Actuals actuals = TestActuals.of(TestActuals.table(Seeds.CHENGDE, 1).spent("2023-12", "13.49"));

    assertThat(findings(RuleId.M1, tables(1), actuals, "2023-12"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.location())
                  .isEqualTo(new Location(Seeds.CHENGDE, 1, null, "spendingPlan.dec"));
              assertThat(f.message())
                  .isEqualTo(
                      "截至2023年12月底累计支出 13.49 万元，占全年预算数 15 万元的 89.93%，资金支出计划12月底为 100%，落后 10.07"
                          + " 个百分点");
              assertThat(f.suggestion()).contains("加快预算执行");
              assertThat(f.source()).isEqualTo(RuleId.M1.citation());
            });
  }

  @Test
  void m1LetsTenPointsBehindPass() {
    // 13.50 ÷ 15 = 90%: exactly 10 points behind, not more
    Actuals actuals = TestActuals.of(TestActuals.table(Seeds.CHENGDE, 1).spent("2023-12", "13.50"));

    assertThat(findings(RuleId.M1, tables(1), actuals, "2023-12")).isEmpty();
  }

  @Test
  void m1NamesAnOlderReportUsedForTheCheckpoint() {
    // 001 table 10: 40.00, plan 6月底 30% / 10月底 70%; last report September 20.00 → 50%, 20 behind
    Actuals actuals =
        TestActuals.of(TestActuals.table(Seeds.CHENGDE, 10).spent("2023-09", "20.00"));

    assertThat(findings(RuleId.M1, tables(10), actuals, "2023-11"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.field()).isEqualTo("spendingPlan.oct");
              assertThat(f.message())
                  .isEqualTo(
                      "截至2023年10月底（最近一次报送为2023年9月底）累计支出 20 万元，占全年预算数 40 万元的 50%，资金支出计划10月底为 70%，落后"
                          + " 20 个百分点");
            });
  }

  @Test
  void m1MeasuresAgainstTheAdjustedBudget() {
    // 001 table 10 adjusted to 30.00: 20 ÷ 30 = 66.67%, 70 − 66.67 = 3.33 behind: no finding
    Actuals adjusted =
        TestActuals.of(
            TestActuals.table(Seeds.CHENGDE, 10).spent("2023-10", "20.00").budget("30.00", "调减"));

    assertThat(findings(RuleId.M1, tables(10), adjusted, "2023-10")).isEmpty();
  }

  // M2 — 001 table 1 in October, 10.50 spent: 10.5 ÷ 15 = 70%

  private static TestActuals firstTableInOctober(String qualityRate) {
    return TestActuals.table(Seeds.CHENGDE, 1)
        .spent("2023-10", "10.50")
        .indicator(1, "2023-10", "1次")
        .indicator(2, "2023-10", qualityRate)
        .indicator(4, "2023-10", "80%")
        .indicator(5, "2023-10", "部分达成");
  }

  @Test
  void m2FindsIndicatorsBehindTheMoney() {
    // rows counted: 1次 of ≥1 次 = 100; 36% of ≥90% = 40; 部分达成 = 60 (row 4 ≤100% is a ceiling)
    // indicator progress (100 + 40 + 60) ÷ 3 = 66.666… → 66.67; 70 − 66.67 = 3.33: within 10 …
    // … so spend more: 12.00 ÷ 15 = 80%, 80 − 66.67 = 13.33 > 10
    Actuals actuals = TestActuals.of(firstTableInOctober("36%").spent("2023-10", "12.00"));

    assertThat(findings(RuleId.M2, tables(1), actuals, "2023-10"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location())
                  .isEqualTo(new Location(Seeds.CHENGDE, 1, null, "indicators"));
              assertThat(f.message())
                  .isEqualTo(
                      "截至2023年10月底，指标完成进度 66.67%（3 项指标的平均）与预算执行进度 80% 相差 13.33 个百分点，指标完成滞后于资金支出");
            });
  }

  @Test
  void m2LetsATenPointGapPass() {
    // 45% of ≥90% = 50: (100 + 50 + 60) ÷ 3 = 70; 12.00 ÷ 15 = 80%: 10 points apart, not more
    Actuals actuals = TestActuals.of(firstTableInOctober("45%").spent("2023-10", "12.00"));

    assertThat(findings(RuleId.M2, tables(1), actuals, "2023-10")).isEmpty();
  }

  @Test
  void m2FindsMoneyBehindTheIndicators() {
    // 81% of ≥90% = 90: (100 + 90 + 60) ÷ 3 = 83.33; 10.50 ÷ 15 = 70%: 13.33 apart
    Actuals actuals = TestActuals.of(firstTableInOctober("81%"));

    assertThat(findings(RuleId.M2, tables(1), actuals, "2023-10"))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .endsWith("相差 13.33 个百分点，资金支出滞后于指标完成");
  }

  // M3 — 001 table 8: 预算数 20.00, plan 6月底 30% / 10月底 30% / 12月底 100%

  @Test
  void m3FindsSpendingBelowTheRegionalFloorThoughTheTablesPlanIsMet() {
    // June: 7.00 ÷ 20 = 35%: ahead of the table's 30%, below the default floor 40% by June
    Actuals actuals = TestActuals.of(TestActuals.table(Seeds.CHENGDE, 8).spent("2023-06", "7.00"));

    assertThat(findings(RuleId.M1, tables(8), actuals, "2023-06")).isEmpty();
    assertThat(findings(RuleId.M3, tables(8), actuals, "2023-06"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location()).isEqualTo(new Location(Seeds.CHENGDE, 8, null, "spent"));
              assertThat(f.message())
                  .isEqualTo("截至2023年6月底累计支出 7 万元，占全年预算数 20 万元的 35%，低于本地区6月底支出进度要求 40%（差 5 个百分点）");
            });
  }

  @Test
  void m3LetsSpendingAtTheFloorPass() {
    // 8.00 ÷ 20 = 40%: at the floor
    Actuals actuals = TestActuals.of(TestActuals.table(Seeds.CHENGDE, 8).spent("2023-06", "8.00"));

    assertThat(findings(RuleId.M3, tables(8), actuals, "2023-06")).isEmpty();
  }

  @Test
  void m3FollowsTheFloorsOfARegionPack() {
    RulePack region =
        RulePack.parse(
            "region.json",
            "{\"id\": \"r\", \"version\": \"1\", \"region\": \"某市\", \"rules\": {\"M3\":"
                + " {\"floors\": {\"6\": 30, \"9\": 50}}}}");
    ReviewEngine engine = new ReviewEngine(region);
    // June: 35% ≥ 30%
    Actuals june = TestActuals.of(TestActuals.table(Seeds.CHENGDE, 8).spent("2023-06", "7.00"));
    // September: 9.00 ÷ 20 = 45% < 50%
    Actuals september =
        TestActuals.of(TestActuals.table(Seeds.CHENGDE, 8).spent("2023-09", "9.00"));

    assertThat(findings(engine, RuleId.M3, tables(8), june, "2023-06")).isEmpty();
    assertThat(findings(engine, RuleId.M3, tables(8), september, "2023-09"))
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo("截至2023年9月底累计支出 9 万元，占全年预算数 20 万元的 45%，低于本地区9月底支出进度要求 50%（差 5 个百分点）");
    // the default floor of August (60%) is gone with the region's list
    assertThat(findings(engine, RuleId.M3, tables(8), september, "2023-08")).isEmpty();
  }

  // M4 — 001 table 8: 预算数 20.00

  @Test
  void m4FindsSpendingAboveTheBudget() {
    // 46.512 ÷ 20 = 232.56%
    Actuals actuals =
        TestActuals.of(TestActuals.table(Seeds.CHENGDE, 8).spent("2023-11", "46.512"));

    assertThat(findings(RuleId.M4, tables(8), actuals, "2023-11"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.location()).isEqualTo(new Location(Seeds.CHENGDE, 8, null, "spent"));
              assertThat(f.message())
                  .isEqualTo(
                      "截至2023年11月底累计支出 46.512 万元，占全年预算数 20 万元的 232.56%，超出全年预算 26.512 万元（执行率超过 100%）");
              assertThat(f.source()).contains("预算法");
            });
  }

  @Test
  void m4LetsSpendingTheWholeBudgetPass() {
    Actuals actuals = TestActuals.of(TestActuals.table(Seeds.CHENGDE, 8).spent("2023-12", "20.00"));

    assertThat(findings(RuleId.M4, tables(8), actuals, "2023-12")).isEmpty();
  }

  @Test
  void theDefaultPackHasTheCatalogsExampleFloors() {
    assertThat(RulePack.defaults().settings(RuleId.M3).floors("floors"))
        .containsExactly(
            Map.entry(4, new BigDecimal("25")),
            Map.entry(6, new BigDecimal("40")),
            Map.entry(8, new BigDecimal("60")),
            Map.entry(10, new BigDecimal("80")));
    assertThat(RulePack.defaults().settings(RuleId.M1).number("maxLagPoints"))
        .isEqualByComparingTo("10");
    assertThat(RulePack.defaults().settings(RuleId.M2).number("maxGapPoints"))
        .isEqualByComparingTo("10");
  }

  @Test
  void floorsMustBeAnObjectOfMonths() {
    assertThatThrownBy(
            () ->
                RulePack.parse(
                    "region.json",
                    "{\"id\": \"r\", \"version\": \"1\", \"region\": \"某市\", \"rules\": {\"M3\":"
                        + " {\"floors\": [25, 40]}}}"))
        .hasMessageContaining("$.rules.M3.floors: 应为对象，键为月份（1–12），值为累计支出进度百分数（0–100）");
  }

  @Test
  void invalidFloorsAreRefusedWithTheirPath() {
    assertThatThrownBy(
            () ->
                RulePack.parse(
                    "region.json",
                    "{\"id\": \"r\", \"version\": \"1\", \"region\": \"某市\", \"rules\": {\"M3\":"
                        + " {\"floors\": {\"13\": 90, \"6\": 50, \"8\": 40, \"10\": 120}}}}"))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("$.rules.M3.floors.13: 月份应为 1–12 的整数，实为“13”")
        .hasMessageContaining("$.rules.M3.floors.10: 应在 0–100 之间，实为 120")
        .hasMessageContaining("$.rules.M3.floors: 进度要求是累计百分数，8 月（40%）不能低于 6 月（50%）");
  }

  // The run

  @Test
  void theDraftReviewNeverRunsTheMonitoringRules() {
    assertThat(ENGINE.review(CHENGDE).allFindings())
        .noneMatch(f -> f.rule().name().startsWith("M"));
  }

  @Test
  void aMonitoringRunReportsOnlyMonitoringRulesAndCountsTheAlertsPerProject() {
    // table 10 in October: 20.00 ÷ 40 = 50%: M1 (70 − 50 = 20 behind) and M3 (floor 80%)
    // table 3 reported nothing
    Actuals actuals =
        TestActuals.of(TestActuals.table(Seeds.CHENGDE, 10).spent("2023-10", "20.00"));

    DocumentMonitoring run = ENGINE.monitor(tables(3, 10), actuals, YearMonth.of(2023, 10));

    assertThat(run.source()).isEqualTo(Seeds.CHENGDE);
    assertThat(run.department()).isEqualTo("承德市自然资源和规划局");
    assertThat(run.budgetYear()).isEqualTo(2023);
    assertThat(run.tables()).extracting(TableMonitoring::seq).containsExactly(3, 10);
    assertThat(run.tables().get(0).findings()).isEmpty();
    assertThat(run.tables().get(1).findings())
        .extracting(Finding::rule)
        .containsExactly(RuleId.M1, RuleId.M3);
    assertThat(run.summary().lines()).extracting(l -> l.alerts()).containsExactly(0, 2);
    assertThat(run.summary().total().alerts()).isEqualTo(2);
  }

  @Test
  void aMonitoringRuleSwitchedOffInThePackIsNotRun() {
    RulePack pack =
        RulePack.parse(
            "quiet.json",
            "{\"id\": \"q\", \"version\": \"1\", \"region\": \"某县\", \"rules\": {\"M3\":"
                + " {\"enabled\": false}}}");
    Actuals actuals = TestActuals.of(TestActuals.table(Seeds.CHENGDE, 8).spent("2023-06", "7.00"));

    assertThat(findings(new ReviewEngine(pack), RuleId.M3, tables(8), actuals, "2023-06"))
        .isEmpty();
  }
}
