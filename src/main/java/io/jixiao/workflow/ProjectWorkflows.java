package io.jixiao.workflow;

import io.jixiao.store.RowWriter;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The target tables' workflow rows and their history, in plain SQL. Changes are guarded by the
 * revision they were based on: a change from a stale revision is refused with {@link
 * WorkflowException#CONFLICT}. Callers run the methods that change rows in a transaction.
 */
public final class ProjectWorkflows {

  private static final String COLUMNS =
      "id, source, pos, department, project_name, project_code, budget_total, budget_year,"
          + " doc_version, state, revision, updated_at, identity_key, present, published_source,"
          + " published_version, published_pos, review_started_by";

  private static final List<String> NEW_ROW_COLUMNS =
      List.of("source", "pos", "department", "project_name", "project_code", "budget_total",
          "budget_year", "doc_version", "state", "revision", "updated_at", "identity_key",
          "present");

  private final JdbcClient jdbc;
  private final RowWriter rows;

  public ProjectWorkflows(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
    this.rows = new RowWriter(dataSource);
  }

  /** Every target table, by department, source and position. */
  public List<ProjectSummary> all() {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM target ORDER BY department NULLS LAST, source, pos")
        .query((rs, n) -> summary(rs))
        .list();
  }

  public Optional<ProjectSummary> summary(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM target WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> summary(rs))
        .optional();
  }

  /** The target tables whose current content is in stored document {@code source}, by position. */
  public List<ProjectSummary> ofSource(String source) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM target WHERE source = :source AND present = TRUE"
                + " ORDER BY pos")
        .param("source", source)
        .query((rs, n) -> summary(rs))
        .list();
  }

  /**
   * The present target tables of department {@code department} (null: those naming none), by
   * source and position: what the monitoring pages read for one department.
   */
  public List<ProjectSummary> ofDepartment(String department) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM target WHERE "
                + (department == null ? "department IS NULL" : "department = :department")
                + " AND present = TRUE ORDER BY source, pos")
        .params(department == null ? Map.of() : Map.of("department", department))
        .query((rs, n) -> summary(rs))
        .list();
  }

  /** {@link #ofSource} of many documents at once: the rows of each, by position. */
  public Map<String, List<ProjectSummary>> ofSources(List<String> sources) {
    Map<String, List<ProjectSummary>> bySource = new HashMap<>();
    for (int from = 0; from < sources.size(); from += 500) {
      jdbc.sql(
              "SELECT " + COLUMNS + " FROM target WHERE source IN (:sources) AND present = TRUE"
                  + " ORDER BY source, pos")
          .param("sources", sources.subList(from, Math.min(sources.size(), from + 500)))
          .query((rs, n) -> summary(rs))
          .list()
          .forEach(t -> bySource.computeIfAbsent(t.source(), k -> new ArrayList<>()).add(t));
    }
    return bySource;
  }

  /** The aggregate, without locking. */
  public Optional<ProjectWorkflow> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM target WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> target(rs))
        .optional();
  }

  /** The aggregate, its row locked until the transaction ends. */
  public Optional<ProjectWorkflow> lock(long id) {
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
  public void record(ProjectWorkflow target, Transition step) {
    int updated =
        jdbc.sql(
                "UPDATE target SET state = :state, revision = revision + 1, updated_at = :at,"
                    + " review_started_by = NULL"
                    + (step.to() == ProjectState.PUBLISHED
                        ? ", published_source = NULL, published_version = NULL,"
                            + " published_pos = NULL"
                        : "")
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
            "UPDATE target SET doc_version = :version WHERE present = TRUE"
                + " AND source = (SELECT t.source FROM target t WHERE t.id = :id)")
        .param("version", docVersion)
        .param("id", id)
        .update();
    return expectedRevision + 1;
  }

  /**
   * Locks and returns the rows of one department and budget year (null: none named), the scope in
   * which a table's identity is unique.
   */
  public List<ProjectSummary> lockScope(String department, Integer year) {
    // = where a value is named, so that the identity's unique index finds the rows (IS NOT
    // DISTINCT FROM reads every row on PostgreSQL)
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM target WHERE "
                + (department == null ? "department IS NULL" : "department = :department")
                + " AND " + (year == null ? "budget_year IS NULL" : "budget_year = :year")
                + " ORDER BY id FOR UPDATE")
        .params(scope(department, year))
        .query((rs, n) -> summary(rs))
        .list();
  }

  private static Map<String, Object> scope(String department, Integer year) {
    Map<String, Object> params = new HashMap<>();
    if (department != null) {
      params.put("department", department);
    }
    if (year != null) {
      params.put("year", year);
    }
    return params;
  }

  /** A table that an import or a load adds: 编制中 at revision 1, its content at {@code where}. */
  record NewRow(String identityKey, ProjectFacts facts, Location where) {}

  /** Creates the rows of {@code created} in one set ({@link RowWriter}), 编制中 at revision 1. */
  void createAll(List<NewRow> created, Instant at) {
    List<Object[]> values = new ArrayList<>(created.size());
    OffsetDateTime when = utc(at);
    for (NewRow r : created) {
      ProjectFacts f = r.facts();
      values.add(new Object[] {
        r.where().source(), r.where().position(), f.department(), f.projectName(),
        f.projectCode(), f.budgetTotal(), f.budgetYear(), r.where().version(), "DRAFT", 1, when,
        r.identityKey(), true
      });
    }
    rows.write("target", NEW_ROW_COLUMNS, values);
  }

  /**
   * Points table {@code id} at its content in another place (a new document version, another
   * position), present again, with the facts of that content; the revision goes up when {@code
   * changed} (the content is not what it was).
   *
   * @return the revision now
   * @throws WorkflowException when the row is no longer at revision {@code revision}
   */
  int move(long id, int revision, ProjectFacts facts, Location where, boolean changed, Instant at) {
    int updated =
        jdbc.sql(
                "UPDATE target SET source = :source, pos = :pos, doc_version = :version,"
                    + " present = TRUE, department = :department, project_name = :name,"
                    + " project_code = :code, budget_total = :budget, budget_year = :year"
                    + (changed ? ", revision = revision + 1, updated_at = :at" : "")
                    + " WHERE id = :id AND revision = :revision")
            .param("source", where.source())
            .param("pos", where.position())
            .param("version", where.version())
            .param("department", facts.department())
            .param("name", facts.projectName())
            .param("code", facts.projectCode())
            .param("budget", facts.budgetTotal())
            .param("year", facts.budgetYear(), Types.INTEGER)
            .param("at", utc(at))
            .param("id", id)
            .param("revision", revision)
            .update();
    if (updated == 0) {
      throw conflict(id);
    }
    return changed ? revision + 1 : revision;
  }

  /**
   * Sends table {@code target} back to 编制中 because its content changed after it was submitted
   * ({@code step} from its state to DRAFT); a published table keeps its published content at
   * {@code published}, which stays public until the new version is published.
   */
  void redraft(ProjectWorkflow target, Transition step, Location published) {
    record(target, step);
    if (published != null) {
      jdbc.sql(
              "UPDATE target SET published_source = :source, published_version = :version,"
                  + " published_pos = :pos WHERE id = :id")
          .param("source", published.source())
          .param("version", published.version())
          .param("pos", published.position())
          .param("id", target.id())
          .update();
    }
  }

  /** Table {@code id} is not in the current version of its document any more. */
  void markAbsent(long id, Instant at) {
    jdbc.sql(
            "UPDATE target SET present = FALSE, revision = revision + 1, updated_at = :at"
                + " WHERE id = :id")
        .param("at", utc(at))
        .param("id", id)
        .update();
  }

  /** Gives a row of an older build ({@code legacy:…}) the table's identity. */
  void relabel(long id, String identityKey) {
    jdbc.sql("UPDATE target SET identity_key = :key WHERE id = :id")
        .param("key", identityKey)
        .param("id", id)
        .update();
  }

  /**
   * Marks submitted table {@code id} as under review by {@code reviewer} (the first 审核意见): it can
   * no longer be withdrawn and counts as 待批复. Does nothing when it is not submitted or already is.
   */
  void startReview(long id, String reviewer) {
    jdbc.sql(
            "UPDATE target SET review_started_by = :reviewer WHERE id = :id AND state = 'SUBMITTED'"
                + " AND review_started_by IS NULL")
        .param("reviewer", reviewer)
        .param("id", id)
        .update();
  }

  /** Who started reviewing table {@code id}, empty when nobody has (or it is not submitted). */
  public Optional<String> reviewStartedBy(long id) {
    return jdbc.sql("SELECT review_started_by FROM target WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
        .optional()
        .flatMap(o -> o);
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
                    ProjectState.valueOf(rs.getString("from_state")),
                    ProjectState.valueOf(rs.getString("to_state")),
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

  private static ProjectWorkflow target(ResultSet rs) throws SQLException {
    return new ProjectWorkflow(
        rs.getLong("id"),
        rs.getString("source"),
        rs.getInt("pos"),
        rs.getString("department"),
        ProjectState.valueOf(rs.getString("state")),
        rs.getInt("revision"),
        rs.getString("review_started_by") != null);
  }

  /** Where a table's content lives: a document version and the 1-based position in it. */
  record Location(String source, int version, int position) {}

  private static ProjectSummary summary(ResultSet rs) throws SQLException {
    BigDecimal budget = rs.getBigDecimal("budget_total");
    return new ProjectSummary(
        rs.getLong("id"),
        rs.getString("source"),
        rs.getInt("pos"),
        rs.getString("department"),
        rs.getString("project_name"),
        rs.getString("project_code"),
        amount(budget),
        rs.getObject("budget_year", Integer.class),
        rs.getInt("doc_version"),
        ProjectState.valueOf(rs.getString("state")),
        rs.getInt("revision"),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
        rs.getString("identity_key"),
        rs.getBoolean("present"),
        rs.getString("published_source"),
        rs.getObject("published_version", Integer.class),
        rs.getObject("published_pos", Integer.class));
  }
}
