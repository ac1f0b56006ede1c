package io.jixiao.workflow;

import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import io.jixiao.store.StoreException;
import io.jixiao.store.TargetStore;
import java.time.Clock;
import java.time.Instant;
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
  final Targets targets;
  final AuditLog audit;
  final Clock clock;
  private final TransactionTemplate transaction;

  UseCase(DataSource dataSource, Clock clock) {
    this.store = new TargetStore(dataSource);
    this.targets = new Targets(dataSource);
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
      Instant at, Actor actor, String action, TargetSummary before, int revision,
      TargetState state, String why) {
    return AuditEntry.of(at, actor.name(), action, "项目 #" + before.id() + " " + before.projectName(),
        before.id(), "修订", revisionText(before.revision(), before.state()),
        revisionText(revision, state) + (why == null ? "" : "：" + why));
  }

  static String revisionText(int revision, TargetState state) {
    return "第 " + revision + " 次修订（" + state.label() + "）";
  }
}
