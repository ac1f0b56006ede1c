package io.jixiao.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SHA-256 hash chain over the audit trail. Entry {@code seq} stores {@code prev_hash}, the hash
 * of entry {@code seq - 1} ({@link #GENESIS} for the first), and {@code entry_hash}, the hash of
 * its own content together with {@code prev_hash}. Changing, removing or inserting an entry breaks
 * the chain at that entry; removing entries at the end is seen against the chain's head ({@code
 * audit_chain}), which every append moves forward.
 */
public final class AuditChain {

  /** The {@code prev_hash} of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  /** The outcome of {@link #verify}: every entry checked, or the first broken one. */
  public record Verification(long checked, Long brokenId, Long brokenSeq, String problem) {

    public boolean intact() {
      return problem == null;
    }

    /** One sentence for people, naming the first broken entry. */
    public String message() {
      if (intact()) {
        return "审计日志完整：已校验 " + checked + " 条记录，哈希链未被篡改";
      }
      return "审计日志已被篡改：第一条异常记录为 "
          + (brokenId == null ? "链尾" : "#" + brokenId + "（序号 " + brokenSeq + "）")
          + "，" + problem + "（此前 " + checked + " 条记录校验通过）";
    }
  }

  private final JdbcClient jdbc;

  public AuditChain(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /**
   * Chains the entries written before the chain existed (no {@code seq}), in the order of their
   * ids, after the chain's head; run once by the migration that introduced the chain.
   *
   * @return how many entries were chained
   */
  public int chainUnchained() {
    List<AuditEntry> open =
        jdbc.sql("SELECT * FROM audit_entry WHERE seq IS NULL ORDER BY id")
            .query((rs, n) -> AuditLog.entry(rs))
            .list();
    Head head = head(jdbc, false);
    long seq = head.seq();
    String prev = head.hash();
    for (AuditEntry e : open) {
      seq++;
      String h = hash(seq, prev, e);
      jdbc.sql("UPDATE audit_entry SET seq = :seq, prev_hash = :prev, entry_hash = :h"
              + " WHERE id = :id")
          .param("seq", seq)
          .param("prev", prev)
          .param("h", h)
          .param("id", e.id())
          .update();
      prev = h;
    }
    jdbc.sql("UPDATE audit_chain SET last_seq = :seq, last_hash = :h WHERE id = 1")
        .param("seq", seq)
        .param("h", prev)
        .update();
    return open.size();
  }

  /** Walks the whole chain in order, holding one entry at a time. */
  public Verification verify() {
    Walk walk = new Walk();
    jdbc.sql("SELECT * FROM audit_entry ORDER BY seq NULLS FIRST, id")
        .query(
            rs -> {
              if (walk.problem == null) {
                walk.check(rs);
              }
            });
    if (walk.problem != null) {
      return new Verification(walk.checked, walk.brokenId, walk.brokenSeq, walk.problem);
    }
    Head head = head(jdbc, false);
    if (head.seq() != walk.seq || !head.hash().equals(walk.hash)) {
      return new Verification(
          walk.checked, null, head.seq(),
          "链头记录为序号 " + head.seq() + "，而表中最后一条为序号 " + walk.seq + "：末尾的记录被删除");
    }
    return new Verification(walk.checked, null, null, null);
  }

  /** The chain's head: the last entry's {@code seq} and hash (0 and {@link #GENESIS} at first). */
  record Head(long seq, String hash) {}

  /** Reads the head; {@code lock}: and locks it until the transaction ends. */
  static Head head(JdbcClient jdbc, boolean lock) {
    return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1"
            + (lock ? " FOR UPDATE" : ""))
        .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
        .single();
  }

  private static final class Walk {
    long seq;
    String hash = GENESIS;
    long checked;
    Long brokenId;
    Long brokenSeq;
    String problem;

    void check(ResultSet rs) throws SQLException {
      long id = rs.getLong("id");
      long s = rs.getLong("seq");
      String stored = rs.getString("entry_hash");
      if (rs.wasNull() || s != seq + 1) {
        fail(id, s, "序号不连续（应为 " + (seq + 1) + "）：其前的记录被删除或插入了记录");
        return;
      }
      if (!hash.equals(rs.getString("prev_hash"))) {
        fail(id, s, "前一条记录的哈希不符：记录被删除或插入");
        return;
      }
      String computed = hash(s, hash, AuditLog.entry(rs));
      if (!computed.equals(stored)) {
        fail(id, s, "内容与哈希不符：记录被修改");
        return;
      }
      seq = s;
      hash = stored;
      checked++;
    }

    private void fail(long id, long s, String why) {
      brokenId = id;
      brokenSeq = s;
      problem = why;
    }
  }

  /**
   * The hash of entry {@code seq} with {@code prevHash}: SHA-256 over every field as stored, each
   * written as its length and text (null as {@code ~}), in hex.
   */
  public static String hash(long seq, String prevHash, AuditEntry e) {
    StringBuilder b = new StringBuilder();
    field(b, Long.toString(seq));
    field(b, e.at().toString());
    field(b, e.actor());
    field(b, e.action());
    field(b, e.subject());
    field(b, e.targetId() == null ? null : e.targetId().toString());
    field(b, e.field());
    field(b, e.oldValue());
    field(b, e.newValue());
    field(b, e.sourceIp());
    field(b, e.outcome());
    field(b, prevHash);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
    }
  }

  private static void field(StringBuilder b, String value) {
    if (value == null) {
      b.append("~;");
    } else {
      b.append(value.length()).append(':').append(value).append(';');
    }
  }

  /** {@code at} as stored: both databases keep microseconds. */
  static OffsetDateTime stored(java.time.Instant at) {
    return at.truncatedTo(java.time.temporal.ChronoUnit.MICROS)
        .atOffset(java.time.ZoneOffset.UTC);
  }
}
