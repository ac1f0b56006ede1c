package io.jixiao.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit log: an append-only table of every change. Entries are written in the transaction of
 * the change they describe, so a change that is rolled back leaves no entry.
 */
public final class AuditLog {

  /** Longer values are cut to this many characters (the column holds 20000). */
  private static final int MAX_VALUE = 20000;

  private final JdbcClient jdbc;

  public AuditLog(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  public void append(AuditEntry e) {
    jdbc.sql(
            "INSERT INTO audit_entry (occurred_at, actor, action, subject, target_id, field,"
                + " old_value, new_value) VALUES (:at, :actor, :action, :subject, :target, :field,"
                + " :old, :new)")
        .param("at", e.at().atOffset(ZoneOffset.UTC))
        .param("actor", e.actor())
        .param("action", e.action())
        .param("subject", cut(e.subject(), 2000))
        .param("target", e.targetId())
        .param("field", cut(e.field(), 200))
        .param("old", cut(e.oldValue(), MAX_VALUE))
        .param("new", cut(e.newValue(), MAX_VALUE))
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

  private static AuditEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
    long target = rs.getLong("target_id");
    return new AuditEntry(
        rs.getLong("id"),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("subject"),
        rs.wasNull() ? null : target,
        rs.getString("field"),
        rs.getString("old_value"),
        rs.getString("new_value"));
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
