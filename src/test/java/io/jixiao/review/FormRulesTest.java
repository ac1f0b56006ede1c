package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportResult;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorFacts;
import io.jixiao.model.Money;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import io.jixiao.model.SelfEvaluation;
import io.jixiao.model.TargetDocument;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules for the other regions' forms (S7, P1–P3, Q11, Q12), on the synthetic forms of
 * ../shared/forms as the real importer reads them: the forms README's deliberate defects D1–D3 are
 * reported, and nothing else of the same rules. Variants change one printed figure of a form.
 */
class FormRulesTest {

  static TargetDocument form(String name) {
    ImportResult r =
        new DocumentReader().read(Path.of("..", "shared", "forms", name).toAbsolutePath());
    assertThat(r.errors()).isEmpty();
    return r.document();
  }

  static List<String> places(RuleId rule, TargetDocument d) {
    return Reviews.findings(rule, d).stream()
        .map(f -> f.location().table() + ":" + (f.row() == null ? "-" : f.row()) + ":" + f.field())
        .collect(Collectors.toList());
  }

  static TargetDocument withProject(TargetDocument d, int index, UnaryOperator<Project> change) {
    List<Project> projects = new ArrayList<>(d.projects());
    projects.set(index, change.apply(projects.get(index)));
    return new TargetDocument(d.source(), d.department(), d.overall(), projects);
  }

  static Project withIndicator(Project p, int row, UnaryOperator<Indicator> change) {
    List<Indicator> indicators = new ArrayList<>(p.indicators());
    indicators.set(row - 1, change.apply(indicators.get(row - 1)));
    return new Project(
        p.seq(), p.title(), p.unit(), p.code(), p.name(), p.budget(), p.fundUse(),
        p.spendingPlan(), p.goals(), indicators, p.taxonomy(), p.facts());
  }

  static Project withSelfEvaluation(Project p, UnaryOperator<SelfEvaluation> change) {
    return p.withFacts(p.facts().withSelfEvaluation(change.apply(p.facts().selfEvaluation())));
  }

  @Test
  void weightsThatSumTo95InsteadOf100AreReportedForTheThirdSichuanProjectOnly() {
    assertThat(places(RuleId.S7, form("sichuan-shenbao-grid.md"))).containsExactly("3:-:weight");
    assertThat(places(RuleId.S7, form("sichuan-shenbao-grid.txt"))).containsExactly("3:-:weight");
    assertThat(Reviews.findings(RuleId.S7, form("sichuan-shenbao-grid.md")).get(0).message())
        .contains("合计 95", "不等于 100");
  }

  @Test
  void aSelfEvaluationCountsTheBudgetExecutionWeightTowardsTheHundred() {
    // indicators 90 + budget execution 10: no finding; budget weight 5 makes 95
    TargetDocument d = form("sichuan-ziping-cellperline.txt");
    assertThat(places(RuleId.S7, d)).isEmpty();
    TargetDocument five =
        withProject(d, 0, p -> withSelfEvaluation(p, s -> new SelfEvaluation(
            s.initialBudget(), s.adjustedBudget(), s.spent(), s.executionRate(),
            BigDecimal.valueOf(5), s.budgetScore(), s.totalScore(), s.grade())));
    assertThat(places(RuleId.S7, five)).containsExactly("1:-:weight");
  }

