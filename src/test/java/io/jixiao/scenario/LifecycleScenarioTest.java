package io.jixiao.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportResult;
import io.jixiao.evaluate.DepartmentEvaluation;
import io.jixiao.evaluate.EvaluationGrade;
import io.jixiao.evaluate.Evaluator;
import io.jixiao.evaluate.ProjectEvaluation;
import io.jixiao.evaluate.Weights;
import io.jixiao.monitor.Actuals;
import io.jixiao.monitor.ActualsCsv;
import io.jixiao.monitor.ActualsReadResult;
import io.jixiao.review.DocumentMonitoring;
import io.jixiao.results.LastYearFixture;
import io.jixiao.results.LastYearResults;
import io.jixiao.review.DocumentReview;
import io.jixiao.review.Finding;
import io.jixiao.review.LastYear;
import io.jixiao.review.PriorOutcome;
import io.jixiao.review.ReviewEngine;
import io.jixiao.review.RuleId;
import io.jixiao.review.RulePack;
import io.jixiao.review.TableMonitoring;
import io.jixiao.review.TableReview;
import io.jixiao.store.ActualsStore;
import io.jixiao.store.Database;
import io.jixiao.store.StoredDocument;
import io.jixiao.store.TargetStore;
import io.jixiao.store.TestDatabases;
import io.jixiao.model.Budget;
import io.jixiao.model.Department;
import io.jixiao.model.Money;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.workflow.Target;
import io.jixiao.workflow.TargetState;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One table's whole year, on a real published document and a real database: import → review →
 * fix → submit → return → resubmit → approve → publish → actuals → monitor → evaluate → 结果应用 in
 * next year's draft. Seed 001
 * (承德市自然资源和规划局 2023), table 2 (基础地理信息数据采集更新及平台运维, 95.00 万元, plan 10月底 30%, 12月底
 * 100%), whose goal only repeats the project name.
 */
class LifecycleScenarioTest {

  @TempDir Path dir;

