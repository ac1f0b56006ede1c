package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.Seeds;
import io.jixiao.model.Money;
import io.jixiao.model.ProjectCode;
import io.jixiao.model.TargetDocument;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R1 (结果应用) and the matching of a table to last year's, on 001 table 1 (测绘地理信息资质单位质量监督检查,
 * 15.00 万元 in 2023). Last year's outcome is the one the evaluation gives that table with the
 * actuals of {@code SeedEvaluationTest}'s wrong-kind case: 47.50 差, rows 1, 2, 3 and 5 at 0
 * points. The seeds hold no two years of one department, so "this year" is the same table in a
 * 2024 document with another budget.
 */
class ResultApplicationRuleTest {

  @TempDir Path dir;

  private static final String CODE = "13080023P000085100062";

  private static PriorOutcome outcome(String grade, String score, YearMonth reportedTo) {
    return new PriorOutcome(
        Seeds.CHENGDE,
        1,
        "2023 年测绘地理信息资质单位质量监督检查",
        new ProjectCode(CODE),
        Money.parse("15.00"),
        2023,
        reportedTo,
        new BigDecimal(score),
        grade,
        List.of(
            new PriorOutcome.Missed(
                1, "开展质量监督检查次数", "≥1 次", "达成", BigDecimal.ZERO, new BigDecimal("12.50")),
            new PriorOutcome.Missed(
                2, "成果质量监督检查工作方案、工作总结完成率", "≥90%", "90次", BigDecimal.ZERO, new BigDecimal("12.50")),
            new PriorOutcome.Missed(
                3, "监督检查工作完成时限", "12 月底前", "95%", BigDecimal.ZERO, new BigDecimal("12.50")),
            new PriorOutcome.Missed(
                5, "提升测绘行业成果质量监管水平", "巩固提升", "95%", BigDecimal.ZERO, new BigDecimal("15.00"))));
  }

  private static PriorOutcome poor() {
    return outcome("差", "47.50", YearMonth.of(2023, 12));
  }

  private static LastYear lastYear(PriorOutcome outcome) {
    return new LastYear(
        List.of(Tables.chengde(Tables.chengde1QualityInspection().build())), List.of(outcome));
  }

  /** The table in a 2024 document of the same department with budget {@code total}. */
  private static TargetDocument thisYear(Tables.Builder table) {
    return Tables.document("001-2024.txt", 2024, table.build());
  }

  private static TargetDocument thisYear(String total) {
    return thisYear(Tables.chengde1QualityInspection().budget(total, total, null));
  }

  private static List<Finding> r1(ReviewEngine engine, TargetDocument doc, LastYear lastYear) {
    return engine.review(doc, lastYear).allFindings().stream()
        .filter(f -> f.rule() == RuleId.R1)
        .toList();
  }

  private static List<Finding> r1(TargetDocument doc, LastYear lastYear) {
    return r1(Reviews.ENGINE, doc, lastYear);
  }