  @Test
  void aLevelWhosePrintedPointsDifferFromItsWeightsIsReported() {
    // 产出指标 rows of the first Sichuan project weigh 20+15+10+10 = 55; its label claims 50
    TargetDocument d = form("sichuan-shenbao-grid.md");
    Project first = d.projects().get(0);
    Project labelled = first;
    for (int row = 1; row <= first.indicators().size(); row++) {
      Indicator i = first.indicators().get(row - 1);
      if ("产出指标".equals(i.level1())) {
        labelled =
            withIndicator(labelled, row, x -> new Indicator(
                "产出指标(50分)", x.level2(), x.name(), x.description(), x.value(), x.basis(),
                x.facts()));
      }
    }
    Project changed = labelled;
    List<Finding> findings =
        Reviews.findings(RuleId.S7, withProject(d, 0, p -> changed)).stream()
            .filter(f -> f.location().table() == 1)
            .collect(Collectors.toList());
    assertThat(findings).as(findings.toString()).hasSize(1);
    assertThat(findings.get(0).field()).as(findings.toString()).isEqualTo(Fields.LEVEL1);
    assertThat(findings.get(0).message()).contains("50 分", "合计却为 55");
    assertThat(S7Weights.points("产出指标（５０分）")).isEqualByComparingTo("50");
    assertThat(S7Weights.points("产出指标")).isNull();
  }

  @Test
  void aScoreOf12AboveItsWeightOf10IsReportedOnTheSecondSichuanSelfEvaluation() {
    TargetDocument d = form("sichuan-ziping-cellperline.txt");
    assertThat(places(RuleId.P1, d)).containsExactly("2:4:score");
    assertThat(Reviews.findings(RuleId.P1, d).get(0).message()).contains("得分 12 高于其权重 10");
  }

  @Test
  void anExecutionRateThatIsNotSpentOverTheAdjustedBudgetIsReported() {
    TargetDocument d = form("sichuan-ziping-cellperline.txt");
    assertThat(places(RuleId.P2, d)).isEmpty(); // 50.16 / 52.80 = 95.00%, 33.48 / 36.00 = 93.00%
    TargetDocument initial =
        withProject(d, 0, p -> withSelfEvaluation(p, s -> new SelfEvaluation(
            s.initialBudget(), s.adjustedBudget(), s.spent(), new Percent(new BigDecimal("104.50")),
            s.budgetWeight(), s.budgetScore(), s.totalScore(), s.grade())));
    // 104.50% is 50.16 / 48.00, the initial budget: the form divided by the wrong budget
    assertThat(places(RuleId.P2, initial)).containsExactly("1:-:selfEvaluation.executionRate");
    assertThat(Reviews.findings(RuleId.P2, initial).get(0).message())
        .contains("104.5%", "调整后预算 52.8 万元 = 95.00%");
  }

  @Test
  void aPrintedRateIsReadToThePrecisionItIsPrintedWith() {
    TargetDocument d = form("sichuan-ziping-cellperline.txt");
    TargetDocument rounded =
        withProject(d, 0, p -> withSelfEvaluation(p, s -> new SelfEvaluation(
            s.initialBudget(), s.adjustedBudget(), Money.parse("50.00"), Percent.of(95),
            s.budgetWeight(), s.budgetScore(), s.totalScore(), s.grade())));
    assertThat(places(RuleId.P2, rounded)).isEmpty(); // 50.00 / 52.80 = 94.70%, printed 95%
  }

  @Test
  void aTotalScoreThatIsNotTheSumOfItsPartsIsReported() {
    TargetDocument d = form("sichuan-ziping-cellperline.txt");
    // 98.60 = 9.50 + 89.10; 101.30 = 9.30 + 92.00 (D2 is the score above its weight, the sum holds)
    assertThat(places(RuleId.P3, d)).isEmpty();
    TargetDocument wrong =
        withProject(d, 0, p -> withSelfEvaluation(p, s -> new SelfEvaluation(
            s.initialBudget(), s.adjustedBudget(), s.spent(), s.executionRate(),
            s.budgetWeight(), s.budgetScore(), new BigDecimal("97.60"), s.grade())));
    assertThat(places(RuleId.P3, wrong)).containsExactly("1:-:selfEvaluation.totalScore");
    assertThat(Reviews.findings(RuleId.P3, wrong).get(0).message()).contains("97.6", "合计为 98.6");
  }

