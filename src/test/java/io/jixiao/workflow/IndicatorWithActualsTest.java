package io.jixiao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.model.Indicator;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TestDocuments;
import io.jixiao.monitor.ActualsEntry;
import io.jixiao.monitor.ProjectKey;
import io.jixiao.store.ActualsStore;
import io.jixiao.store.Database;
import io.jixiao.store.TargetStore;
import io.jixiao.store.TestDatabases;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An indicator that has stored actuals cannot be deleted, neither by an edit nor by an import. */
class IndicatorWithActualsTest {

  @TempDir Path dir;

  @Test
  void deletingAnIndicatorThatHasActualsIsRefusedAndChangesNothing() {
    try (Database db = Database.open(TestDatabases.h2Url(dir))) {
      TargetDocument doc = TestDocuments.small("dept.txt", "云泽市测试局", 2024, 2);
      ImportOutcome imported = Approved.importAndApprove(db.dataSource(), doc);
      long id = imported.tables().get(0).id();
      new RecordActuals(db.dataSource()).record("june.csv", "ACTUALS_IMPORT",
          List.of(ActualsEntry.indicator(new ProjectKey("dept.txt", 1), 2, YearMonth.of(2024, 6),
              "95%", null)),
          Actor.SYSTEM);

      // an import without table 1's second indicator (满意度) is refused whole
      TargetDocument without = withoutIndicator(doc, 2);
      ImportOutcome refused = new ImportDocument(db.dataSource()).run("dept.txt", without,
          new Actor("dept", null));
      assertThat(refused.stored()).isFalse();
      assertThat(refused.message())
          .isEqualTo("项目“项目1”的指标 2（满意度）已有执行数据，不能删除；请保留该指标（可修改其指标值和描述），未保存");
      assertThat(new TargetStore(db.dataSource()).versions("dept.txt")).containsExactly(1);

      // a change that keeps it makes a new draft; an edit that deletes it is refused
      ImportOutcome changed = new ImportDocument(db.dataSource()).run("dept.txt",
          TestDocuments.withValue(doc, 1, 1, "≥5个"), new Actor("dept", null));
      assertThat(changed.redrafted()).extracting(ProjectSummary::id).containsExactly(id);
      int revision = new ProjectWorkflows(db.dataSource()).summary(id).orElseThrow().revision();
      assertThatThrownBy(() -> new EditTable(db.dataSource()).edit(id, revision,
              p -> withoutIndicator(p, 2), new Actor("dept", null)))
          .isInstanceOf(WorkflowException.class)
          .hasMessageContaining("已有执行数据，不能删除")
          .extracting(e -> ((WorkflowException) e).code())
          .isEqualTo(WorkflowException.HAS_ACTUALS);
      assertThat(new ActualsStore(db.dataSource()).entries("dept.txt"))
          .extracting(ActualsEntry::indicator, ActualsEntry::value)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "95%"));
    }
  }

  private static TargetDocument withoutIndicator(TargetDocument d, int row) {
    List<Project> projects = new ArrayList<>(d.projects());
    projects.set(0, withoutIndicator(projects.get(0), row));
    return new TargetDocument(d.source(), d.department(), d.overall(), projects);
  }

  private static Project withoutIndicator(Project p, int row) {
    List<Indicator> indicators = new ArrayList<>(p.indicators());
    indicators.remove(row - 1);
    return new Project(p.seq(), p.title(), p.unit(), p.code(), p.name(), p.budget(), p.fundUse(),
        p.spendingPlan(), p.goals(), indicators, p.taxonomy());
  }
}