  @Test
  void aProjectGradedPoorLastYearWhoseBudgetGrowsIsWarned() {
    List<Finding> f = r1(thisYear("20.00"), lastYear(poor()));

    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.WARNING);
      assertThat(x.location().source()).isEqualTo("001-2024.txt");
      assertThat(x.location().table()).isEqualTo(1);
      assertThat(x.row()).isNull();
      assertThat(x.field()).isEqualTo(Fields.BUDGET_TOTAL);
      assertThat(x.message())
          .isEqualTo(
              "上年（2023年）“2023 年测绘地理信息资质单位质量监督检查”绩效自评 47.50 分，等级“差”，4 项指标未完成；"
                  + "预算数却由上年的 15 万元 增至 20 万元（+5 万元，+33.3%）");
      assertThat(x.suggestion()).startsWith("按绩效评价结果应用的要求压减该项目预算");
      assertThat(x.source()).contains("财预〔2020〕10号");
    });
  }

  @Test
  void theWarningCountsAsAWarnedPlaceInTheGrade() {
    // 001 t1 has one warned place of its own (Q3: ≤100% as a cost value) → 优; R1 on the budget
    // is a second one → 良
    TargetDocument doc = thisYear("20.00");

    assertThat(Reviews.ENGINE.review(doc).tables().get(0).grade()).isEqualTo(Grade.EXCELLENT);
    assertThat(Reviews.ENGINE.review(doc, lastYear(poor())).tables().get(0).grade())
        .isEqualTo(Grade.GOOD);
  }

  @Test
  void aProjectGradedFairLastYearIsNotWarned() {
    assertThat(r1(thisYear("20.00"), lastYear(outcome("中", "65.00", YearMonth.of(2023, 12)))))
        .isEmpty();
  }

  @Test
  void anEqualOrSmallerBudgetIsNotWarned() {
    assertThat(r1(thisYear("15.00"), lastYear(poor()))).isEmpty();
    assertThat(r1(thisYear("12.00"), lastYear(poor()))).isEmpty();
  }

  @Test
  void aTableThatContinuesNoTableOfLastYearIsNotWarned() {
    Tables.Builder other =
        Tables.chengde1QualityInspection()
            .code("13080024P000085100099")
            .name("2024 年测绘成果质量抽查")
            .budget("20.00", "20.00", null);

    assertThat(r1(thisYear(other), lastYear(poor()))).isEmpty();
  }

  @Test
  void aRenamedProjectIsMatchedByItsCode() {
    Tables.Builder renamed =
        Tables.chengde1QualityInspection()
            .name("2024 年测绘地理信息质量监督检查")
            .budget("20.00", "20.00", null);

    assertThat(r1(thisYear(renamed), lastYear(poor()))).hasSize(1);
  }

  @Test
  void aProjectWithANewCodeIsMatchedByItsNameWithoutYears() {
    Tables.Builder recoded =
        Tables.chengde1QualityInspection()
            .code("13080024P000085100001")
            .name("2024 年测绘地理信息资质单位质量监督检查")
            .budget("20.00", "20.00", null);

    assertThat(r1(thisYear(recoded), lastYear(poor()))).hasSize(1);
  }

  @Test
  void anOutcomeOfActualsThatStopBeforeDecemberIsNoGrade() {
    PriorOutcome october = outcome("差", "47.50", YearMonth.of(2023, 10));
    assertThat(october.yearEnd()).isFalse();

    assertThat(r1(thisYear("20.00"), lastYear(october))).isEmpty();
  }

  @Test
  void withoutLastYearsOutcomesR1DoesNotRun() {
    assertThat(r1(thisYear("20.00"), LastYear.of(Tables.chengde(Tables.chengde1QualityInspection().build()))))
        .isEmpty();
    assertThat(r1(thisYear("20.00"), LastYear.NONE)).isEmpty();
  }

  @Test
  void aRegionPackSetsTheGradesAndTheMinimumIncrease() throws IOException {
    ReviewEngine strict =
        new ReviewEngine(
            RulePack.load(
                write(
                    "strict.json",
                    "{\"id\": \"strict\", \"version\": \"1\", \"region\": \"测试\","
                        + " \"rules\": {\"R1\": {\"grades\": [\"中\", \"差\"]}}}")));
    ReviewEngine lenient =
        new ReviewEngine(
            RulePack.load(
                write(
                    "lenient.json",
                    "{\"id\": \"lenient\", \"version\": \"1\", \"region\": \"测试\","
                        + " \"rules\": {\"R1\": {\"minIncreasePercent\": 33.4}}}")));

    LastYear fair = lastYear(outcome("中", "65.00", YearMonth.of(2023, 12)));
    assertThat(r1(strict, thisYear("20.00"), fair)).hasSize(1);
    // +33.3% (5 / 15 = 33.33…%) is not more than 33.4, but 20.01 is +33.4%
    assertThat(r1(lenient, thisYear("20.00"), lastYear(poor()))).isEmpty();
    assertThat(r1(lenient, thisYear("20.02"), lastYear(poor()))).hasSize(1);
  }

  @Test
  void aPackWithAnUnknownGradeIsRefusedWithItsPath() throws IOException {
    Path file =
        write(
            "bad.json",
            "{\"id\": \"bad\", \"version\": \"1\", \"region\": \"测试\","
                + " \"rules\": {\"R1\": {\"grades\": [\"差\", \"很差\"]}}}");

    assertThatThrownBy(() -> RulePack.load(file))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("bad.json: $.rules.R1.grades[1]: 应为“优”“良”“中”“差”之一，实为 \"很差\"");
  }

  @Test
  void lastYearFindsTheOutcomeOfTheProjectItContinues() {
    LastYear ly = lastYear(poor());

    assertThat(ly.outcomeOf(Tables.chengde1QualityInspection().build()))
        .get()
        .extracting(PriorOutcome::grade)
        .isEqualTo("差");
    assertThat(
            ly.outcomeOf(
                Tables.chengde1QualityInspection().code(null).name("2024年测绘地理信息资质单位质量监督检查").build()))
        .isPresent();
    assertThat(ly.outcomeOf(Tables.chengde3ChangeSurveySummary().build())).isEmpty();
  }

  // X3 with the same matching ---------------------------------------------------------------------

  @Test
  void x3FindsARenamedProjectByItsCode() {
    TargetDocument doc =
        thisYear(
            Tables.chengde1QualityInspection()
                .name("2024 年测绘地理信息质量监督检查")
                .budget("20.00", "20.00", null));

    assertThat(Reviews.ENGINE.review(doc, lastYear(poor())).allFindings())
        .filteredOn(x -> x.rule() == RuleId.X3)
        .hasSize(1);
  }

  private Path write(String name, String json) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }
}
