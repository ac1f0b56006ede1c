package io.jixiao.store;

import io.jixiao.model.Budget;
import io.jixiao.model.BudgetUnit;
import io.jixiao.model.Department;
import io.jixiao.model.DepartmentGoals;
import io.jixiao.model.Indicator;
import io.jixiao.model.Money;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import io.jixiao.model.SpendingPlan;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TargetValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Inserts one version of a document as a new row tree. Runs inside the caller's transaction; any
 * exception leaves the rollback to it.
 */
final class DocumentWriter {

  /** Money is NUMERIC(18,4): four decimals, fourteen integer digits. */
  private static final int MONEY_SCALE = 4;

  private static final int MONEY_INTEGER_DIGITS = 14;

  /** Percentages are NUMERIC(7,2). */
  private static final int PERCENT_SCALE = 2;

  private static final int PERCENT_INTEGER_DIGITS = 5;

  /** The parsed number of an indicator value is NUMERIC(38,10): derived data, rounded to fit. */
  private static final int NUMBER_SCALE = 10;

  private static final int NUMBER_INTEGER_DIGITS = 28;

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;
  private final Consumer<Project> afterProject;
  private final FactsRows facts;

  DocumentWriter(
      JdbcClient jdbc, NamedParameterJdbcTemplate batch, Consumer<Project> afterProject) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.afterProject = afterProject;
    this.facts = new FactsRows(jdbc, batch);
  }

  /** Inserts {@code document} as the current version {@code version}; returns its id. */
  long insert(TargetDocument document, int version, String sha256, OffsetDateTime importedAt) {
    Long departmentId = document.department() == null ? null : department(document.department());
    long id =
        insertReturningId(
            "INSERT INTO document (source, department_id, version, is_current, imported_at,"
                + " content_sha256) VALUES (:source, :department, :version, TRUE, :at, :sha)",
            new MapSqlParameterSource()
                .addValue("source", document.source())
                .addValue("department", departmentId)
                .addValue("version", version)
                .addValue("at", importedAt)
                .addValue("sha", sha256));
    if (document.overall() != null) {
      overall(id, document.overall());
    }
    int pos = 0;
    for (Project p : document.projects()) {
      project(id, ++pos, p);
      afterProject.accept(p);
    }
    return id;
  }

  /** The id of the department, inserted when it is not known yet. */
  private long department(Department d) {
    List<Long> ids;
    if (d.year() == null) {
      ids =
          jdbc.sql("SELECT id FROM department WHERE name = :name AND budget_year IS NULL")
              .param("name", d.name())
              .query(Long.class)
              .list();
    } else {
      ids =
          jdbc.sql("SELECT id FROM department WHERE name = :name AND budget_year = :year")
              .param("name", d.name())
              .param("year", d.year())
              .query(Long.class)
              .list();
    }
    if (!ids.isEmpty()) {
      return ids.get(0);
    }
    return insertReturningId(
        "INSERT INTO department (name, budget_year) VALUES (:name, :year)",
        new MapSqlParameterSource().addValue("name", d.name()).addValue("year", d.year()));
  }

  private void overall(long documentId, DepartmentGoals goals) {
    jdbc.sql("INSERT INTO summary (document_id, text) VALUES (:document, :text)")
        .param("document", documentId)
        .param("text", goals.summary())
        .update();
    int pos = 0;
    for (DepartmentGoals.SubGoal s : goals.subGoals()) {
      long subGoalId =
          insertReturningId(
              "INSERT INTO sub_goal (document_id, pos, title, goal)"
                  + " VALUES (:document, :pos, :title, :goal)",
              new MapSqlParameterSource()
                  .addValue("document", documentId)
                  .addValue("pos", ++pos)
                  .addValue("title", s.title())
                  .addValue("goal", s.goal()));
      List<SqlParameterSource> rows = new ArrayList<>();
      int i = 0;
      for (String text : s.indicators()) {
        rows.add(
            new MapSqlParameterSource()
                .addValue("subGoal", subGoalId)
                .addValue("pos", ++i)
                .addValue("text", text));
      }
      batch(
          "INSERT INTO sub_goal_indicator (sub_goal_id, pos, text) VALUES (:subGoal, :pos, :text)",
          rows);
    }
    List<SqlParameterSource> measures = new ArrayList<>();
    int m = 0;
    for (DepartmentGoals.Measure measure : goals.measures()) {
      measures.add(
          new MapSqlParameterSource()
              .addValue("document", documentId)
              .addValue("pos", ++m)
              .addValue("title", measure.title())
              .addValue("text", measure.text()));
    }
    batch(
        "INSERT INTO measure (document_id, pos, title, text) VALUES (:document, :pos, :title,"
            + " :text)",
        measures);
  }

  private void project(long documentId, int pos, Project p) {
    MapSqlParameterSource row =
        new MapSqlParameterSource()
            .addValue("document", documentId)
            .addValue("pos", pos)
            .addValue("seq", p.seq())
            .addValue("title", p.title())
            .addValue("projectCode", p.code() == null ? null : p.code().value())
            .addValue("projectName", p.name())
            .addValue("fundUse", p.fundUse())
            .addValue("taxonomy", p.taxonomy().name());
    BudgetUnit unit = p.unit();
    row.addValue("hasUnit", unit != null)
        .addValue("unitCode", unit == null || unit.code() == null ? null : unit.code().value())
        .addValue("unitName", unit == null ? null : unit.name());
    Budget budget = p.budget();
    row.addValue("hasBudget", budget != null);
    money(row, "total", budget == null ? null : budget.total(), p, "预算数");
    money(row, "fiscal", budget == null ? null : budget.fiscal(), p, "财政资金");
    money(row, "other", budget == null ? null : budget.other(), p, "其他资金");
    SpendingPlan plan = p.spendingPlan();
    row.addValue("hasPlan", plan != null);
    percent(row, "mar", plan == null ? null : plan.mar(), p, "3月底");
    percent(row, "jun", plan == null ? null : plan.jun(), p, "6月底");
    percent(row, "oct", plan == null ? null : plan.oct(), p, "10月底");
    percent(row, "dec", plan == null ? null : plan.dec(), p, "12月底");
    long projectId =
        insertReturningId(
            "INSERT INTO project (document_id, pos, seq, title, has_unit, unit_code, unit_name,"
                + " project_code, project_name, has_budget, budget_total, budget_fiscal,"
                + " budget_other, fund_use, has_plan, plan_mar, plan_jun, plan_oct, plan_dec,"
                + " taxonomy)"
                + " VALUES (:document, :pos, :seq, :title, :hasUnit, :unitCode, :unitName,"
                + " :projectCode, :projectName, :hasBudget, :total, :fiscal, :other, :fundUse,"
                + " :hasPlan, :mar, :jun, :oct, :dec, :taxonomy)",
            row);
    List<SqlParameterSource> goals = new ArrayList<>();
    int g = 0;
    for (String text : p.goals()) {
      goals.add(
          new MapSqlParameterSource()
              .addValue("project", projectId)
              .addValue("pos", ++g)
              .addValue("text", text));
    }
    batch("INSERT INTO goal (project_id, pos, text) VALUES (:project, :pos, :text)", goals);
    List<SqlParameterSource> indicators = new ArrayList<>();
    int i = 0;
    for (Indicator indicator : p.indicators()) {
      indicators.add(indicatorRow(projectId, ++i, indicator));
    }
    batch(
        "INSERT INTO indicator (project_id, pos, l1, l2, l3, description, value_text, basis,"
            + " sign_code, number, unit, kind) VALUES (:project, :pos, :l1, :l2, :l3,"
            + " :description, :value, :basis, :sign, :number, :unit, :kind)",
        indicators);
    facts.insert(projectId, p);
  }

  private static SqlParameterSource indicatorRow(long projectId, int pos, Indicator i) {
    TargetValue target = i.target();
    BigDecimal number = null;
    String unit = null;
    if (target instanceof TargetValue.Quantity) {
      TargetValue.Quantity q = (TargetValue.Quantity) target;
      number = fitNumber(q.number());
      unit = q.unit();
    }
    return new MapSqlParameterSource()
        .addValue("project", projectId)
        .addValue("pos", pos)
        .addValue("l1", i.level1())
        .addValue("l2", i.level2())
        .addValue("l3", i.name())
        .addValue("description", i.description())
        .addValue("value", i.value())
        .addValue("basis", i.basis())
        .addValue("sign", target.sign().code())
        .addValue("number", number)
        .addValue("unit", unit)
        .addValue("kind", kind(target));
  }

  static String kind(TargetValue target) {
    if (target instanceof TargetValue.Quantity) {
      return "QUANTITY";
    } else if (target instanceof TargetValue.Deadline) {
      return "DEADLINE";
    } else if (target instanceof TargetValue.Relative) {
      return "RELATIVE";
    } else if (target instanceof TargetValue.Qualitative) {
      return "QUALITATIVE";
    } else if (target instanceof TargetValue.Blank) {
      return "BLANK";
    } else {
      return "UNPARSED";
    }
  }

  /** The parsed number rounded to the column, or null when it is too large to be a real target. */
  private static BigDecimal fitNumber(BigDecimal n) {
    BigDecimal v = n.scale() > NUMBER_SCALE ? n.setScale(NUMBER_SCALE, RoundingMode.HALF_UP) : n;
    return v.precision() - v.scale() > NUMBER_INTEGER_DIGITS ? null : v;
  }

  private static void money(
      MapSqlParameterSource row, String name, Money m, Project p, String label) {
    BigDecimal v = m == null ? null : m.wan();
    exact(v, MONEY_SCALE, MONEY_INTEGER_DIGITS, p, label + " " + (m == null ? "" : m));
    row.addValue(name, v);
  }

  private static void percent(
      MapSqlParameterSource row, String name, Percent c, Project p, String label) {
    BigDecimal v = c == null ? null : c.value();
    exact(v, PERCENT_SCALE, PERCENT_INTEGER_DIGITS, p, "资金支出计划 " + label + " " + c);
    row.addValue(name, v);
  }

  /** Refuses a number the column would round or overflow: money is stored exactly or not at all. */
  private static void exact(BigDecimal v, int scale, int integerDigits, Project p, String what) {
    if (v == null) {
      return;
    }
    BigDecimal stripped = v.stripTrailingZeros();
    if (stripped.scale() > scale) {
      throw new IllegalArgumentException(
          String.format("表 %d（%s）的%s超过 %d 位小数，无法精确保存", p.seq(), p.title(), what, scale));
    }
    if (stripped.precision() - stripped.scale() > integerDigits) {
      throw new IllegalArgumentException(
          String.format("表 %d（%s）的%s超出可保存的范围", p.seq(), p.title(), what));
    }
  }

  private long insertReturningId(String sql, MapSqlParameterSource params) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(sql).paramSource(params).update(key, "id");
    Number id = key.getKey();
    if (id == null) {
      throw new IllegalStateException("the database returned no id for: " + sql);
    }
    return id.longValue();
  }

  private void batch(String sql, List<SqlParameterSource> rows) {
    if (!rows.isEmpty()) {
      batch.batchUpdate(sql, rows.toArray(new SqlParameterSource[0]));
    }
  }
}
