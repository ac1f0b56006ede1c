package io.jixiao.workflow;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The target tables' workflow rows and their history, in plain SQL. Changes are guarded by the
 * revision they were based on: a change from a stale revision is refused with {@link
 * WorkflowException#CONFLICT}. Callers run the methods that change rows in a transaction.
 */
public final class Targets {

  private static final String COLUMNS =
      "id, source, pos, department, project_name, project_code, budget_total, budget_year,"
          + " doc_version, state, revision, updated_at";

  private final JdbcClient jdbc;

  public Targets(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /** Every target table, by department, source and position. */
  public List<TargetSummary> all() {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM target ORDER BY department NULLS LAST, source, pos")
        .query((rs, n) -> summary(rs))
        .list();
  }

  public Optional<TargetSummary> summary(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM target WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> summary(rs))
        .optional();
  }

  /** The target tables of one stored document, by position. */
  public List<TargetSummary> ofSource(String source) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM target WHERE source = :source ORDER BY pos")
        .param("source", source)
        .query((rs, n) -> summary(rs))
        .list();
  }

  /** The aggregate, without locking. */
  public Optional<Target> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM target WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> target(rs))
        .optional();
  }

  /** The aggregate, its row locked until the transaction ends. */
  public Optional<Target> lock(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM target WHERE id = :id FOR UPDATE")
        .param("id", id)
        .query((rs, n) -> target(rs))
        .optional();
  }

  /**
   * Locks every table of a document until the transaction ends, so that edits of two tables of one
   * document are saved one after the other and neither loses the other's change.
   */
  public void lockDocument(String source) {
    jdbc.sql("SELECT id FROM target WHERE source = :source FOR UPDATE")
        .param("source", source)
        .query(Long.class)
        .list();
  }

  /**
   * Records a workflow step taken on {@code target}: the new state, the next revision, the history.
   *
   * @throws WorkflowException when the row changed since the target was read
   */
  public void record(Target target, Transition step) {
    int updated =
        jdbc.sql(
                "UPDATE target SET state = :state, revision = revision + 1, updated_at = :at"
                    + " WHERE id = :id AND revision = :revision")
            .param("state", step.to().name())
            .param("at", utc(step.at()))
            .param("id", target.id())
            .param("revision", target.revision())
            .update();
    if (updated == 0) {
      throw conflict(target.id());
    }
    jdbc.sql(
            "INSERT INTO target_transition (target_id, from_state, to_state, actor, occurred_at,"
                + " note) VALUES (:id, :from, :to, :actor, :at, :note)")
        .param("id", target.id())
        .param("from", step.from().name())
        .param("to", step.to().name())
        .param("actor", step.actor())
        .param("at", utc(step.at()))
        .param("note", step.note())
        .update();
  }

  /**
   * Records an edit of the table's content, saved as document version {@code docVersion}.
   *
   * @param expectedRevision the revision the edit was based on (carried by the form)
   * @return the new revision
   * @throws WorkflowException when the table changed since that revision
   */
  public int recordEdit(
      long id, int expectedRevision, ProjectFacts facts, int docVersion, Instant at) {
    int updated =
        jdbc.sql(
                "UPDATE target SET revision = revision + 1, updated_at = :at,"
                    + " department = :department, project_name = :name, project_code = :code,"
                    + " budget_total = :budget, budget_year = :year, doc_version = :version"
                    + " WHERE id = :id AND revision = :revision")
            .param("at", utc(at))
            .param("department", facts.department())
            .param("name", facts.projectName())
            .param("code", facts.projectCode())
            .param("budget", facts.budgetTotal())
            .param("year", facts.budgetYear(), Types.INTEGER)
            .param("version", docVersion)
            .param("id", id)
            .param("revision", expectedRevision)
            .update();
    if (updated == 0) {
      throw conflict(id);
    }
    // the other tables of the document are unchanged in the new version: they show it too
    jdbc.sql(
            "UPDATE target SET doc_version = :version"
                + " WHERE source = (SELECT t.source FROM target t WHERE t.id = :id)")
        .param("version", docVersion)
        .param("id", id)
        .update();
    return expectedRevision + 1;
  }

  /**
   * Makes the target rows of {@code source} match its stored version {@code docVersion}: one row
   * per table, new ones as drafts, the copied facts refreshed, rows beyond the last table removed.
   *
   * @return the number of rows created
   */
  public int synchronise(String source, int docVersion, List<ProjectFacts> tables, Instant at) {
    int created = 0;
    for (int i = 0; i < tables.size(); i++) {
      ProjectFacts f = tables.get(i);
      int pos = i + 1;
      int updated =
          jdbc.sql(
                  "UPDATE target SET department = :department, project_name = :name,"
                      + " project_code = :code, budget_total = :budget, budget_year = :year,"
                      + " doc_version = :version WHERE source = :source AND pos = :pos")
              .param("department", f.department())
              .param("name", f.projectName())
              .param("code", f.projectCode())
              .param("budget", f.budgetTotal())
              .param("year", f.budgetYear(), Types.INTEGER)
              .param("version", docVersion)
              .param("source", source)
              .param("pos", pos)
              .update();
      if (updated == 0) {
        jdbc.sql(
                "INSERT INTO target (source, pos, department, project_name, project_code,"
                    + " budget_total, budget_year, doc_version, state, revision, updated_at)"
                    + " VALUES (:source, :pos, :department, :name, :code, :budget, :year,"
                    + " :version, 'DRAFT', 1, :at)")
            .param("source", source)
            .param("pos", pos)
            .param("department", f.department())
            .param("name", f.projectName())
            .param("code", f.projectCode())
            .param("budget", f.budgetTotal())
            .param("year", f.budgetYear(), Types.INTEGER)
            .param("version", docVersion)
            .param("at", utc(at))
            .update();
        created++;
      }
    }
    jdbc.sql("DELETE FROM target WHERE source = :source AND pos > :count")
        .param("source", source)
        .param("count", tables.size())
        .update();
    return created;
  }

  /** The workflow steps of a table, oldest first. */
  public List<Transition> history(long id) {
    return jdbc.sql(
            "SELECT from_state, to_state, actor, occurred_at, note FROM target_transition"
                + " WHERE target_id = :id ORDER BY occurred_at, id")
        .param("id", id)
        .query(
            (rs, n) ->
                new Transition(
                    TargetState.valueOf(rs.getString("from_state")),
                    TargetState.valueOf(rs.getString("to_state")),
                    rs.getString("actor"),
                    rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                    rs.getString("note")))
        .list();
  }

  private WorkflowException conflict(long id) {
    Integer now =
        jdbc.sql("SELECT revision FROM target WHERE id = :id")
            .param("id", id)
            .query(Integer.class)
            .optional()
            .orElse(null);
    String current = now == null ? "该项目已不存在" : "当前为第 " + now + " 次修订";
    return new WorkflowException(
        WorkflowException.CONFLICT,
        "项目已被他人修改（" + current + "），您的修改未保存，以免覆盖他人的修改。请重新打开页面，在最新内容上修改。");
  }

  /** An amount in 万元 with at least two decimals, whatever scale the database returns. */
  private static BigDecimal amount(BigDecimal sum) {
    if (sum == null) {
      return null;
    }
    BigDecimal s = sum.stripTrailingZeros();
    return s.scale() < 2 ? s.setScale(2) : s;
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  private static Target target(ResultSet rs) throws SQLException {
    return new Target(
        rs.getLong("id"),
        rs.getString("source"),
        rs.getInt("pos"),
        rs.getString("department"),
        TargetState.valueOf(rs.getString("state")),
        rs.getInt("revision"));
  }

  private static TargetSummary summary(ResultSet rs) throws SQLException {
    BigDecimal budget = rs.getBigDecimal("budget_total");
    return new TargetSummary(
        rs.getLong("id"),
        rs.getString("source"),
        rs.getInt("pos"),
        rs.getString("department"),
        rs.getString("project_name"),
        rs.getString("project_code"),
        amount(budget),
        rs.getObject("budget_year", Integer.class),
        rs.getInt("doc_version"),
        TargetState.valueOf(rs.getString("state")),
        rs.getInt("revision"),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant());
  }
}
