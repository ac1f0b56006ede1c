package io.jixiao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.demo.DemoData;
import io.jixiao.model.Indicator;
import io.jixiao.model.Project;
import io.jixiao.model.ProjectIdentity;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TestDocuments;
import io.jixiao.monitor.ActualsEntry;
import io.jixiao.monitor.ProjectKey;
import io.jixiao.store.ActualsStore;
import io.jixiao.store.TargetStore;
import io.jixiao.store.TestDatabases;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration V5 and the catch-up at start map rows written by the V4 schema to the tables'
 * identities without losing a row, a history entry or an actual, on H2 and on the real PostgreSQL:
 * and a published table that an older command line changed (a document version no row showed)
 * becomes a new draft whose published version stays public.
 */
class IdentityMigrationTest {

  static final TargetDocument EDUCATION = DemoData.documents().get(0);

  @Test
  void rowsHistoriesAndActualsOfTheV4SchemaKeepTheirTablesOnH2(@TempDir Path dir) {
    migrateAndCheck(new DriverManagerDataSource(TestDatabases.h2Url(dir)));
  }

  @Test
  void rowsHistoriesAndActualsOfTheV4SchemaKeepTheirTablesOnPostgres() {
    try (TestDatabases.PostgresSchema schema = TestDatabases.postgres()) {
      migrateAndCheck(new DriverManagerDataSource(schema.url(), "postgres", ""));
    }
  }

  private static void migrateAndCheck(DataSource db) {
    BudgetYearMigrationTest.flyway(db, "4").migrate();
    TargetStore store = new TargetStore(db);
    JdbcClient jdbc = JdbcClient.create(db);
    store.save(EDUCATION);
    // the rows, history and actuals as the V4 build wrote them: by source and position
    for (int pos = 1; pos <= EDUCATION.projects().size(); pos++) {
      String state = pos == 1 ? "PUBLISHED" : pos == 2 ? "APPROVED" : "DRAFT";
      jdbc.sql("INSERT INTO target (source, pos, department, project_name, doc_version, state,"
              + " revision, updated_at, budget_year) VALUES (:source, :pos, '云泽市教育局', :name, 1,"
              + " :state, :revision, CURRENT_TIMESTAMP, 2024)")
          .param("source", EDUCATION.source())
          .param("pos", pos)
          .param("name", EDUCATION.projects().get(pos - 1).displayName())
          .param("state", state)
          .param("revision", pos == 1 ? 4 : pos == 2 ? 3 : 1)
          .update();
    }
    long published = id(jdbc, 1);
    for (String[] step : new String[][] {
        {"DRAFT", "SUBMITTED"}, {"SUBMITTED", "APPROVED"}, {"APPROVED", "PUBLISHED"}}) {
      jdbc.sql("INSERT INTO target_transition (target_id, from_state, to_state, actor,"
              + " occurred_at) VALUES (:id, :from, :to, 'edu', CURRENT_TIMESTAMP)")
          .param("id", published)
          .param("from", step[0])
          .param("to", step[1])
          .update();
    }
    ActualsStore actuals = new ActualsStore(db);
    ProjectKey first = new ProjectKey(EDUCATION.source(), EDUCATION.projects().get(0).seq());
    actuals.save("june.csv", List.of(
        ActualsEntry.indicator(first, 1, YearMonth.of(2024, 6), "6400人", null),
        ActualsEntry.indicator(first, 2, YearMonth.of(2024, 6), "98%", null)));
    // an older command line imported a changed version that no row shows yet
    TargetDocument changed = TestDocuments.withValue(EDUCATION, 1, 1, "≥1人");
    assertThat(store.save(changed).version()).isEqualTo(2);

    BudgetYearMigrationTest.flyway(db, "latest").migrate();
    assertThat(new ImportDocument(db).catchUp()).isEqualTo(1);

    ProjectWorkflows targets = new ProjectWorkflows(db);
    List<ProjectSummary> rows = targets.all();
    assertThat(rows).hasSize(EDUCATION.projects().size());
    List<ProjectIdentity> identities = ProjectIdentity.of(EDUCATION.projects());
    for (int pos = 1; pos <= rows.size(); pos++) {
      ProjectSummary t = targets.summary(id(jdbc, pos)).orElseThrow();
      assertThat(t.identityKey()).isEqualTo(identities.get(pos - 1).key());
      assertThat(t.docVersion()).isEqualTo(2);
      assertThat(t.present()).isTrue();
    }
    ProjectSummary one = targets.summary(published).orElseThrow();
    assertThat(one.state()).isEqualTo(ProjectState.DRAFT);
    assertThat(one.hasPublishedVersion()).isTrue();
    assertThat(one.asPublished().docVersion()).isEqualTo(1);
    assertThat(targets.history(published)).extracting(Transition::to)
        .containsExactly(ProjectState.SUBMITTED, ProjectState.APPROVED, ProjectState.PUBLISHED,
            ProjectState.DRAFT);
    assertThat(targets.summary(id(jdbc, 2)).orElseThrow().state()).isEqualTo(ProjectState.APPROVED);
    assertThat(actuals.load(EDUCATION.source()).of(first.source(), first.seq()).orElseThrow()
        .indicators()).extracting(a -> a.printed()).containsExactly("6400人", "98%");
  }

  private static long id(JdbcClient jdbc, int pos) {
    return jdbc.sql("SELECT id FROM target WHERE pos = :pos").param("pos", pos)
        .query(Long.class).single();
  }
}
