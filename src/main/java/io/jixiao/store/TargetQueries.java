package io.jixiao.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The read side of the target tables as SQL: the lists, their counts and the dashboard's
 * aggregates over the workflow rows ({@code target}) and the stored review summaries ({@code
 * table_review}, V12), filtered in the database and one page at a time, so that no page reads
 * every table of the year.
 *
 * <p>What a viewer sees ({@link Scope}): every table's current content (reviewers, auditors), the
 * own department's (an editor), and of the others only what is public: a published table, or the
 * published version of a table whose new version is a draft, whose facts are then read from the
 * summary of that published content.
 */
public final class TargetQueries {

  /**
   * Who reads: {@code all} reads every table's current content, {@code own} (an editor's
   * department, else null) the department's; everybody reads what is published.
   */
  public record Scope(boolean all, String own) {

    public static final Scope PUBLIC = new Scope(false, null);
  }

  /**
   * A list's filter; null fields filter nothing.
   *
   * @param year the budget year; tables whose document names no year are in every year
   * @param state a workflow state's name (DRAFT …); {@code published} lists only what is public
   * @param grade EXCELLENT, GOOD, FAIR or POOR
   * @param rule a rule id (tables with a finding of it)
   * @param query a search in project name, code, and, with {@code indicators}, indicator text
   */
  public record Filter(
      Integer year,
      String department,
      String state,
      String grade,
      String rule,
      BigDecimal minBudget,
      BigDecimal maxBudget,
      String query,
      boolean indicators) {

    public static final Filter NONE = new Filter(null, null, null, null, null, null, null, null,
        false);

    public Filter withYear(Integer y) {
      return new Filter(y, department, state, grade, rule, minBudget, maxBudget, query,
          indicators);
    }
  }

  /** The orders a list can be sorted in. */
  public enum Sort {
    DEPARTMENT("v.department", "v.source, v.pos"),
    NAME("v.project_name", "v.id"),
    CODE("v.project_code", "v.id"),
    BUDGET("v.budget_total", "v.id"),
    GRADE("CASE r.grade WHEN 'EXCELLENT' THEN 1 WHEN 'GOOD' THEN 2 WHEN 'FAIR' THEN 3"
        + " WHEN 'POOR' THEN 4 END", "v.id"),
    STATE("v.state", "v.id"),
    FINDINGS("(r.errors + r.warnings + r.infos)", "v.id"),
    UPDATED("v.updated_at", "v.id");

    private final String expression;
    private final String tie;

    Sort(String expression, String tie) {
      this.expression = expression;
      this.tie = tie;
    }

    /** The sort of a request parameter (case-insensitive); null or unknown: {@code fallback}. */
    public static Sort of(String name, Sort fallback) {
      if (name != null) {
        for (Sort s : values()) {
          if (s.name().equalsIgnoreCase(name.strip())) {
            return s;
          }
        }
      }
      return fallback;
    }
  }

  /**
   * One table as a list shows it.
   *
   * @param grade null while its review summary is not stored yet
   */
  public record Item(
      long id,
      String source,
      int position,
      String department,
      String projectName,
      String projectCode,
      BigDecimal budgetTotal,
      Integer budgetYear,
      int docVersion,
      String state,
      int revision,
      OffsetDateTime updatedAt,
      String grade,
      int errors,
      int warnings,
      int infos) {}

  /** How many tables of a department are in a state and grade, and their budget. */
  public record Group(String department, String state, String grade, long tables,
      BigDecimal budget) {}

  /** How many tables have a finding of a rule. */
  public record RuleTables(String rule, long tables) {}

  private static final String ITEM_COLUMNS =
      "v.id, v.source, v.pos, v.department, v.project_name, v.project_code, v.budget_total,"
          + " v.budget_year, v.doc_version, v.state, v.revision, v.updated_at, r.grade,"
          + " r.errors, r.warnings, r.infos";

  private final NamedParameterJdbcTemplate jdbc;

  public TargetQueries(DataSource dataSource) {
    JdbcTemplate plain = new JdbcTemplate(dataSource);
    plain.setFetchSize(500);
    this.jdbc = new NamedParameterJdbcTemplate(plain);
  }

  /**
   * A stamp of what the lists show: it changes with every change of a workflow row (each sets its
   * {@code updated_at}) and every document version stored; two index lookups.
   */
  public String stamp() {
    return jdbc.getJdbcTemplate().queryForObject(
        "SELECT CAST((SELECT MAX(updated_at) FROM target) AS VARCHAR(60)) || '/'"
            + " || CAST((SELECT COALESCE(MAX(id), 0) FROM document) AS VARCHAR(30))",
        String.class);
  }