  @Test
  void theAnhuiPrintedZeroExecutionRateIsReportedAgainstTheDetailRowsFigures() {
    TargetDocument d = form("anhui-ziping-points.txt");

    assertThat(places(RuleId.P2, d)).containsExactly("1:-:selfEvaluation.executionRate");
    assertThat(Reviews.findings(RuleId.P2, d).get(0).message())
        .contains("0%", "112.67", "118.6", "95.00%");
    // the printed 总分 87.8 counts the printed budget score 0: consistent as printed
    assertThat(places(RuleId.P3, d)).isEmpty();
    assertThat(places(RuleId.S7, d)).isEmpty();
    assertThat(places(RuleId.P1, d)).isEmpty();
  }

  @Test
  void theHunanSatisfactionOf90WithoutPercentIsReportedAndItsOlderTaxonomyIsNot() {
    TargetDocument d = form("hunan-shenbao-longterm.txt");
    assertThat(places(RuleId.Q7, d)).containsExactly("2:10:value");
    // 社会公众或服务对象满意度指标 under 效益指标 is the 2015 framework's satisfaction
    assertThat(places(RuleId.S3, d)).isEmpty();
    assertThat(places(RuleId.S2, d)).isEmpty();
    // 村民满意度 as a long-term and as an annual target is no duplicate
    assertThat(places(RuleId.S6, d)).isEmpty();
  }

  @Test
  void aUnitCostPrintedAloneIsNoTotalCostAndASelfEvaluationWithoutAGoalFieldLacksNoGoal() {
    TargetDocument d = form("sichuan-ziping-cellperline.txt");
    assertThat(places(RuleId.B3, d)).isEmpty(); // 单个少年宫补助标准 =3.3万元 of 48
    assertThat(places(RuleId.S5, d)).isEmpty();
  }

  @Test
  void signAndUnitColumnsThatContradictEachOtherAreReported() {
    TargetDocument d = form("sichuan-shenbao-grid.md");
    assertThat(places(RuleId.Q11, d)).isEmpty();
    for (String value : List.of("≥≤7天", "=≥95%", "定性95%", "≥48.6公里%", "≥95%个")) {
      TargetDocument changed =
          withProject(d, 0, p -> withIndicator(p, 1, i -> i.withValue(value)));
      assertThat(places(RuleId.Q11, changed)).as(value).containsExactly("1:1:value");
    }
    for (String value : List.of(">=48.6公里", "≥≥48.6公里", "≥95%%", "≥95%以上", "≤=7天")) {
      TargetDocument changed =
          withProject(d, 0, p -> withIndicator(p, 1, i -> i.withValue(value)));
      assertThat(places(RuleId.Q11, changed)).as(value).isEmpty();
    }
  }

  @Test
  void aTwoPrintedForAtLeastIsFlaggedWithItsLikelyReadingAndNeverCorrected() {
    // the Hubei form's OCR damage (2300天, 298%, 295%) on a Sichuan row
    TargetDocument d = form("sichuan-shenbao-grid.md");
    assertThat(places(RuleId.Q12, d)).isEmpty();
    for (String[] c : new String[][] {{"298%", "≥98%"}, {"2300天", "≥300天"}, {"295%", "≥95%"}}) {
      TargetDocument changed =
          withProject(d, 0, p -> withIndicator(p, 3, i -> i.withValue(c[0])));
      List<Finding> f = Reviews.findings(RuleId.Q12, changed);
      assertThat(f).as(c[0]).hasSize(1);
      assertThat(f.get(0).message()).contains("“" + c[1] + "”");
      assertThat(changed.projects().get(0).indicators().get(2).value()).isEqualTo(c[0]);
    }
    for (String value : List.of("≥298%", "200%", "25天", "300天", "98%")) {
      TargetDocument changed =
          withProject(d, 0, p -> withIndicator(p, 3, i -> i.withValue(value)));
      assertThat(places(RuleId.Q12, changed)).as(value).isEmpty();
    }
    TargetDocument growth =
        withProject(d, 0, p -> withIndicator(p, 3, i -> new Indicator(
            i.level1(), i.level2(), "客流量同比增长率", null, "250%", null, IndicatorFacts.NONE)));
    assertThat(places(RuleId.Q12, growth)).isEmpty();
  }
}
