package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.demo.DemoData;
import io.jixiao.document.InterchangeJson;
import io.jixiao.model.Indicator;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TestDocuments;
import io.jixiao.store.Database;
import io.jixiao.store.TargetStore;
import io.jixiao.store.TestDatabases;
import io.jixiao.workflow.Actor;
import io.jixiao.workflow.ImportDocument;
import io.jixiao.workflow.TakeWorkflowStep;
import io.jixiao.workflow.ProjectState;
import io.jixiao.workflow.ProjectSummary;
import io.jixiao.workflow.ProjectWorkflows;
import io.jixiao.workflow.Transition;
import io.jixiao.workflow.WorkflowStep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's two reproductions as regression tests, on H2 and on PostgreSQL: a published table
 * changed by a command-line import of its exported JSON becomes a new draft while the published
 * version stays public; swapping two tables of a document keeps each workflow state on its table;
 * a table left out of a re-import keeps its row and history and is reported.
 */
class TableIdentityCommandTest {

  /** 云泽市自然资源和规划局, 9 tables. */
  static final TargetDocument LAND = DemoData.documents().get(3);

  static final String SOURCE = "land.json";

  @TempDir Path dir;

  @Test
  void aPublishedTableChangedByAnImportOfItsExportedJsonBecomesANewDraftOnH2() throws IOException {
    publishedTableChangedByTheCommandLine(TestDatabases.h2Url(dir.resolve("db")));
  }

  @Test
  void aPublishedTableChangedByAnImportOfItsExportedJsonBecomesANewDraftOnPostgres()
      throws IOException {
    try (TestDatabases.PostgresSchema schema = TestDatabases.postgres()) {
      publishedTableChangedByTheCommandLine(schema.url() + "&user=postgres");
    }
  }

  @Test
  void swappingTwoTablesKeepsEachStateOnItsTableOnH2() throws IOException {
    swappedTables(TestDatabases.h2Url(dir.resolve("db")));
  }

  @Test
  void swappingTwoTablesKeepsEachStateOnItsTableOnPostgres() throws IOException {
    try (TestDatabases.PostgresSchema schema = TestDatabases.postgres()) {
      swappedTables(schema.url() + "&user=postgres");
    }
  }

