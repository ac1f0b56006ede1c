package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.store.TargetQueries.Filter;
import io.jixiao.store.TargetQueries.Scope;
import io.jixiao.store.TargetQueries.Sort;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The page queries of the lists use their indexes on PostgreSQL (issue 18): over a region of
 * 100,000 workflow rows (two years of 250 departments of 200 tables, with their review summaries
 * and three findings each) after ANALYZE, a department's page, its count, a rule's tables within a
 * department and an editor's own list read no big table sequentially.
 */
class PostgresPagePlansTest {

  private static final int DEPARTMENTS = 250;
  private static final int TABLES = 200;

  private static TestDatabases.PostgresSchema schema;
  private static Database db;
  private static TargetQueries queries;

  @BeforeAll
  static void region() {
    schema = TestDatabases.postgres();
    db = Database.open(schema.url());
    JdbcTemplate sql = new JdbcTemplate(db.dataSource());
    sql.execute(
        "INSERT INTO target (source, pos, department, project_name, project_code, budget_total,"
            + " budget_year, doc_version, state, revision, updated_at, identity_key, present)"
            + " SELECT 'dept-' || d || '-' || y || '.json', p, '部门' || d, '项目' || d || '-' || p,"
            + " 'C' || d || '-' || p, (p * 7 % 1000) + 0.5, y, 1,"
            + " (ARRAY['DRAFT','SUBMITTED','RETURNED','APPROVED','PUBLISHED'])[1 + p % 5], 1,"
            + " CURRENT_TIMESTAMP, 'key-' || p, TRUE"
            + " FROM generate_series(2023, 2024) y, generate_series(1, " + DEPARTMENTS + ") d,"
            + " generate_series(1, " + TABLES + ") p");
    sql.execute(
        "INSERT INTO table_review (source, doc_version, pos, project_name, project_code,"
            + " budget_total, grade, errors, warnings, infos)"
            + " SELECT source, doc_version, pos, project_name, project_code, budget_total,"
            + " (ARRAY['EXCELLENT','GOOD','FAIR','POOR'])[1 + pos % 4], pos % 2, pos % 3, 0"
            + " FROM target");
    sql.execute(
        "INSERT INTO table_review_rule (source, doc_version, pos, rule, errors, warnings, infos)"
            + " SELECT source, doc_version, pos, r, 0, 1, 0 FROM target,"
            + " unnest(ARRAY['Q' || (1 + pos % 10), 'S' || (1 + pos % 6), 'B' || (1 + pos % 4)]) r");
    sql.execute("ANALYZE");
    queries = new TargetQueries(db.dataSource());
  }

  @AfterAll
  static void drop() {
    db.close();
    schema.close();
  }

  @Test
  void aDepartmentsPageAndItsCountUseTheIndexes() {
    Filter department = new Filter(2024, "部门17", null, null, null, null, null, null, false);
    assertIndexed(queries.explainPage(new Scope(true, null), department, Sort.DEPARTMENT, 100));
    assertIndexed(queries.explainCount(new Scope(true, null), department));
    assertThat(queries.count(new Scope(true, null), department)).isEqualTo(TABLES);
  }

  @Test
  void theTablesOfARuleWithinADepartmentUseTheIndexes() {
    Filter rule = new Filter(2024, "部门17", null, "POOR", "Q4", null, null, null, false);
    assertIndexed(queries.explainPage(new Scope(true, null), rule, Sort.NAME, 50));
    assertThat(queries.count(new Scope(true, null), rule)).isEqualTo(
        // pos % 4 == 3 (POOR) and pos % 10 == 3 (Q4): pos ≡ 3 (mod 20)
        TABLES / 20);
  }

  @Test
  void anEditorsOwnListAndThePublicListOfADepartmentUseTheIndexes() {
    Filter own = new Filter(2024, "部门42", null, null, null, null, null, null, false);
    assertIndexed(queries.explainPage(new Scope(false, "部门42"), own, Sort.DEPARTMENT, 50));
    Filter published = new Filter(2024, "部门42", "PUBLISHED", null, null, null, null, null,
        false);
    assertIndexed(queries.explainPage(Scope.PUBLIC, published, Sort.DEPARTMENT, 50));
    assertThat(queries.count(Scope.PUBLIC, published)).isEqualTo(TABLES / 5);
  }

  private static void assertIndexed(List<String> plan) {
    String text = String.join("\n", plan);
    assertThat(text)
        .as(text)
        .doesNotContain("Seq Scan on target")
        .doesNotContain("Seq Scan on table_review");
  }
}
