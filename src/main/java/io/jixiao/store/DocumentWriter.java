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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  private static final List<String> PROJECT_COLUMNS =
      List.of("document_id", "pos", "seq", "title", "has_unit", "unit_code", "unit_name",
          "project_code", "project_name", "has_budget", "budget_total", "budget_fiscal",
          "budget_other", "fund_use", "has_plan", "plan_mar", "plan_jun", "plan_oct", "plan_dec",
          "taxonomy");

  private static final List<String> GOAL_COLUMNS = List.of("project_id", "pos", "text");

  private static final List<String> INDICATOR_COLUMNS =
      List.of("project_id", "pos", "l1", "l2", "l3", "description", "value_text", "basis",
          "sign_code", "number", "unit", "kind");

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;
  private final RowWriter rows;
  private final Consumer<Project> afterProject;
  private final FactsRows facts;

  DocumentWriter(JdbcClient jdbc, NamedParameterJdbcTemplate batch, RowWriter rows,
      Consumer<Project> afterProject) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.rows = rows;
    this.afterProject = afterProject;
    this.facts = new FactsRows(jdbc, batch);
  }

  /**
   * One document version to insert.
   *
   * @param synced whether the workflow rows are brought up to date with it in the same
   *     transaction by a writer that does not mark it itself (the bulk load)
   */
  record NewVersion(
      TargetDocument document, int version, String sha256, OffsetDateTime importedAt,
      boolean synced) {}

  /** Inserts {@code document} as the current version {@code version}; returns its id. */
  long insert(TargetDocument document, int version, String sha256, OffsetDateTime importedAt) {
    return insertAll(List.of(new NewVersion(document, version, sha256, importedAt, false)))
        .get(0);
  }

  /**
   * Inserts the versions as current versions, their projects, goals and indicators written set by
   * set ({@link RowWriter}: COPY on PostgreSQL, batches on H2); returns their ids in order.
   *
   * @throws IllegalArgumentException when an amount cannot be stored exactly; checked before
   *     anything of the projects is written
   */
  List<Long> insertAll(List<NewVersion> versions) {
    // every value is checked and every row built before the first project row is written
    List<Object[]> projectRows = new ArrayList<>();
    List<List<Project>> projects = new ArrayList<>();
    for (NewVersion v : versions) {
      projects.add(v.document().projects());
    }
    Map<String, Long> departments = new HashMap<>();
    List<Long> ids = new ArrayList<>();
    for (int d = 0; d < versions.size(); d++) {
      NewVersion v = versions.get(d);
      TargetDocument document = v.document();
      Long departmentId = null;
      if (document.department() != null) {
        Department dep = document.department();
        String key = dep.name() + "\n" + dep.year();
        departmentId = departments.get(key);
        if (departmentId == null) {
          departmentId = department(dep);
          departments.put(key, departmentId);
        }
      }
      long id =
          insertReturningId(
              // the column is named only when set: schemas before V5 (migration tests) lack it
              "INSERT INTO document (source, department_id, version, is_current, imported_at,"
                  + " content_sha256" + (v.synced() ? ", workflow_synced" : "") + ")"
                  + " VALUES (:source, :department, :version, TRUE, :at, :sha"
                  + (v.synced() ? ", TRUE" : "") + ")",
              new MapSqlParameterSource()
                  .addValue("source", document.source())
                  .addValue("department", departmentId)
                  .addValue("version", v.version())
                  .addValue("at", v.importedAt())
                  .addValue("sha", v.sha256()));
      ids.add(id);
      if (document.overall() != null) {
        overall(id, document.overall());
      }
      int pos = 0;
      for (Project p : document.projects()) {
        projectRows.add(projectRow(id, ++pos, p));
        afterProject.accept(p);
      }
    }
    rows.write("project", PROJECT_COLUMNS, projectRows);
    Map<Long, Map<Integer, Long>> projectIds = projectIds(ids);
    List<Object[]> goalRows = new ArrayList<>();
    List<Object[]> indicatorRows = new ArrayList<>();
    Map<Long, Project> withFacts = new LinkedHashMap<>();
    for (int d = 0; d < versions.size(); d++) {
      Map<Integer, Long> byPos = projectIds.get(ids.get(d));
      int pos = 0;
      for (Project p : projects.get(d)) {
        long projectId = byPos.get(++pos);
        withFacts.put(projectId, p);
        int g = 0;
        for (String text : p.goals()) {
          goalRows.add(new Object[] {projectId, ++g, text});
        }
        int i = 0;
        for (Indicator indicator : p.indicators()) {
          indicatorRows.add(indicatorRow(projectId, ++i, indicator));
        }
      }
    }
    rows.write("goal", GOAL_COLUMNS, goalRows);
    rows.write("indicator", INDICATOR_COLUMNS, indicatorRows);
    // the facts of the other forms (V8): none for a classic table, so no row and no round trip
    withFacts.forEach(facts::insert);
    return ids;
  }

  /** The ids of the projects of documents {@code ids}, by document and position. */
  private Map<Long, Map<Integer, Long>> projectIds(List<Long> ids) {
    Map<Long, Map<Integer, Long>> byDocument = new HashMap<>();
    for (int from = 0; from < ids.size(); from += 500) {
      List<Long> some = ids.subList(from, Math.min(ids.size(), from + 500));
      jdbc.sql("SELECT id, document_id, pos FROM project WHERE document_id IN (:ids)")
          .param("ids", some)
          .query(
              rs -> {
                byDocument
                    .computeIfAbsent(rs.getLong("document_id"), k -> new HashMap<>())
                    .put(rs.getInt("pos"), rs.getLong("id"));
              });
    }
    return byDocument;
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

  /** The project row in the order of {@link #PROJECT_COLUMNS}, its amounts checked. */
  private static Object[] projectRow(long documentId, int pos, Project p) {
    BudgetUnit unit = p.unit();
    Budget budget = p.budget();
    SpendingPlan plan = p.spendingPlan();
    return new Object[] {
      documentId,
      pos,
      p.seq(),
      p.title(),
      unit != null,
      unit == null || unit.code() == null ? null : unit.code().value(),
      unit == null ? null : unit.name(),
      p.code() == null ? null : p.code().value(),
      p.name(),
      budget != null,
      money(budget == null ? null : budget.total(), p, "预算数"),
      money(budget == null ? null : budget.fiscal(), p, "财政资金"),
      money(budget == null ? null : budget.other(), p, "其他资金"),
      p.fundUse(),
      plan != null,
      percent(plan == null ? null : plan.mar(), p, "3月底"),
      percent(plan == null ? null : plan.jun(), p, "6月底"),
      percent(plan == null ? null : plan.oct(), p, "10月底"),
      percent(plan == null ? null : plan.dec(), p, "12月底"),
      p.taxonomy().name()
    };
  }

  private static Object[] indicatorRow(long projectId, int pos, Indicator i) {
    TargetValue target = i.target();
    BigDecimal number = null;
    String unit = null;
    if (target instanceof TargetValue.Quantity) {
      TargetValue.Quantity q = (TargetValue.Quantity) target;
      number = fitNumber(q.number());
      unit = q.unit();
    }
    return new Object[] {
      projectId,
      pos,
      i.level1(),
      i.level2(),
      i.name(),
      i.description(),
      i.value(),
      i.basis(),
      (int) target.sign().code(),
      number,
      unit,
      kind(target)
    };
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

  private static BigDecimal money(Money m, Project p, String label) {
    BigDecimal v = m == null ? null : m.wan();
    exact(v, MONEY_SCALE, MONEY_INTEGER_DIGITS, p, label + " " + (m == null ? "" : m));
    return v;
  }

  private static BigDecimal percent(Percent c, Project p, String label) {
    BigDecimal v = c == null ? null : c.value();
    exact(v, PERCENT_SCALE, PERCENT_INTEGER_DIGITS, p, "资金支出计划 " + label + " " + c);
    return v;
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