  private void publishedTableChangedByTheCommandLine(String url) throws IOException {
    long id;
    String name;
    try (Database db = Database.open(url)) {
      id = importAndPublish(db.dataSource(), 2);
      name = new ProjectWorkflows(db.dataSource()).summary(id).orElseThrow().projectName();
    }
    // exported as interchange JSON, one 指标值 changed, imported with the command line
    Path export = dir.resolve("export").resolve("land-export.json");
    Files.createDirectories(export.getParent());
    TargetDocument changed = TestDocuments.withValue(LAND, 2, 1, "≥1项");
    Files.writeString(export, new InterchangeJson().write(changed), StandardCharsets.UTF_8);

    CliRun run = CliRun.run("import", "--db", url, export.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("项目“" + name + "”（#" + id + "）原为“已公开”，内容有变化，已作为新版本回到“编制中”，需重新提交审核；"
            + "已公开的版本在新版本公开前继续公开");
    try (Database db = Database.open(url)) {
      ProjectWorkflows targets = new ProjectWorkflows(db.dataSource());
      TargetStore store = new TargetStore(db.dataSource());
      ProjectSummary t = targets.summary(id).orElseThrow();
      assertThat(t.state()).isEqualTo(ProjectState.DRAFT);
      assertThat(t.revision()).isEqualTo(5);
      assertThat(t.source()).isEqualTo("land-export.json");
      assertThat(value(store, t)).isEqualTo("≥1项");
      // the published content stays public: the version that was approved and published
      ProjectSummary published = t.asPublished();
      assertThat(published.state()).isEqualTo(ProjectState.PUBLISHED);
      assertThat(published.source()).isEqualTo(SOURCE);
      assertThat(value(store, published))
          .isEqualTo(LAND.projects().get(1).indicators().get(0).value());
      Transition last = targets.history(id).get(targets.history(id).size() - 1);
      assertThat(last.from()).isEqualTo(ProjectState.PUBLISHED);
      assertThat(last.to()).isEqualTo(ProjectState.DRAFT);
      assertThat(last.actor()).isEqualTo(CommandLineAudit.actor());
      // every table now lives in the export: reports over the current documents count it once
      assertThat(store.loadCurrent(null, null))
          .extracting(TargetDocument::source, d -> d.projects().size())
          .containsExactly(org.assertj.core.groups.Tuple.tuple("land-export.json", 9));
      // the other eight tables were not changed: still drafts at revision 1, now in the export
      assertThat(targets.all()).hasSize(9)
          .filteredOn(x -> x.id() != id)
          .allMatch(x -> x.state() == ProjectState.DRAFT && x.revision() == 1 && x.present());

      // the new version is reviewed and published: it is the public one
      TakeWorkflowStep steps = new TakeWorkflowStep(db.dataSource());
      steps.take(id, WorkflowStep.SUBMIT, null, null, new Actor("land", null));
      steps.take(id, WorkflowStep.APPROVE, null, null, new Actor("reviewer", null));
      steps.take(id, WorkflowStep.PUBLISH, null, null, new Actor("reviewer", null));
      ProjectSummary now = targets.summary(id).orElseThrow();
      assertThat(now.hasPublishedVersion()).isFalse();
      assertThat(value(store, now.asPublished())).isEqualTo("≥1项");
    }
    // importing the same file again changes nothing
    CliRun again = CliRun.run("import", "--db", url, export.toString());
    assertThat(again.out()).startsWith("land-export.json: 未变化 (版本 1, 9 张表");
    try (Database db = Database.open(url)) {
      assertThat(new ProjectWorkflows(db.dataSource()).summary(id).orElseThrow().state())
          .isEqualTo(ProjectState.PUBLISHED);
    }
  }

  private void swappedTables(String url) throws IOException {
    long first;
    long second;
    try (Database db = Database.open(url)) {
      first = importAndPublish(db.dataSource(), 1);
      second = new ProjectWorkflows(db.dataSource()).ofSource(SOURCE).get(1).id();
    }
    List<Project> projects = new ArrayList<>(LAND.projects());
    projects.set(0, LAND.projects().get(1));
    projects.set(1, LAND.projects().get(0));
    projects.remove(8);
    Path swapped = dir.resolve("swapped").resolve(SOURCE);
    Files.createDirectories(swapped.getParent());
    Files.writeString(
        swapped,
        new InterchangeJson().write(
            new TargetDocument(SOURCE, LAND.department(), LAND.overall(), projects)),
        StandardCharsets.UTF_8);

    CliRun run = CliRun.run("import", "--db", url, swapped.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("land.json: 已导入 8 张表").doesNotContain("原为“已公开”")
        .contains("不在本次导入的文件中，已保留其记录和流程历史");
    try (Database db = Database.open(url)) {
      ProjectWorkflows targets = new ProjectWorkflows(db.dataSource());
      ProjectSummary published = targets.summary(first).orElseThrow();
      assertThat(published.state()).isEqualTo(ProjectState.PUBLISHED);
      assertThat(published.position()).isEqualTo(2);
      assertThat(published.revision()).isEqualTo(4);
      assertThat(published.projectName()).isEqualTo(LAND.projects().get(0).displayName());
      ProjectSummary draft = targets.summary(second).orElseThrow();
      assertThat(draft.state()).isEqualTo(ProjectState.DRAFT);
      assertThat(draft.position()).isEqualTo(1);
      assertThat(targets.history(first)).extracting(Transition::to)
          .containsExactly(ProjectState.SUBMITTED, ProjectState.APPROVED, ProjectState.PUBLISHED);
      // the ninth table is kept, not in the current document
      assertThat(targets.all()).hasSize(9).filteredOn(t -> !t.present())
          .extracting(ProjectSummary::projectName)
          .containsExactly(LAND.projects().get(8).displayName());
      assertThat(targets.ofSource(SOURCE)).hasSize(8);
    }
  }

  /** Imports the land department's document and publishes its table at {@code position}. */
  private static long importAndPublish(DataSource db, int position) {
    new ImportDocument(db).run(SOURCE, LAND, new Actor("land", null));
    long id = new ProjectWorkflows(db).ofSource(SOURCE).get(position - 1).id();
    TakeWorkflowStep steps = new TakeWorkflowStep(db);
    steps.take(id, WorkflowStep.SUBMIT, 1, null, new Actor("land", null));
    steps.take(id, WorkflowStep.APPROVE, 2, null, new Actor("reviewer", null));
    steps.take(id, WorkflowStep.PUBLISH, 3, null, new Actor("reviewer", null));
    return id;
  }

  private static String value(TargetStore store, ProjectSummary t) {
    return store.load(t.source(), t.docVersion()).orElseThrow().projects()
        .get(t.position() - 1).indicators().get(0).value();
  }


}
