package io.jixiao.store;

import io.jixiao.model.FormKind;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorFacts;
import io.jixiao.model.Money;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import io.jixiao.model.ProjectFacts;
import io.jixiao.model.SelfEvaluation;
import io.jixiao.model.UnparsedCell;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The facts other forms print (V8, docs/forms.md): {@link ProjectFacts} with its {@link
 * SelfEvaluation}, 长期目标 and unread cells, and each indicator's {@link IndicatorFacts}. A table
 * or indicator without facts writes no row, so a classic table is stored as before. Numbers are
 * stored exactly or refused, like the budget.
 */
final class FactsRows {

  private static final int MONEY_SCALE = 4;
  private static final int MONEY_INTEGER_DIGITS = 14;
  private static final int RATE_SCALE = 4;
  private static final int RATE_INTEGER_DIGITS = 8;
  private static final int NUMBER_SCALE = 10;
  private static final int NUMBER_INTEGER_DIGITS = 28;

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  /** Facts for writing and reading. */
  FactsRows(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** Facts for reading only. */
  FactsRows(JdbcClient jdbc) {
    this(jdbc, null);
  }

  // ---- writing

  /** Inserts the facts of table {@code p}, stored as project {@code projectId}. */
  void insert(long projectId, Project p) {
    ProjectFacts f = p.facts();
    if (!f.isNone()) {
      SelfEvaluation s = f.selfEvaluation();
      MapSqlParameterSource row =
          new MapSqlParameterSource()
              .addValue("project", projectId)
              .addValue("form", f.form() == null ? null : f.form().name())
              .addValue("implementer", f.implementer())
              .addValue("attribute", f.attribute())
              .addValue("category", f.category())
              .addValue("nature", f.nature())
              .addValue("period", f.period())
              .addValue("basis", f.basis())
              .addValue("hasSelf", s != null)
              .addValue("initial", money(s == null ? null : s.initialBudget(), p, "年初预算"))
              .addValue("adjusted", money(s == null ? null : s.adjustedBudget(), p, "调整后预算数"))
              .addValue("spent", money(s == null ? null : s.spent(), p, "预算执行数"))
              .addValue("rate", rate(s == null ? null : s.executionRate(), p))
              .addValue("weight", number(s == null ? null : s.budgetWeight(), p, "预算执行权重"))
              .addValue("score", number(s == null ? null : s.budgetScore(), p, "预算执行得分"))
              .addValue("total", number(s == null ? null : s.totalScore(), p, "总分"))
              .addValue("grade", s == null ? null : s.grade());
      jdbc.sql(
              "INSERT INTO project_facts (project_id, form_kind, implementer, attribute, category,"
                  + " nature, period, basis, has_self_evaluation, se_initial_budget,"
                  + " se_adjusted_budget, se_spent, se_execution_rate, se_budget_weight,"
                  + " se_budget_score, se_total_score, se_grade) VALUES (:project, :form,"
                  + " :implementer, :attribute, :category, :nature, :period, :basis, :hasSelf,"
                  + " :initial, :adjusted, :spent, :rate, :weight, :score, :total, :grade)")
          .paramSource(row)
          .update();
      List<SqlParameterSource> goals = new ArrayList<>();
      for (String text : f.longTermGoals()) {
        goals.add(
            new MapSqlParameterSource()
                .addValue("project", projectId)
                .addValue("pos", goals.size() + 1)
                .addValue("text", text));
      }
      batch(
          "INSERT INTO long_term_goal (project_id, pos, text) VALUES (:project, :pos, :text)",
          goals);
      List<SqlParameterSource> cells = new ArrayList<>();
      for (UnparsedCell c : f.unparsed()) {
        cells.add(
            new MapSqlParameterSource()
                .addValue("project", projectId)
                .addValue("pos", cells.size() + 1)
                .addValue("field", c.field())
                .addValue("printed", c.printed()));
      }
      batch(
          "INSERT INTO unparsed_cell (project_id, pos, field, printed)"
              + " VALUES (:project, :pos, :field, :printed)",
          cells);
    }
    List<SqlParameterSource> indicators = new ArrayList<>();
    int pos = 0;
    for (Indicator i : p.indicators()) {
      pos++;
      IndicatorFacts facts = i.facts();
      if (facts.isNone()) {
        continue;
      }
      indicators.add(
          new MapSqlParameterSource()
              .addValue("project", projectId)
              .addValue("pos", pos)
              .addValue("term", facts.term() == null ? null : facts.term().name())
              .addValue("weight", number(facts.weight(), p, "指标“" + i.name() + "”的权重"))
              .addValue("direction", facts.direction())
              .addValue("remark", facts.remark())
              .addValue("actual", facts.actual())
              .addValue("score", number(facts.score(), p, "指标“" + i.name() + "”的得分"))
              .addValue("reason", facts.reason()));
    }
    batch(
        "INSERT INTO indicator_facts (project_id, pos, term, weight, direction, remark, actual,"
            + " score, reason) VALUES (:project, :pos, :term, :weight, :direction, :remark,"
            + " :actual, :score, :reason)",
        indicators);
  }

  private static BigDecimal money(Money m, Project p, String what) {
    BigDecimal v = m == null ? null : m.wan();
    return exact(v, MONEY_SCALE, MONEY_INTEGER_DIGITS, p, what);
  }

  private static BigDecimal rate(Percent r, Project p) {
    BigDecimal v = r == null ? null : r.value();
    return exact(v, RATE_SCALE, RATE_INTEGER_DIGITS, p, "预算执行率");
  }

  private static BigDecimal number(BigDecimal v, Project p, String what) {
    return exact(v, NUMBER_SCALE, NUMBER_INTEGER_DIGITS, p, what);
  }

  /** {@code v} when its column holds it exactly; else refused, never rounded. */
  private static BigDecimal exact(
      BigDecimal v, int scale, int integerDigits, Project p, String what) {
    if (v == null) {
      return null;
    }
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() > scale || s.precision() - s.scale() > integerDigits) {
      throw new IllegalArgumentException(
          String.format(
              "表 %d（%s）的%s %s 超出可精确保存的范围",
              p.seq(), p.title(), what, v.toPlainString()));
    }
    return v;
  }

