package io.jixiao.workflow;

import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 待办: the tables waiting for someone, counted and listed in SQL over indexed columns (state,
 * department, budget year), never by reading every table. A reviewer's queues span all departments;
 * a department's queues only its own tables.
 */
public final class WorkQueue {

  /** One queue, with its name on the page and whose work it is. */
  public enum Queue {
    TO_REVIEW("待审核", false,
        "t.state = 'SUBMITTED' AND t.review_started_by IS NULL"),
    TO_APPROVE("待批复", false,
        "t.state = 'SUBMITTED' AND t.review_started_by IS NOT NULL"),
    TO_PUBLISH("待公开", false, "t.state = 'APPROVED'"),
    RETURNED("被退回", true, "t.state = 'RETURNED'"),
    TO_ENTER_ACTUALS("待填报执行数据", true,
        "t.state = ANY (ARRAY['APPROVED', 'PUBLISHED']) AND NOT EXISTS (SELECT 1 FROM"
            + " spending_actual s WHERE s.source = t.source AND s.seq = t.pos)"),
    TO_SELF_EVALUATE("待自评", true,
        "t.state = ANY (ARRAY['APPROVED', 'PUBLISHED']) AND t.budget_year < :thisYear"
            + " AND NOT EXISTS (SELECT 1 FROM spending_actual s WHERE s.source = t.source"
            + " AND s.seq = t.pos AND EXTRACT(MONTH FROM s.period_end) = 12)");

    private final String label;
    private final boolean department;
    private final String where;

    Queue(String label, boolean department, String where) {
      this.label = label;
      this.department = department;
      this.where = where;
    }

    public String label() {
      return label;
    }

    /** True for a department's queues, false for the reviewer's. */
    public boolean department() {
      return department;
    }

    /** The reviewer's queues, or a department's. */
    public static List<Queue> of(boolean department) {
      return java.util.Arrays.stream(values()).filter(q -> q.department == department).toList();
    }
  }

  private final JdbcClient jdbc;
  private final ProjectWorkflows targets;

  public WorkQueue(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
    this.targets = new ProjectWorkflows(dataSource);
  }

  /**
   * How many tables wait in each queue: the reviewer's ({@code department} null) or the
   * department's, in budget year {@code year} (null: every year); {@code thisYear} is the calendar
   * year (待自评 is for the years that have ended).
   */
  public Map<Queue, Long> counts(String department, Integer year, int thisYear) {
    Map<Queue, Long> counts = new java.util.EnumMap<>(Queue.class);
    for (Queue q : Queue.of(department != null)) {
      counts.put(q, query("SELECT COUNT(*)", q, department, year, thisYear, "")
          .query(Long.class).single());
    }
    return counts;
  }

  /** The ids of the tables in queue {@code q}, oldest change first. */
  public List<Long> ids(Queue q, String department, Integer year, int thisYear) {
    return query("SELECT t.id", q, department, year, thisYear, " ORDER BY t.updated_at, t.id")
        .query(Long.class)
        .list();
  }

  /** The tables in queue {@code q}, oldest change first. */
  public List<ProjectSummary> list(Queue q, String department, Integer year, int thisYear) {
    return ids(q, department, year, thisYear).stream()
        .map(targets::summary)
        .flatMap(Optional::stream)
        .toList();
  }

  private JdbcClient.StatementSpec query(
      String select, Queue q, String department, Integer year, int thisYear, String order) {
    if (q.department() && department == null) {
      throw new IllegalArgumentException(q + " is a department's queue");
    }
    String sql = select + " FROM target t WHERE t.present = TRUE AND " + q.where
        + (q.department() ? " AND t.department = :department" : "")
        + (year == null ? "" : " AND t.budget_year = :year")
        + order;
    JdbcClient.StatementSpec spec = jdbc.sql(sql);
    if (q.department()) {
      spec = spec.param("department", department);
    }
    if (year != null) {
      spec = spec.param("year", year, Types.INTEGER);
    }
    if (sql.contains(":thisYear")) {
      spec = spec.param("thisYear", thisYear);
    }
    return spec;
  }
}