  /** The budget years of the tables {@code scope} sees, newest first. */
  public List<Integer> years(Scope scope) {
    MapSqlParameterSource p = new MapSqlParameterSource();
    String sql = "SELECT DISTINCT v.budget_year FROM (" + visible(scope, Filter.NONE, p) + ") v"
        + " WHERE v.budget_year IS NOT NULL ORDER BY v.budget_year DESC";
    return jdbc.queryForList(sql, p, Integer.class);
  }

  /** How many tables the list of {@code filter} has. */
  public long count(Scope scope, Filter filter) {
    MapSqlParameterSource p = new MapSqlParameterSource();
    String sql = "SELECT COUNT(*) FROM (" + visible(scope, filter, p) + ") v" + reviewJoin()
        + where(filter, p);
    Long n = jdbc.queryForObject(sql, p, Long.class);
    return n == null ? 0 : n;
  }

  /** The budget total of the list of {@code filter}, 万元 (zero when empty). */
  public BigDecimal budget(Scope scope, Filter filter) {
    MapSqlParameterSource p = new MapSqlParameterSource();
    String sql = "SELECT SUM(v.budget_total) FROM (" + visible(scope, filter, p) + ") v"
        + reviewJoin() + where(filter, p);
    BigDecimal b = jdbc.queryForObject(sql, p, BigDecimal.class);
    return amount(b == null ? BigDecimal.ZERO : b);
  }

  /** One page of the list: {@code limit} tables from {@code offset}, in the order asked. */
  public List<Item> page(
      Scope scope, Filter filter, Sort sort, boolean descending, long offset, int limit) {
    MapSqlParameterSource p = new MapSqlParameterSource();
    p.addValue("offset", offset).addValue("limit", limit);
    String sql = select(scope, filter, sort, descending, p) + " LIMIT :limit OFFSET :offset";
    return jdbc.query(sql, p, (rs, n) -> item(rs));
  }

  /** Every table of the list, one after another, without holding them all (exports). */
  public void each(Scope scope, Filter filter, Sort sort, boolean descending, int max,
      Consumer<Item> each) {
    MapSqlParameterSource p = new MapSqlParameterSource();
    p.addValue("limit", max);
    jdbc.query(select(scope, filter, sort, descending, p) + " LIMIT :limit", p,
        rs -> {
          each.accept(item(rs));
        });
  }

  /** The tables of the list counted by department, state and grade, with their budget. */
  public List<Group> groups(Scope scope, Filter filter) {
    MapSqlParameterSource p = new MapSqlParameterSource();
    String sql = "SELECT v.department, v.state, r.grade, COUNT(*) AS n,"
        + " SUM(v.budget_total) AS budget FROM (" + visible(scope, filter, p) + ") v"
        + reviewJoin() + where(filter, p)
        + " GROUP BY v.department, v.state, r.grade";
    return jdbc.query(sql, p,
        (rs, n) -> new Group(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
            amount(rs.getBigDecimal(5))));
  }

  /** The rules with the most tables of the list having a finding of them, most first. */
  public List<RuleTables> rules(Scope scope, Filter filter, int limit) {
    MapSqlParameterSource p = new MapSqlParameterSource();
    p.addValue("top", limit);
    String sql = "SELECT x.rule, COUNT(*) AS n FROM (" + visible(scope, filter, p) + ") v"
        + reviewJoin()
        + " JOIN table_review_rule x ON x.source = v.source AND x.doc_version = v.doc_version"
        + " AND x.pos = v.pos" + where(filter, p)
        + " GROUP BY x.rule ORDER BY n DESC, x.rule LIMIT :top";
    return jdbc.query(sql, p, (rs, n) -> new RuleTables(rs.getString(1), rs.getLong(2)));
  }

  /** The plan PostgreSQL makes for a page of a list, as EXPLAIN prints it (tests). */
  List<String> explainPage(Scope scope, Filter filter, Sort sort, int limit) {
    MapSqlParameterSource p = new MapSqlParameterSource();
    p.addValue("offset", 0).addValue("limit", limit);
    return jdbc.queryForList("EXPLAIN " + select(scope, filter, sort, false, p)
        + " LIMIT :limit OFFSET :offset", p, String.class);
  }

  /** The plan of a list's count (tests). */
  List<String> explainCount(Scope scope, Filter filter) {
    MapSqlParameterSource p = new MapSqlParameterSource();
    return jdbc.queryForList("EXPLAIN SELECT COUNT(*) FROM (" + visible(scope, filter, p) + ") v"
        + reviewJoin() + where(filter, p), p, String.class);
  }

  private String select(
      Scope scope, Filter filter, Sort sort, boolean descending, MapSqlParameterSource p) {
    String dir = descending ? " DESC" : " ASC";
    return "SELECT " + ITEM_COLUMNS + " FROM (" + visible(scope, filter, p) + ") v" + reviewJoin()
        + where(filter, p) + " ORDER BY " + sort.expression + dir + " NULLS LAST, " + sort.tie
        + dir;
  }