  private void batch(String sql, List<SqlParameterSource> rows) {
    if (!rows.isEmpty()) {
      batch.batchUpdate(sql, rows.toArray(new SqlParameterSource[0]));
    }
  }

  // ---- reading

  /** The facts of the tables of a stored document by project id; absent means none. */
  Map<Long, ProjectFacts> projects(long documentId) {
    Map<Long, List<String>> longTerm =
        texts(
            "SELECT g.project_id, g.text FROM long_term_goal g"
                + " JOIN project p ON p.id = g.project_id"
                + " WHERE p.document_id = :id ORDER BY p.pos, g.pos",
            documentId);
    Map<Long, List<UnparsedCell>> unparsed = new HashMap<>();
    jdbc.sql(
            "SELECT c.project_id, c.field, c.printed FROM unparsed_cell c"
                + " JOIN project p ON p.id = c.project_id WHERE p.document_id = :id"
                + " ORDER BY p.pos, c.pos")
        .param("id", documentId)
        .query(
            rs -> {
              unparsed
                  .computeIfAbsent(rs.getLong("project_id"), k -> new ArrayList<>())
                  .add(new UnparsedCell(rs.getString("field"), rs.getString("printed")));
            });
    Map<Long, ProjectFacts> out = new HashMap<>();
    jdbc.sql(
            "SELECT f.* FROM project_facts f JOIN project p ON p.id = f.project_id"
                + " WHERE p.document_id = :id")
        .param("id", documentId)
        .query(
            rs -> {
              long id = rs.getLong("project_id");
              String form = rs.getString("form_kind");
              out.put(
                  id,
                  new ProjectFacts(
                      form == null ? null : FormKind.valueOf(form),
                      rs.getString("implementer"),
                      rs.getString("attribute"),
                      rs.getString("category"),
                      rs.getString("nature"),
                      rs.getString("period"),
                      rs.getString("basis"),
                      longTerm.getOrDefault(id, List.of()),
                      selfEvaluation(rs),
                      unparsed.getOrDefault(id, List.of())));
            });
    return out;
  }

  /** The facts of the indicators of a stored document: by project id, then by position. */
  Map<Long, Map<Integer, IndicatorFacts>> indicators(long documentId) {
    Map<Long, Map<Integer, IndicatorFacts>> out = new HashMap<>();
    jdbc.sql(
            "SELECT f.* FROM indicator_facts f JOIN project p ON p.id = f.project_id"
                + " WHERE p.document_id = :id")
        .param("id", documentId)
        .query(
            rs -> {
              String term = rs.getString("term");
              out.computeIfAbsent(rs.getLong("project_id"), k -> new HashMap<>())
                  .put(
                      rs.getInt("pos"),
                      new IndicatorFacts(
                          term == null ? null : IndicatorFacts.Term.valueOf(term),
                          rs.getBigDecimal("weight"),
                          rs.getString("direction"),
                          rs.getString("remark"),
                          rs.getString("actual"),
                          rs.getBigDecimal("score"),
                          rs.getString("reason")));
            });
    return out;
  }

  private static SelfEvaluation selfEvaluation(ResultSet rs) throws SQLException {
    if (!rs.getBoolean("has_self_evaluation")) {
      return null;
    }
    BigDecimal rate = rs.getBigDecimal("se_execution_rate");
    return new SelfEvaluation(
        money(rs, "se_initial_budget"),
        money(rs, "se_adjusted_budget"),
        money(rs, "se_spent"),
        rate == null ? null : new Percent(rate),
        rs.getBigDecimal("se_budget_weight"),
        rs.getBigDecimal("se_budget_score"),
        rs.getBigDecimal("se_total_score"),
        rs.getString("se_grade"));
  }

  private static Money money(ResultSet rs, String column) throws SQLException {
    BigDecimal v = rs.getBigDecimal(column);
    return v == null ? null : new Money(v);
  }

  private Map<Long, List<String>> texts(String sql, long documentId) {
    Map<Long, List<String>> byProject = new HashMap<>();
    jdbc.sql(sql)
        .param("id", documentId)
        .query(
            rs -> {
              byProject
                  .computeIfAbsent(rs.getLong("project_id"), k -> new ArrayList<>())
                  .add(rs.getString("text"));
            });
    return byProject;
  }
}
