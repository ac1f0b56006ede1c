package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The grade formula (docs/review.md), on made-up findings and on real tables. */
class GradingTest {

  private final Grading grading = new Grading(new GradingPolicy(1, 5, 3, Set.of(RuleId.S1)));

  private static Finding finding(RuleId rule, Severity severity, Integer row, String field) {
    return new Finding(
        rule, severity, new Location(Seeds.CHENGDE, 1, row, field), "消息", "建议", rule.citation());
  }

  private static List<Finding> warnings(int rows) {
    List<Finding> list = new ArrayList<>();
    for (int i = 1; i <= rows; i++) {
      list.add(finding(RuleId.Q1, Severity.WARNING, i, "value"));
    }
    return list;
  }

  @Test
  void noFindingAndOneWarningAreExcellent() {
    assertThat(grading.grade(List.of())).isEqualTo(Grade.EXCELLENT);
    assertThat(grading.grade(warnings(1))).isEqualTo(Grade.EXCELLENT);
  }

  @Test
  void twoToFourWarnedPlacesAreGood() {
    assertThat(grading.grade(warnings(2))).isEqualTo(Grade.GOOD);
    assertThat(grading.grade(warnings(4))).isEqualTo(Grade.GOOD);
  }

  @Test
  void fiveWarnedPlacesAreFair() {
    assertThat(grading.grade(warnings(5))).isEqualTo(Grade.FAIR);
  }

  @Test
  void twoRulesOnOneIndicatorCountOnce() {
    // 按预算资金完成率 as a cost indicator: Q3 on its value, Q4 on its name
    List<Finding> f =
        List.of(
            finding(RuleId.Q3, Severity.WARNING, 4, "value"),
            finding(RuleId.Q4, Severity.WARNING, 4, "l3"));

    assertThat(grading.grade(f)).isEqualTo(Grade.EXCELLENT);
  }

  @Test
  void infoNeverLowersTheGrade() {
    List<Finding> f = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      f.add(finding(RuleId.Q2, Severity.INFO, i, "description"));
    }

    assertThat(grading.grade(f)).isEqualTo(Grade.EXCELLENT);
  }

  @Test
  void oneOrTwoErrorsAreFair() {
    assertThat(grading.grade(List.of(finding(RuleId.B2, Severity.ERROR, null, "spendingPlan.dec"))))
        .isEqualTo(Grade.FAIR);
  }

  @Test
  void threeErrorsArePoor() {
    List<Finding> f =
        List.of(
            finding(RuleId.S3, Severity.ERROR, 1, "l2"),
            finding(RuleId.S3, Severity.ERROR, 2, "l2"),
            finding(RuleId.Q8, Severity.ERROR, 3, "value"));

    assertThat(grading.grade(f)).isEqualTo(Grade.POOR);
  }

  @Test
  void aTableWithoutOutputsOrEffectsIsPoor() {
    assertThat(grading.grade(List.of(finding(RuleId.S1, Severity.ERROR, null, "l1"))))
        .isEqualTo(Grade.POOR);
  }

  @Test
  void aDocumentGetsTheRoundedMeanOfItsTables() {
    List<TableReview> tables =
        List.of(
            new TableReview(1, "甲", Grade.EXCELLENT, List.of()),
            new TableReview(2, "乙", Grade.EXCELLENT, List.of()),
            new TableReview(3, "丙", Grade.FAIR, List.of()));

    // (4 + 4 + 2) / 3 = 3.33 → 良
    assertThat(grading.documentGrade(tables, List.of())).isEqualTo(Grade.GOOD);
  }

  @Test
  void aDocumentWideErrorCapsTheDocumentAtFair() {
    List<TableReview> tables = List.of(new TableReview(1, "甲", Grade.EXCELLENT, List.of()));
    Finding error =
        new Finding(
            RuleId.S5,
            Severity.ERROR,
            new Location(Seeds.CHENGDE, null, null, "unit"),
            "消息",
            "建议",
            "出处");

    assertThat(grading.documentGrade(tables, List.of(error))).isEqualTo(Grade.FAIR);
  }

  // Real tables -----------------------------------------------------------------------------------

  @Test
  void theSoundChengdeTableIsExcellent() {
    // 001 table 1: one warning (采购总成本控制率 ≤100% is no amount), Q2 info
    assertThat(Reviews.table(Tables.chengde(Tables.chengde1QualityInspection().build()), 0).grade())
        .isEqualTo(Grade.EXCELLENT);
  }

  @Test
  void theSoundChengdeTableIsFairInADocumentWhereNoTablePrintsABudget() {
    // the document-wide S5 error (no 预算数 anywhere) is a defect of every table in it
    TableReview t =
        Reviews.table(Tables.chengde(Tables.chengde1QualityInspection().noBudget().build()), 0);
    assertThat(t.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    assertThat(t.grade()).isEqualTo(Grade.FAIR);
  }

  @Test
  void theShijiazhuangTableWithBudgetCompletionAsTimelinessIsFair() {
    // 004 table 3: 时效 and 成本 of the wrong kind (Q3, Q4), template goal (Q10), and its document
    // prints no budget in any table (S5, an error about every table)
    assertThat(
            Reviews.table(Tables.shijiazhuang(Tables.shijiazhuang3LandEvaluationFirst().build()), 0)
                .grade())
        .isEqualTo(Grade.FAIR);
  }

  @Test
  void aTableWithAnImpossibleDateIsFair() {
    // 000 table 95: 2024年11月31日 (error) and four effect values repeating their names
    assertThat(
            Reviews.table(Tables.tianjinPlanning(Tables.tianjin95Carbonate().build()), 0).grade())
        .isEqualTo(Grade.FAIR);
  }

  @Test
  void aTableWithAnUnfilledGoalIsFair() {
    // 001 table 6: 目标内容 1
    assertThat(Reviews.table(Tables.chengde(Tables.chengde6LandUseEvaluation().build()), 0).grade())
        .isEqualTo(Grade.FAIR);
  }
}
