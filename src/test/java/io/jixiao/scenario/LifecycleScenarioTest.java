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
import io.jixiao.monitor.ActualsFiles;
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
import io.jixiao.store.TargetStore;
import io.jixiao.store.TestDatabases;
import io.jixiao.model.Budget;
import io.jixiao.model.Department;
import io.jixiao.model.Money;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import io.jixiao.workflow.Actor;
import io.jixiao.workflow.EditTable;
import io.jixiao.workflow.ImportDocument;
import io.jixiao.workflow.ImportOutcome;
import io.jixiao.workflow.RecordActuals;
import io.jixiao.workflow.TakeWorkflowStep;
import io.jixiao.workflow.ProjectState;
import io.jixiao.workflow.ProjectWorkflows;
import io.jixiao.workflow.Transition;
import io.jixiao.workflow.WorkflowStep;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One table's whole year, on a real published document and a real database, through the use cases
 * the command line and the web share (without Spring): import → review → fix → submit → return →
 * resubmit → approve → publish → actuals → monitor → evaluate → 结果应用 in next year's draft. Seed 001
 * (承德市自然资源和规划局 2023), table 2 (基础地理信息数据采集更新及平台运维, 95.00 万元, plan 10月底 30%, 12月底
 * 100%), whose goal only repeats the project name.
 */
class LifecycleScenarioTest {

  @TempDir Path dir;

  @Test
  void aTableGoesFromImportThroughReviewWorkflowMonitoringAndSelfEvaluationIntoNextYearsDraft() {
    try (Database db = Database.open(TestDatabases.h2Url(dir))) {
      DataSource ds = db.dataSource();
      TargetStore store = new TargetStore(ds);
      ProjectWorkflows targets = new ProjectWorkflows(ds);
      ReviewEngine engine = new ReviewEngine();
      Actor department = new Actor("dept", "承德市自然资源和规划局");
      Actor reviewer = new Actor("reviewer", null);

      // 编制: the department's published text is imported as version 1; every table is a draft.
      ImportResult imported = new DocumentReader().read(Seeds.path(Seeds.CHENGDE));
      assertThat(imported.ok()).isTrue();
      ImportOutcome v1 =
          new ImportDocument(ds).run(Seeds.CHENGDE, imported.document(), department);
      assertThat(v1.document().version()).isEqualTo(1);
      assertThat(v1.document().projects()).isEqualTo(36);
      assertThat(v1.tables()).hasSize(36).allMatch(t -> t.state() == ProjectState.DRAFT);
      long tableTwo = v1.tables().get(1).id();
      TargetDocument document = store.load(Seeds.CHENGDE).orElseThrow();

      // 审核: the goal of table 2 only repeats the project name (S5, a warning).
      assertThat(rules(engine.review(document), 2)).contains(RuleId.S5);

      // The department fixes the goal; the fix is a new version and the finding is gone.
      String goal =
          "完成承德市中心城区 40 平方公里基础地理信息数据采集更新，保障地理信息公共服务平台全年稳定运行，"
              + "系统故障处理率不低于 95%";
      EditTable.Outcome fix =
          new EditTable(ds).edit(tableTwo, 1, p -> p.withGoals(List.of(goal)), department);
      assertThat(fix.changed()).isTrue();
      assertThat(fix.documentVersion()).isEqualTo(2);
      assertThat(fix.revision()).isEqualTo(2);
      TargetDocument current = store.load(Seeds.CHENGDE).orElseThrow();
      assertThat(current.projects().get(1).goals()).containsExactly(goal);
      assertThat(rules(engine.review(current), 2)).doesNotContain(RuleId.S5);
      assertThat(store.versions(Seeds.CHENGDE)).containsExactly(1, 2);

      // 提交 → 退回 → 再提交 → 批复 → 公开, each step recorded with its history and audit entry.
      TakeWorkflowStep steps = new TakeWorkflowStep(ds);
      steps.take(tableTwo, WorkflowStep.SUBMIT, 2, null, department);
      steps.take(tableTwo, WorkflowStep.RETURN, 3, "满意度指标请写明调查对象", reviewer);
      assertThat(targets.summary(tableTwo).orElseThrow().state()).isEqualTo(ProjectState.RETURNED);
      steps.take(tableTwo, WorkflowStep.SUBMIT, 4, null, department);
      steps.take(tableTwo, WorkflowStep.APPROVE, 5, null, reviewer);
      assertThat(steps.take(tableTwo, WorkflowStep.PUBLISH, 6, null, reviewer))
          .isEqualTo(ProjectState.PUBLISHED);
      assertThat(targets.history(tableTwo)).extracting(Transition::to)
          .containsExactly(ProjectState.SUBMITTED, ProjectState.RETURNED, ProjectState.SUBMITTED,
              ProjectState.APPROVED, ProjectState.PUBLISHED);
      assertThat(new AuditLog(ds).ofTarget(tableTwo)).extracting(AuditEntry::action)
          .containsExactly("EDIT", "EDIT", "SUBMIT", "RETURN", "SUBMIT", "APPROVE", "PUBLISH");

      // 运行监控: actuals are accepted for approved tables only; tables 1, 3, 4, 12 and 13 are
      // approved too, and the actuals are read against the published targets and stored.
      for (int position : new int[] {1, 3, 4, 12, 13}) {
        long id = v1.tables().get(position - 1).id();
        steps.take(id, WorkflowStep.SUBMIT, null, null, department);
        steps.take(id, WorkflowStep.APPROVE, null, null, reviewer);
      }
      RecordActuals recording = new RecordActuals(ds);
      Path csv = sampleActuals();
      ActualsReadResult read =
          ActualsFiles.read(csv, List.of(current), recording.scope());
      assertThat(read.ok()).isTrue();
      RecordActuals.Recorded recorded =
          recording.record("001-chengde-2023.csv", "ACTUALS_IMPORT", read.entries(), department);
      assertThat(recorded.created()).isEqualTo(46);
      Actuals actuals = new ActualsStore(ds).load(Seeds.CHENGDE);
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
      ActualsReadResult poorYear =
          ActualsFiles.read(LastYearFixture.table4Csv(), List.of(current), recording.scope());
      assertThat(poorYear.ok()).isTrue();
      recording.record("001-chengde-2023-table4.csv", "ACTUALS_IMPORT", poorYear.entries(),
          department);
      ActualsStore actualsStore = new ActualsStore(ds);
      TargetDocument draft = nextYear(current, 4, "15.00");
      new ImportDocument(ds).run(draft.source(), draft, department);
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


  private static Path sampleActuals() {
    try {
      return Path.of(
          LifecycleScenarioTest.class.getResource("/actuals/001-chengde-2023.csv").toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
