package io.jixiao.cli;

import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the command line stores goes into the audit log as the web's changes do, in the same
 * transaction: a change without its audit entry is never stored. The actor is {@code 命令行:<the
 * operating-system user>}.
 */
final class CommandLineAudit {

  private final TransactionTemplate transaction;
  private final AuditLog audit;
  private final Clock clock;

  CommandLineAudit(DataSource dataSource) {
    this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    this.audit = new AuditLog(dataSource);
    this.clock = Clock.systemUTC();
  }

  /** The actor of changes made on this command line. */
  static String actor() {
    return "命令行:" + System.getProperty("user.name", "?");
  }

  /**
   * Runs {@code change} and appends the entry {@code describe} makes of its result (none when
   * empty: nothing changed), both in one transaction.
   */
  <T> T store(Supplier<T> change, Function<T, Optional<AuditEntry>> describe) {
    return transaction.execute(
        status -> {
          T result = change.get();
          describe.apply(result).ifPresent(audit::append);
          return result;
        });
  }

  /** An entry by this command line's user, now, about no target table. */
  AuditEntry entry(String action, String subject, String field, String oldValue, String newValue) {
    return AuditEntry.of(clock.instant(), actor(), action, subject, null, field, oldValue, newValue);
  }
}
