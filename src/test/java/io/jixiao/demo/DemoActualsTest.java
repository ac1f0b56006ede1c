package io.jixiao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.evaluate.EvaluationGrade;
import io.jixiao.evaluate.Evaluator;
import io.jixiao.evaluate.ProjectEvaluation;
import io.jixiao.monitor.Actuals;
import io.jixiao.monitor.ActualsEntry;
import io.jixiao.monitor.IndicatorProgress;
import io.jixiao.monitor.MonitoringTable;
import io.jixiao.monitor.ProjectActuals;
import io.jixiao.review.DocumentMonitoring;
import io.jixiao.review.Finding;
import io.jixiao.review.ReviewEngine;
import io.jixiao.review.RuleId;
import io.jixiao.review.TableMonitoring;
import io.jixiao.model.TargetDocument;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The demo's 2024 actuals, read by the real monitoring and self-evaluation. */
class DemoActualsTest {

  private static final List<TargetDocument> DOCUMENTS = DemoData.documents();
  private static final Actuals ACTUALS = ActualsEntry.assemble(DemoActuals.entries());
  private static final YearMonth DECEMBER = YearMonth.of(2024, 12);

  @Test
  void twentyApprovedTablesReportSpendingAtEveryMonthEndOf2024() {
    assertThat(DemoActuals.tables()).hasSize(20);
    for (int[] t : DemoActuals.tables()) {
      ProjectActuals a = actuals(t[0], t[1]);
      assertThat(a.spent().keySet())
          .as("table %d of %s", t[1], DOCUMENTS.get(t[0]).source())
          .containsExactlyElementsOf(months(1, 12));
      // spending is cumulative: it never goes down
      assertThat(new ArrayList<>(a.spent().values()))
          .isSortedAccordingTo((x, y) -> x.wan().compareTo(y.wan()));
    }
    assertThat(DemoActuals.entries()).isEqualTo(DemoActuals.entries());
  }

  @Test
  void inDecemberTheMonitoringRulesFireOnTheProjectsThatLagOrOverrun() {
    Map<RuleId, TreeSet<String>> fired = fired(DECEMBER);
    assertThat(fired.get(RuleId.M1))
        .containsExactlyInAnyOrder("免疫规划疫苗接种", "农作物病虫害统防统治", "矿山生态修复");
    assertThat(fired.get(RuleId.M2))
        .containsExactlyInAnyOrder("农作物病虫害统防统治", "农村人居环境整治", "免疫规划疫苗接种", "矿山生态修复");
    assertThat(fired.get(RuleId.M3))
        .containsExactlyInAnyOrder(
            "农作物病虫害统防统治", "免疫规划疫苗接种", "地质灾害防治", "学前教育普惠性幼儿园奖补", "矿山生态修复",
            "高标准农田建设");
  }

  @Test
  void inJuneTheLateStartersAreBehindTheirPlanAndTheFloor() {
    Map<RuleId, TreeSet<String>> fired = fired(YearMonth.of(2024, 6));
    assertThat(fired.get(RuleId.M1)).contains("重大传染病防控", "国土空间总体规划编制");
    assertThat(fired.get(RuleId.M3)).contains("重大传染病防控", "国土空间总体规划编制");
  }

  @Test
  void theRatesFollowTheReportedSpending() {
    MonitoringTable preschool = monitoring(0, 2, DECEMBER);
    assertThat(preschool.rate()).isEqualByComparingTo("96.00");
    assertThat(preschool.spendingAt(YearMonth.of(2024, 10)).orElseThrow().amount().wan())
        .isEqualByComparingTo("446.40");
    MonitoringTable grants = monitoring(0, 5, DECEMBER);
    assertThat(grants.budgetAdjusted()).isTrue();
    assertThat(grants.budget().wan()).isEqualByComparingTo("560.00");
    assertThat(grants.rate()).isEqualByComparingTo("100.00");
    MonitoringTable withoutBudget = monitoring(3, 7, DECEMBER);
    assertThat(withoutBudget.budget()).isNull();
    assertThat(withoutBudget.spending().orElseThrow().amount().wan())
        .isEqualByComparingTo("257.92");
    assertThat(withoutBudget.rate()).isNull();
    assertThat(monitoring(1, 9, DECEMBER).reported()).as("卫健委 table 9 reports nothing").isFalse();
  }

  @Test
  void theIndicatorsAreMetMissedWithAndWithoutReasonGradedAndDeadlinesMetAndMissed() {
    List<IndicatorProgress> rows = new ArrayList<>();
    for (int[] t : DemoActuals.tables()) {
      rows.addAll(monitoring(t[0], t[1], DECEMBER).indicators());
    }
    assertThat(rows).extracting(IndicatorProgress::status)
        .contains("达成", "基本达成", "已完成", "逾期完成", "未超过目标", "超过目标", "未报送");
    assertThat(rows).anyMatch(r -> r.status().equals("90%") && r.note() != null);
    assertThat(rows).anyMatch(r -> r.status().equals("95.56%") && r.note() == null);
    IndicatorProgress late = monitoring(2, 1, DECEMBER).indicators().get(2);
    assertThat(late.actual()).isEqualTo("2024年11月20日");
    assertThat(late.status()).isEqualTo("逾期完成");
  }

