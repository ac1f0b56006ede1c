package io.jixiao.workflow;

import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import io.jixiao.store.ActualsStore;
import io.jixiao.store.StoreException;
import io.jixiao.store.TargetStore;
import java.time.Clock;
import io.jixiao.model.IndicatorIdentity;
import io.jixiao.model.Project;
import io.jixiao.monitor.ProjectKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the use cases share: the stores over one {@link DataSource}, the transaction each use case
 * owns (joined when the caller already runs one on the same data source), the clock, and the audit
 * entry that records a table's revision before and after.
 */
final class UseCase {

  final TargetStore store;
  final ActualsStore actuals;
  final ProjectWorkflows targets;
  final AuditLog audit;
  final Clock clock;
  private final TransactionTemplate transaction;

  UseCase(DataSource dataSource, Clock clock) {
    this.store = new TargetStore(dataSource);
    this.actuals = new ActualsStore(dataSource);
    this.targets = new ProjectWorkflows(dataSource);
    this.audit = new AuditLog(dataSource);
    this.clock = clock;
    this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  /** Runs {@code work} in one transaction; a database failure becomes a {@link StoreException}. */
  <T> T inTransaction(Supplier<T> work) {
    try {
      return transaction.execute(status -> work.get());
    } catch (DataAccessException e) {
      throw new StoreException("保存失败，未写入任何内容：" + e.getMostSpecificCause().getMessage(), e);
    }
  }

  /**
   * The audit entry of a change of table {@code before}: field 修订, the revision and state before
   * and after, and why.
   */
  AuditEntry revised(
      Instant at, Actor actor, String action, ProjectSummary before, int revision,
      ProjectState state, String why) {
    return AuditEntry.of(at, actor.name(), action, "项目 #" + before.id() + " " + before.projectName(),
        before.id(), "修订", revisionText(before.revision(), before.state()),
        revisionText(revision, state) + (why == null ? "" : "：" + why));
  }

  /**
   * How the stored actuals of a table follow its content from {@code before} (stored under {@code
   * from}) to {@code after} (to be stored under {@code to}): its indicator rows matched by {@link
   * IndicatorIdentity}; empty when nothing moves.
   *
   * @throws WorkflowException {@link WorkflowException#HAS_ACTUALS} when an indicator that has
   *     stored actuals is gone
   */
  Optional<ActualsStore.Move> actualsMove(
      String table, ProjectKey from, Project before, ProjectKey to, Project after) {
    Set<Integer> recorded = actuals.indicatorRows(from);
    List<Optional<Integer>> moves = IndicatorIdentity.moves(before.indicators(), after.indicators());
    Map<Integer, Integer> rows = new HashMap<>();
    boolean renumbered = false;
    for (int r : recorded) {
      Optional<Integer> now = r <= moves.size() ? moves.get(r - 1) : Optional.empty();
      if (now.isEmpty()) {
        String name = r <= before.indicators().size() ? before.indicators().get(r - 1).name() : null;
        throw new WorkflowException(WorkflowException.HAS_ACTUALS,
            "项目“" + table + "”的指标 " + r + (name == null ? "" : "（" + name + "）")
                + "已有执行数据，不能删除；请保留该指标（可修改其指标值和描述）");
      }
      rows.put(r, now.get());
      renumbered |= now.get() != r;
    }
    if (!renumbered && from.equals(to)) {
      return Optional.empty();
    }
    if (!actuals.any(from)) {
      return Optional.empty();
    }
    return Optional.of(new ActualsStore.Move(from, to, rows));
  }

  static String revisionText(int revision, ProjectState state) {
    return "第 " + revision + " 次修订（" + state.label() + "）";
  }
}
