package db.migration;

import io.jixiao.audit.AuditChain;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Puts the audit entries written before V7 into the SHA-256 hash chain (ADR 0014), in the order of
 * their ids: the hash needs Java, the same code that chains every later entry.
 */
public class V7_1__ChainAuditEntries extends BaseJavaMigration {

  @Override
  public void migrate(Context context) {
    new AuditChain(new SingleConnectionDataSource(context.getConnection(), true))
        .chainUnchained();
  }
}