  @Test
  void theSelfEvaluationGradesEveryTableWithoutUncomparableActuals() {
    Evaluator evaluator = new Evaluator();
    Map<String, ProjectEvaluation> byName = new TreeMap<>();
    for (int[] t : DemoActuals.tables()) {
      TargetDocument d = DOCUMENTS.get(t[0]);
      ProjectEvaluation e =
          evaluator.evaluate(d, d.projects().get(t[1] - 1), actuals(t[0], t[1]), Map.of());
      byName.put(e.name(), e);
      assertThat(e.findings()).extracting(Finding::rule).doesNotContain(RuleId.E4);
    }
    assertThat(byName.values()).extracting(ProjectEvaluation::grade)
        .contains(EvaluationGrade.EXCELLENT, EvaluationGrade.GOOD, EvaluationGrade.FAIR,
            EvaluationGrade.POOR);
    ProjectEvaluation fields = byName.get("高标准农田建设");
    assertThat(fields.score()).isEqualByComparingTo("87.10");
    assertThat(fields.grade()).isEqualTo(EvaluationGrade.GOOD);
    assertThat(byName.get("农产品质量安全监管").findings()).extracting(Finding::rule)
        .containsOnly(RuleId.E1);
    assertThat(byName.get("农作物病虫害统防统治").findings()).extracting(Finding::rule)
        .contains(RuleId.E2, RuleId.E3);
    assertThat(byName.get("免疫规划疫苗接种").findings()).extracting(Finding::rule)
        .as("a lag explained in the spending note").doesNotContain(RuleId.E2);
    ProjectEvaluation withoutBudget = byName.get("耕地保护动态监测");
    assertThat(withoutBudget.budget().scored()).isFalse();
    assertThat(withoutBudget.rescaled()).isTrue();
  }

  @Test
  void lastYearsTablesOfTheEducationDepartmentGetEveryGradeAndOneRecursWithMoreMoney() {
    TargetDocument lastYear = DemoData.lastYear().get(0);
    assertThat(lastYear.department().year()).isEqualTo(DemoData.YEAR - 1);
    Map<String, String> grades = new TreeMap<>();
    for (ProjectEvaluation e :
        new Evaluator()
            .evaluate(
                List.of(lastYear),
                ActualsEntry.assemble(DemoActuals.lastYearEntries()),
                io.jixiao.evaluate.Weights.NONE)
            .projects()) {
      grades.put(e.name(), e.score().toPlainString() + " " + e.grade().label());
      assertThat(e.findings()).extracting(Finding::rule).doesNotContain(RuleId.E4);
    }
    assertThat(grades).hasSize(5);
    assertThat(grades.get("中小学校舍维修改造")).isEqualTo("57.28 差");
    assertThat(grades.values()).anyMatch(g -> g.endsWith("优")).anyMatch(g -> g.endsWith("良"))
        .anyMatch(g -> g.endsWith("中"));
    // every 2023 table recurs in 2024 under the same name; the 差 one asks for more money
    List<String> names2024 =
        DOCUMENTS.get(0).projects().stream().map(p -> p.name()).toList();
    assertThat(names2024).containsAll(grades.keySet());
    assertThat(DOCUMENTS.get(0).projects().get(2).budget().total().wan())
        .isGreaterThan(lastYear.projects().get(2).budget().total().wan());
  }

  private static Map<RuleId, TreeSet<String>> fired(YearMonth month) {
    Map<RuleId, TreeSet<String>> fired = new TreeMap<>();
    ReviewEngine engine = new ReviewEngine();
    for (TargetDocument d : DOCUMENTS) {
      DocumentMonitoring m = engine.monitor(d, ACTUALS, month);
      for (TableMonitoring t : m.tables()) {
        for (Finding f : t.findings()) {
          fired.computeIfAbsent(f.rule(), k -> new TreeSet<>()).add(t.name());
        }
      }
    }
    return fired;
  }

  private static MonitoringTable monitoring(int department, int seq, YearMonth month) {
    TargetDocument d = DOCUMENTS.get(department);
    return MonitoringTable.of(
        d.source(),
        d.projects().get(seq - 1),
        ACTUALS.of(d.source(), seq).orElse(null),
        month,
        2024);
  }

  private static ProjectActuals actuals(int department, int seq) {
    return ACTUALS.of(DOCUMENTS.get(department).source(), seq).orElseThrow();
  }

  private static List<YearMonth> months(int from, int to) {
    List<YearMonth> list = new ArrayList<>();
    for (int m = from; m <= to; m++) {
      list.add(YearMonth.of(2024, m));
    }
    return list;
  }
}