  @Test
  void aTableGoesFromImportThroughReviewWorkflowMonitoringAndSelfEvaluationIntoNextYearsDraft() {
    try (Database db = Database.open(TestDatabases.h2Url(dir))) {
      TargetStore store = new TargetStore(db.dataSource());
      ReviewEngine engine = new ReviewEngine();

      // 编制: the department's published text is imported as version 1.
      ImportResult imported = new DocumentReader().read(Seeds.path(Seeds.CHENGDE));
      assertThat(imported.ok()).isTrue();
      StoredDocument v1 = store.save(imported.document());
      assertThat(v1.version()).isEqualTo(1);
      assertThat(v1.projects()).isEqualTo(36);
      TargetDocument document = store.load(Seeds.CHENGDE).orElseThrow();

      // 审核: the goal of table 2 only repeats the project name (S5, a warning).
      assertThat(rules(engine.review(document), 2)).contains(RuleId.S5);

      // The department fixes the goal; the fix is a new version and the finding is gone.
      TargetDocument fixed =
          withGoal(
              document,
              2,
              "完成承德市中心城区 40 平方公里基础地理信息数据采集更新，保障地理信息公共服务平台全年稳定运行，"
                  + "系统故障处理率不低于 95%");
      StoredDocument v2 = store.save(fixed);
      assertThat(v2.version()).isEqualTo(2);
      TargetDocument current = store.load(Seeds.CHENGDE).orElseThrow();
      assertThat(current.projects().get(1).goals()).containsExactly(fixed.projects().get(1).goals().get(0));
      assertThat(rules(engine.review(current), 2)).doesNotContain(RuleId.S5);
      assertThat(store.versions(Seeds.CHENGDE)).containsExactly(1, 2);

      // 提交 → 退回 → 再提交 → 批复 → 公开, each step recorded.
      Target target = new Target(2, Seeds.CHENGDE, 2, "承德市自然资源和规划局", TargetState.DRAFT, 0);
      Instant t = Instant.parse("2023-01-10T09:00:00Z");
      target.submit("dept", t);
      target.returnForRevision("reviewer", t.plusSeconds(3600), "满意度指标请写明调查对象");
      assertThat(target.state()).isEqualTo(TargetState.RETURNED);
      target.submit("dept", t.plusSeconds(7200));
      target.approve("reviewer", t.plusSeconds(10800));
      target.publish("reviewer", t.plusSeconds(14400));
      assertThat(target.state()).isEqualTo(TargetState.PUBLISHED);

      // 运行监控: actuals are read against the published targets and stored.
      Path csv = sampleActuals();
      ActualsReadResult read = ActualsCsv.read(csv, List.of(current));
      assertThat(read.ok()).isTrue();
      new ActualsStore(db.dataSource()).save(read);
      Actuals actuals = new ActualsStore(db.dataSource()).load(Seeds.CHENGDE);
      assertThat(actuals).isEqualTo(read.actuals());

      // At the end of October table 2 has spent 18.5 of 95 万元 = 19.47% against its plan of 30%:
      // 10.53 points behind, more than the 10 allowed (M1). Table 1 spent 4.5 of 15 = 30%, on plan.
      DocumentMonitoring october = engine.monitor(current, actuals, YearMonth.of(2023, 10));
      assertThat(alerts(october, 2)).contains(RuleId.M1);
      assertThat(alerts(october, 1)).doesNotContain(RuleId.M1);

      // 绩效自评: table 1 spent its whole budget and met its targets; table 2 spent 80.75 of 95
      // (85%, below the 90% that needs a reason — the reason is given), missed its deadline and
      // only partly reached its sustainability target, so it scores lower.
      DepartmentEvaluation evaluation =
          new Evaluator().evaluate(List.of(current), actuals, Weights.NONE);
      ProjectEvaluation first = project(evaluation, 1);
      ProjectEvaluation second = project(evaluation, 2);
      assertThat(first.budget().points()).isEqualByComparingTo("10");
      assertThat(first.grade()).isEqualTo(EvaluationGrade.EXCELLENT);
      assertThat(second.score()).isLessThan(first.score());
      assertThat(second.budget().rate()).isEqualByComparingTo("85.00");
      assertThat(second.findings()).extracting(Finding::rule).doesNotContain(RuleId.E2);
      assertThat(evaluation.ranking().get(0).score()).isGreaterThanOrEqualTo(first.score());

      // 结果应用: table 4 (国土变更调查市级监理, 10.00 万元) had a poor year — 3 of 10 万元 spent, 4 of 11
      // databases, 85%, 40%, 30%, 30% — 54.47 差. The department drafts its 2024 targets with the same
      // tables and asks 15.00 万元 for table 4: last year's results, read from the database, are shown
      // beside the draft and the review warns (R1); table 2 keeps its budget and gets no warning.
      ActualsReadResult poorYear = ActualsCsv.read(LastYearFixture.table4Csv(), List.of(current));
      assertThat(poorYear.ok()).isTrue();
      ActualsStore actualsStore = new ActualsStore(db.dataSource());
      actualsStore.save(poorYear);
      TargetDocument draft = nextYear(current, 4, "15.00");
      store.save(draft);
      LastYear lastYear =
          new LastYearResults(store, actualsStore, RulePack.defaults().evaluation())
              .lastYear(store.load(draft.source()).orElseThrow())
              .orElseThrow();
      PriorOutcome four = lastYear.outcomeOf(draft.projects().get(3)).orElseThrow();
      assertThat(four.year()).isEqualTo(2023);
      assertThat(four.grade()).isEqualTo("差");
      assertThat(four.score()).isEqualByComparingTo("54.47");
      assertThat(four.missed()).hasSize(6);
      PriorOutcome two = lastYear.outcomeOf(draft.projects().get(1)).orElseThrow();
      assertThat(two.score()).isEqualByComparingTo(second.score());
      DocumentReview nextReview = engine.review(draft, lastYear);
      assertThat(rules(nextReview, 4)).contains(RuleId.R1);
      assertThat(rules(nextReview, 2)).doesNotContain(RuleId.R1);
    }
  }

  /** The department's next-year draft: the same tables, budget year + 1, one budget changed. */
  private static TargetDocument nextYear(TargetDocument d, int seq, String budget) {
    Money m = Money.parse(budget);
    List<Project> projects = new ArrayList<>();
    for (Project p : d.projects()) {
      projects.add(p.seq() != seq ? p : p.withBudget(new Budget(m, m, null)));
    }
    Department dept = d.department();
    return new TargetDocument(
        "承德-" + (dept.year() + 1) + ".txt",
        new Department(dept.name(), dept.year() + 1),
        d.overall(),
        projects);
  }


  private static List<RuleId> rules(DocumentReview review, int seq) {
    for (TableReview t : review.tables()) {
      if (t.seq() == seq) {
        return t.findings().stream().map(Finding::rule).toList();
      }
    }
    throw new AssertionError("no table " + seq);
  }

  private static List<RuleId> alerts(DocumentMonitoring monitoring, int seq) {
    for (TableMonitoring t : monitoring.tables()) {
      if (t.seq() == seq) {
        return t.findings().stream().map(Finding::rule).toList();
      }
    }
    throw new AssertionError("no table " + seq);
  }

  private static ProjectEvaluation project(DepartmentEvaluation evaluation, int seq) {
    return evaluation.projects().stream().filter(p -> p.seq() == seq).findFirst().orElseThrow();
  }

  private static TargetDocument withGoal(TargetDocument d, int seq, String goal) {
    List<Project> projects = new ArrayList<>();
    for (Project p : d.projects()) {
      projects.add(p.seq() != seq ? p : p.withGoals(List.of(goal)));
    }
    return new TargetDocument(d.source(), d.department(), d.overall(), projects);
  }


  private static Path sampleActuals() {
    try {
      return Path.of(
          LifecycleScenarioTest.class.getResource("/actuals/001-chengde-2023.csv").toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
