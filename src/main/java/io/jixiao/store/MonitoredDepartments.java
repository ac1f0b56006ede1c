package io.jixiao.store;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the monitoring and self-evaluation overviews (issue 18) count in SQL instead of walking every
 * table: the present workflow rows grouped by department, budget year and whether they are
 * monitored (批复 or 公开), with a fingerprint of their content, and the newest actuals import of each
 * department's documents. The pages keep each department's figures until its fingerprint changes.
 */
public final class MonitoredDepartments {

  /**
   * One group of present workflow rows.
   *
   * @param department null when the document names none
   * @param year null when the document names none
   * @param monitored true for the 批复 and 公开 tables, which monitoring and self-evaluation cover
   * @param fingerprint changes whenever a row of the group changes or is added or removed
   */
  public record Group(
      String department, Integer year, boolean monitored, long tables, String fingerprint) {}

  /** The newest actuals import of the documents of a department's present tables, 0 when none. */
  public record DepartmentActuals(String department, long lastImport) {}

  private final JdbcClient jdbc;

  public MonitoredDepartments(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /** Every group of present rows: a few rows per department (one per year and state kind). */
  public List<Group> groups() {
    return jdbc.sql(
            "SELECT department, budget_year,"
                + " CASE WHEN state = 'APPROVED' OR state = 'PUBLISHED' THEN 1 ELSE 0 END AS m,"
                + " COUNT(*), CAST(MAX(updated_at) AS VARCHAR(60)), SUM(doc_version),"
                + " SUM(revision), MAX(id), SUM(id)"
                + " FROM target WHERE present = TRUE"
                + " GROUP BY department, budget_year,"
                + " CASE WHEN state = 'APPROVED' OR state = 'PUBLISHED' THEN 1 ELSE 0 END"
                + " ORDER BY department, budget_year")
        .query(
            (rs, n) ->
                new Group(
                    rs.getString(1),
                    (Integer) rs.getObject(2, Integer.class),
                    rs.getInt(3) == 1,
                    rs.getLong(4),
                    rs.getString(5) + "/" + rs.getLong(6) + "/" + rs.getLong(7) + "/"
                        + rs.getLong(8) + "/" + rs.getLong(9)))
        .list();
  }

  /**
   * The newest actuals import (spending, budget adjustments, indicator results) of the documents of
   * each department's present tables: a department's figures are computed again only when it moves.
   */
  public List<DepartmentActuals> actuals() {
    return jdbc.sql(
            "SELECT t.department, MAX(a.last_import) FROM"
                + " (SELECT DISTINCT department, source FROM target WHERE present = TRUE) t"
                + " JOIN (SELECT source, MAX(import_id) AS last_import FROM spending_actual"
                + " GROUP BY source"
                + " UNION ALL SELECT source, MAX(import_id) FROM budget_adjustment GROUP BY source"
                + " UNION ALL SELECT source, MAX(import_id) FROM indicator_actual GROUP BY source) a"
                + " ON a.source = t.source GROUP BY t.department")
        .query((rs, n) -> new DepartmentActuals(rs.getString(1), rs.getLong(2)))
        .list();
  }

  /** The newest actuals import: moves with every import of actuals. */
  public long actualsStamp() {
    return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM actuals_import").query(Long.class).single();
  }
}
