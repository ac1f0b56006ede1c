package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.workflow.ProjectWorkflows;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The monitoring and self-evaluation pages of one department use an index on PostgreSQL (issue 18;
 * V2's ix_target_department serves them, no new index was needed): over 100,000 workflow rows (two years of 250 departments of 200 tables) with a year of
 * spending each, after ANALYZE, reading a department's rows and its actuals reads no big table
 * sequentially; the department groups count what the overviews show.
 */
class PostgresMonitoringPlansTest {

  private static final int DEPARTMENTS = 250;
  private static final int TABLES = 200;

  private static TestDatabases.PostgresSchema schema;
  private static Database db;
  private static JdbcTemplate sql;

  @BeforeAll
  static void region() {
    schema = TestDatabases.postgres();
    db = Database.open(schema.url());
    sql = new JdbcTemplate(db.dataSource());
    sql.execute(
        "INSERT INTO target (source, pos, department, project_name, project_code, budget_total,"
            + " budget_year, doc_version, state, revision, updated_at, identity_key, present)"
            + " SELECT 'dept-' || d || '-' || y || '.json', p, '部门' || d, '项目' || d || '-' || p,"
            + " 'C' || d || '-' || p, (p * 7 % 1000) + 0.5, y, 1,"
            + " (ARRAY['DRAFT','SUBMITTED','RETURNED','APPROVED','PUBLISHED'])[1 + p % 5], 1,"
            + " CURRENT_TIMESTAMP, 'key-' || p, TRUE"
            + " FROM generate_series(2023, 2024) y, generate_series(1, " + DEPARTMENTS + ") d,"
            + " generate_series(1, " + TABLES + ") p");
    sql.execute("INSERT INTO actuals_import (id, file, imported_at, entries)"
        + " VALUES (1, 'actuals.csv', CURRENT_TIMESTAMP, 0), (2, 'more.csv', CURRENT_TIMESTAMP, 0)");
    sql.execute(
        "INSERT INTO spending_actual (source, seq, period_end, amount, import_id)"
            + " SELECT source, pos, DATE '2024-06-30', 1.5, CASE WHEN department = '部门9'"
            + " THEN 2 ELSE 1 END FROM target");
    sql.execute("ANALYZE");
  }

  @AfterAll
  static void drop() {
    db.close();
    schema.close();
  }

  @Test
  void aDepartmentsRowsAreReadThroughTheDepartmentIndex() {
    List<String> plan = sql.queryForList(
        "EXPLAIN SELECT * FROM target WHERE department = '部门17' AND present = TRUE"
            + " ORDER BY source, pos", String.class);
    String text = String.join("\n", plan);
    assertThat(text).as(text).contains("ix_target_department")
        .doesNotContain("Seq Scan on target");
    assertThat(new ProjectWorkflows(db.dataSource()).ofDepartment("部门17"))
        .hasSize(2 * TABLES)
        .allMatch(t -> t.department().equals("部门17"));
  }

  @Test
  void aDocumentsActualsAreReadByTheirKey() {
    List<String> plan = sql.queryForList(
        "EXPLAIN SELECT * FROM spending_actual WHERE source = 'dept-17-2024.json'", String.class);
    String text = String.join("\n", plan);
    assertThat(text).as(text).doesNotContain("Seq Scan on spending_actual");
  }

  @Test
  void theGroupsCountEachDepartmentsMonitoredTablesAndItsNewestActuals() {
    MonitoredDepartments departments = new MonitoredDepartments(db.dataSource());
    List<MonitoredDepartments.Group> of17 = departments.groups().stream()
        .filter(g -> g.department().equals("部门17") && g.year() == 2024)
        .toList();
    // states by p % 5: APPROVED (3) and PUBLISHED (4) are monitored, two fifths of the tables
    assertThat(of17).filteredOn(MonitoredDepartments.Group::monitored)
        .singleElement().extracting(MonitoredDepartments.Group::tables).isEqualTo(TABLES * 2L / 5);
    assertThat(departments.actuals())
        .contains(new MonitoredDepartments.DepartmentActuals("部门9", 2),
            new MonitoredDepartments.DepartmentActuals("部门17", 1));
    assertThat(departments.actualsStamp()).isEqualTo(2);
  }
}