  private static String reviewJoin() {
    return " LEFT JOIN table_review r ON r.source = v.source AND r.doc_version = v.doc_version"
        + " AND r.pos = v.pos";
  }

  /**
   * The tables {@code scope} sees, with the filters that the workflow row answers (year,
   * department, state) inside, where the indexes on {@code target} serve them.
   */
  private static String visible(Scope scope, Filter f, MapSqlParameterSource p) {
    p.addValue("own", scope.own(), Types.VARCHAR);
    StringBuilder rowFilter = new StringBuilder();
    if (f.year() != null) {
      rowFilter.append(" AND (t.budget_year = :year OR t.budget_year IS NULL)");
      p.addValue("year", f.year());
    }
    if (f.department() != null) {
      rowFilter.append(" AND t.department = :department");
      p.addValue("department", f.department());
    }
    String current =
        "SELECT t.id, t.source, t.pos, t.department, t.project_name, t.project_code,"
            + " t.budget_total, t.budget_year, t.doc_version, t.state, t.revision, t.updated_at"
            + " FROM target t WHERE t.present = TRUE" + rowFilter
            + (f.state() != null ? " AND t.state = :state" : "")
            + (scope.all() ? "" : " AND (t.state = 'PUBLISHED' OR t.department = :own)");
    if (f.state() != null) {
      p.addValue("state", f.state());
    }
    if (scope.all() || (f.state() != null && !f.state().equals("PUBLISHED"))) {
      return current;
    }
    // the published version of a table whose new version the viewer may not read
    String published =
        "SELECT t.id, t.published_source, t.published_pos, t.department, pr.project_name,"
            + " pr.project_code, pr.budget_total, t.budget_year, t.published_version,"
            + " 'PUBLISHED', t.revision, t.updated_at FROM target t"
            + " LEFT JOIN table_review pr ON pr.source = t.published_source"
            + " AND pr.doc_version = t.published_version AND pr.pos = t.published_pos"
            + " WHERE t.present = TRUE AND t.published_source IS NOT NULL"
            + " AND t.state <> 'PUBLISHED'"
            + " AND (CAST(:own AS VARCHAR(200)) IS NULL OR t.department IS DISTINCT FROM :own)"
            + rowFilter;
    return current + " UNION ALL " + published;
  }

  /** The filters that the review summary or the facts answer. */
  private static String where(Filter f, MapSqlParameterSource p) {
    List<String> c = new ArrayList<>();
    if (f.grade() != null) {
      c.add("r.grade = :grade");
      p.addValue("grade", f.grade());
    }
    if (f.rule() != null) {
      c.add("EXISTS (SELECT 1 FROM table_review_rule x WHERE x.rule = :rule"
          + " AND x.source = v.source AND x.doc_version = v.doc_version AND x.pos = v.pos)");
      p.addValue("rule", f.rule());
    }
    if (f.minBudget() != null) {
      c.add("v.budget_total >= :minBudget");
      p.addValue("minBudget", f.minBudget());
    }
    if (f.maxBudget() != null) {
      c.add("v.budget_total <= :maxBudget");
      p.addValue("maxBudget", f.maxBudget());
    }
    if (f.query() != null) {
      String like = "%" + f.query().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
          .replace("%", "\\%").replace("_", "\\_") + "%";
      p.addValue("q", like);
      String text = "LOWER(v.project_name) LIKE :q ESCAPE '\\'"
          + " OR LOWER(v.project_code) LIKE :q ESCAPE '\\'";
      if (f.indicators()) {
        text += " OR EXISTS (SELECT 1 FROM document d JOIN project pj ON pj.document_id = d.id"
            + " JOIN indicator i ON i.project_id = pj.id WHERE d.source = v.source"
            + " AND d.version = v.doc_version AND pj.pos = v.pos"
            + " AND (LOWER(i.l3) LIKE :q ESCAPE '\\' OR LOWER(i.value_text) LIKE :q ESCAPE '\\'))";
      }
      c.add("(" + text + ")");
    }
    return c.isEmpty() ? "" : " WHERE " + String.join(" AND ", c);
  }

  private static Item item(ResultSet rs) throws SQLException {
    return new Item(
        rs.getLong(1),
        rs.getString(2),
        rs.getInt(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        amount(rs.getBigDecimal(7)),
        rs.getObject(8, Integer.class),
        rs.getInt(9),
        rs.getString(10),
        rs.getInt(11),
        rs.getObject(12, OffsetDateTime.class),
        rs.getString(13),
        rs.getInt(14),
        rs.getInt(15),
        rs.getInt(16));
  }

  /** An amount in 万元 with at least two decimals, whatever scale the database returns. */
  private static BigDecimal amount(BigDecimal sum) {
    if (sum == null) {
      return null;
    }
    BigDecimal s = sum.stripTrailingZeros();
    return s.scale() < 2 ? s.setScale(2) : s;
  }
}
