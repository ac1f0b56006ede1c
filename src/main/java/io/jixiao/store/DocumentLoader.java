package io.jixiao.store;

import io.jixiao.model.Budget;
import io.jixiao.model.BudgetUnit;
import io.jixiao.model.Department;
import io.jixiao.model.DepartmentGoals;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorFacts;
import io.jixiao.model.Money;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import io.jixiao.model.ProjectCode;
import io.jixiao.model.ProjectFacts;
import io.jixiao.model.SpendingPlan;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.Taxonomy;
import io.jixiao.model.UnitCode;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads one stored version of a document back into the model, in a handful of queries. */
final class DocumentLoader {

  private final JdbcClient jdbc;

  private final FactsRows facts;

  DocumentLoader(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.facts = new FactsRows(jdbc);
  }

  Optional<TargetDocument> load(long documentId) {
    Optional<Head> head =
        jdbc.sql(
                "SELECT d.source, dep.name, dep.budget_year FROM document d"
                    + " LEFT JOIN department dep ON dep.id = d.department_id WHERE d.id = :id")
            .param("id", documentId)
            .query(
                (rs, n) ->
                    new Head(
                        rs.getString("source"),
                        rs.getString("name") == null
                            ? null
                            : new Department(
                                rs.getString("name"), rs.getObject("budget_year", Integer.class))))
            .optional();
    return head.map(
        h -> new TargetDocument(h.source, h.department, overall(documentId), projects(documentId)));
  }

  private record Head(String source, Department department) {}

  private DepartmentGoals overall(long documentId) {
    List<String> summary =
        jdbc.sql("SELECT text FROM summary WHERE document_id = :id")
            .param("id", documentId)
            .query((rs, n) -> rs.getString("text"))
            .list();
    if (summary.isEmpty()) {
      return null;
    }
    Map<Long, List<String>> indicators =
        children(
            "SELECT i.sub_goal_id AS parent, i.text FROM sub_goal_indicator i"
                + " JOIN sub_goal s ON s.id = i.sub_goal_id WHERE s.document_id = :id"
                + " ORDER BY s.pos, i.pos",
            documentId);
    List<DepartmentGoals.SubGoal> subGoals =
        jdbc.sql("SELECT id, title, goal FROM sub_goal WHERE document_id = :id ORDER BY pos")
            .param("id", documentId)
            .query(
                (rs, n) ->
                    new DepartmentGoals.SubGoal(
                        rs.getString("title"),
                        rs.getString("goal"),
                        indicators.getOrDefault(rs.getLong("id"), List.of())))
            .list();
    List<DepartmentGoals.Measure> measures =
        jdbc.sql("SELECT title, text FROM measure WHERE document_id = :id ORDER BY pos")
            .param("id", documentId)
            .query(
                (rs, n) -> new DepartmentGoals.Measure(rs.getString("title"), rs.getString("text")))
            .list();
    return new DepartmentGoals(summary.get(0), subGoals, measures);
  }

  private List<Project> projects(long documentId) {
    Map<Long, List<String>> goals =
        children(
            "SELECT g.project_id AS parent, g.text FROM goal g"
                + " JOIN project p ON p.id = g.project_id WHERE p.document_id = :id"
                + " ORDER BY p.pos, g.pos",
            documentId);
    Map<Long, List<Indicator>> indicators = new HashMap<>();
    Map<Long, Map<Integer, IndicatorFacts>> indicatorFacts = facts.indicators(documentId);
    Map<Long, ProjectFacts> projectFacts = facts.projects(documentId);
    jdbc.sql(
            "SELECT i.project_id, i.pos, i.l1, i.l2, i.l3, i.description, i.value_text, i.basis"
                + " FROM indicator i JOIN project p ON p.id = i.project_id"
                + " WHERE p.document_id = :id ORDER BY p.pos, i.pos")
        .param("id", documentId)
        .query(
            rs -> {
              long project = rs.getLong("project_id");
              Indicator i =
                  new Indicator(
                      rs.getString("l1"),
                      rs.getString("l2"),
                      rs.getString("l3"),
                      rs.getString("description"),
                      rs.getString("value_text"),
                      rs.getString("basis"));
              IndicatorFacts f =
                  indicatorFacts.getOrDefault(project, Map.of()).get(rs.getInt("pos"));
              indicators
                  .computeIfAbsent(project, k -> new ArrayList<>())
                  .add(f == null ? i : i.withFacts(f));
            });
    return jdbc.sql("SELECT * FROM project WHERE document_id = :id ORDER BY pos")
        .param("id", documentId)
        .query(
            (rs, n) -> {
              long id = rs.getLong("id");
              return new Project(
                  rs.getInt("seq"),
                  rs.getString("title"),
                  unit(rs),
                  rs.getString("project_code") == null
                      ? null
                      : new ProjectCode(rs.getString("project_code")),
                  rs.getString("project_name"),
                  budget(rs),
                  rs.getString("fund_use"),
                  plan(rs),
                  goals.getOrDefault(id, List.of()),
                  indicators.getOrDefault(id, List.of()),
                  Taxonomy.valueOf(rs.getString("taxonomy")),
                  projectFacts.get(id));
            })
        .list();
  }

  /** Texts of child rows (column {@code text}) by the parent id in column {@code parent}. */
  private Map<Long, List<String>> children(String sql, long documentId) {
    Map<Long, List<String>> byParent = new HashMap<>();
    jdbc.sql(sql)
        .param("id", documentId)
        .query(
            rs -> {
              byParent
                  .computeIfAbsent(rs.getLong("parent"), k -> new ArrayList<>())
                  .add(rs.getString("text"));
            });
    return byParent;
  }

  private static BudgetUnit unit(ResultSet rs) throws SQLException {
    if (!rs.getBoolean("has_unit")) {
      return null;
    }
    String code = rs.getString("unit_code");
    return new BudgetUnit(code == null ? null : new UnitCode(code), rs.getString("unit_name"));
  }

  private static Budget budget(ResultSet rs) throws SQLException {
    if (!rs.getBoolean("has_budget")) {
      return null;
    }
    return new Budget(
        money(rs, "budget_total"), money(rs, "budget_fiscal"), money(rs, "budget_other"));
  }

  private static SpendingPlan plan(ResultSet rs) throws SQLException {
    if (!rs.getBoolean("has_plan")) {
      return null;
    }
    return new SpendingPlan(
        percent(rs, "plan_mar"),
        percent(rs, "plan_jun"),
        percent(rs, "plan_oct"),
        percent(rs, "plan_dec"));
  }

  private static Money money(ResultSet rs, String column) throws SQLException {
    BigDecimal v = rs.getBigDecimal(column);
    return v == null ? null : new Money(v);
  }

  private static Percent percent(ResultSet rs, String column) throws SQLException {
    BigDecimal v = rs.getBigDecimal(column);
    return v == null ? null : new Percent(v);
  }
}
