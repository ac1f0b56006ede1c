package io.jixiao.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail: an append-only table of every change and every security event, chained by
 * SHA-256 ({@link AuditChain}). Entries are written in the transaction of the change they
 * describe, so a change that is rolled back leaves no entry; an entry written outside a transaction
 * (a login) gets one of its own. An append locks the chain's head row until its transaction ends,
 * so concurrent appends, also from other processes, take their turns and keep the chain.
 */
public final class AuditLog {

  /** Longer values are cut to this many characters (the column holds 20000). */
  private static final int MAX_VALUE = 20000;

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  public AuditLog(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
    this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  public void append(AuditEntry e) {
    AuditEntry stored =
        new AuditEntry(
            0,
            AuditChain.stored(e.at()).toInstant(),
            cut(e.actor(), 100),
            e.action(),
            cut(e.subject(), 2000),
            e.targetId(),
            cut(e.field(), 200),
            cut(e.oldValue(), MAX_VALUE),
            cut(e.newValue(), MAX_VALUE),
            cut(e.sourceIp() != null ? e.sourceIp() : AuditSource.current(), 64),
            e.outcome());
    transaction.executeWithoutResult(s -> appendLocked(stored));
  }

  private void appendLocked(AuditEntry e) {
    AuditChain.Head head = AuditChain.head(jdbc, true);
    long seq = head.seq() + 1;
    String hash = AuditChain.hash(seq, head.hash(), e);
    jdbc.sql(
            "INSERT INTO audit_entry (seq, occurred_at, actor, action, subject, target_id, field,"
                + " old_value, new_value, source_ip, outcome, prev_hash, entry_hash) VALUES (:seq,"
                + " :at, :actor, :action, :subject, :target, :field, :old, :new, :ip, :outcome,"
                + " :prev, :hash)")
        .param("seq", seq)
        .param("at", AuditChain.stored(e.at()))
        .param("actor", e.actor())
        .param("action", e.action())
        .param("subject", e.subject())
        .param("target", e.targetId())
        .param("field", e.field())
        .param("old", e.oldValue())
        .param("new", e.newValue())
        .param("ip", e.sourceIp())
        .param("outcome", e.outcome())
        .param("prev", head.hash())
        .param("hash", hash)
        .update();
    jdbc.sql("UPDATE audit_chain SET last_seq = :seq, last_hash = :hash WHERE id = 1")
        .param("seq", seq)
        .param("hash", hash)
        .update();
  }

  public void appendAll(List<AuditEntry> entries) {
    entries.forEach(this::append);
  }

  /** The newest entries first, {@code limit} of them after skipping {@code offset}. */
  public List<AuditEntry> newest(int offset, int limit) {
    return jdbc.sql(
            "SELECT * FROM audit_entry ORDER BY occurred_at DESC, id DESC"
                + " LIMIT :limit OFFSET :offset")
        .param("limit", limit)
        .param("offset", offset)
        .query((rs, n) -> entry(rs))
        .list();
  }

  /** Every entry in the order of the chain, one at a time (for an export of any size). */
  public void forEachInOrder(Consumer<AuditEntry> action) {
    jdbc.sql("SELECT * FROM audit_entry ORDER BY seq, id")
        .query(rs -> {
          action.accept(entry(rs));
        });
  }

  /** The entries about one target table, oldest first. */
  public List<AuditEntry> ofTarget(long targetId) {
    return jdbc.sql("SELECT * FROM audit_entry WHERE target_id = :id ORDER BY occurred_at, id")
        .param("id", targetId)
        .query((rs, n) -> entry(rs))
        .list();
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
  }

  /** The entry in the current row of {@code rs}; {@code targetId} is null where none is stored. */
  static AuditEntry entry(ResultSet rs) throws SQLException {
    return new AuditEntry(
        rs.getLong("id"),
        rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("subject"),
        rs.getObject("target_id", Long.class),
        rs.getString("field"),
        rs.getString("old_value"),
        rs.getString("new_value"),
        rs.getString("source_ip"),
        rs.getString("outcome"));
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
