package io.jixiao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.demo.DemoData;
import io.jixiao.store.TargetStore;
import io.jixiao.store.TestDatabases;
import io.jixiao.model.Department;
import io.jixiao.model.TargetDocument;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration V4 copies each existing workflow row's budget year from the document version it shows,
 * on H2 and on the real PostgreSQL at 127.0.0.1:5432; afterwards {@link ProjectWorkflows} writes and reads
 * it.
 */
class BudgetYearMigrationTest {

  static final TargetDocument THIS_YEAR = DemoData.documents().get(0);
  static final TargetDocument LAST_YEAR = DemoData.lastYear().get(0);

  /** A department that names no year, and a document that names no department. */
  static final TargetDocument NO_YEAR =
      new TargetDocument("no-year.txt", new Department("云泽市教育局", null), null,
          THIS_YEAR.projects().subList(0, 2));

  static final TargetDocument NO_DEPARTMENT =
      new TargetDocument("no-department.txt", null, null, THIS_YEAR.projects().subList(0, 1));

  @Test
  void theBudgetYearOfExistingRowsIsFilledOnH2(@TempDir Path dir) {
    migrateAndCheck(new DriverManagerDataSource(TestDatabases.h2Url(dir)));
  }

  @Test
  void theBudgetYearOfExistingRowsIsFilledOnPostgres() {
    try (TestDatabases.PostgresSchema schema = TestDatabases.postgres()) {
      migrateAndCheck(new DriverManagerDataSource(schema.url(), "postgres", ""));
    }
  }

  private static void migrateAndCheck(DataSource db) {
    flyway(db, "3").migrate();
    TargetStore store = new TargetStore(db);
    JdbcClient jdbc = JdbcClient.create(db);
    for (TargetDocument d : List.of(THIS_YEAR, LAST_YEAR, NO_YEAR, NO_DEPARTMENT)) {
      store.save(d);
      for (int pos = 1; pos <= d.projects().size(); pos++) {
        jdbc.sql(
                "INSERT INTO target (source, pos, department, doc_version, state, revision,"
                    + " updated_at) VALUES (:source, :pos, :department, 1, 'DRAFT', 1,"
                    + " CURRENT_TIMESTAMP)")
            .param("source", d.source())
            .param("pos", pos)
            .param("department", d.department() == null ? null : d.department().name())
            .update();
      }
    }
    // a second version of last year's document, with another year, that no row shows yet
    TargetDocument moved =
        new TargetDocument(LAST_YEAR.source(), new Department("云泽市教育局", 2022), null,
            LAST_YEAR.projects());
    assertThat(store.save(moved).version()).isEqualTo(2);

    flyway(db, "latest").migrate();

    ProjectWorkflows targets = new ProjectWorkflows(db);
    assertThat(targets.ofSource(THIS_YEAR.source()))
        .hasSize(10)
        .extracting(ProjectSummary::budgetYear)
        .containsOnly(2024);
    // the year of the version the row shows (1), not of the newest version
    assertThat(targets.ofSource(LAST_YEAR.source()))
        .hasSize(5)
        .extracting(ProjectSummary::budgetYear)
        .containsOnly(2023);
    assertThat(targets.ofSource(NO_YEAR.source()))
        .extracting(ProjectSummary::budgetYear)
        .containsExactly(null, null);
    assertThat(targets.ofSource(NO_DEPARTMENT.source()))
        .extracting(ProjectSummary::budgetYear)
        .containsExactly((Integer) null);

    // catching up version 2 (ADR 0010): its tables are tables of 2022, new rows of that year; the
    // rows of 2023 stay, with their year, as no longer in the current document
    assertThat(new ImportDocument(db).catchUp()).isEqualTo(1);
    assertThat(targets.ofSource(LAST_YEAR.source()))
        .hasSize(5)
        .extracting(ProjectSummary::budgetYear)
        .containsOnly(2022);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM target WHERE budget_year = 2023 AND present = FALSE")
                .query(Integer.class)
                .single())
        .isEqualTo(5);
  }

  /** Flyway over the application's migrations, up to version {@code target} ({@code latest}). */
  static Flyway flyway(DataSource db, String target) {
    return Flyway.configure()
        .dataSource(db)
        .locations("classpath:db/migration")
        .target(target)
        .load();
  }
}
