package io.jixiao.workflow;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 站内消息: one row per recipient, unread until the recipient reads it. The workflow steps write
 * them in their own transaction (returned, approved, published… to the department's editors;
 * submitted and withdrawn to the reviewers); the pages read and mark them.
 */
public final class Messages {

  /** What a message is about, with its label for the list. */
  public enum Kind {
    SUBMITTED("已提交"),
    RETURNED("被退回"),
    APPROVED("已批复"),
    PUBLISHED("已公开"),
    UNPUBLISHED("撤销公开"),
    WITHDRAWN("已撤回"),
    DEADLINE("截止提醒"),
    REMINDER("催办");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One message as its recipient reads it; {@code readAt} is null while unread. */
  public record Message(
      long id, Kind kind, Long targetId, String sender, String body, Instant createdAt,
      Instant readAt) {

    public Message {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(body, "body");
    }

    public boolean unread() {
      return readAt == null;
    }
  }

  private static final String EDITORS =
      "SELECT username FROM app_user WHERE user_role = 'DEPT_EDITOR' AND enabled = TRUE"
          + " AND department = :department ORDER BY username";
  private static final String REVIEWERS =
      "SELECT username FROM app_user WHERE user_role = 'FINANCE_REVIEWER' AND enabled = TRUE"
          + " ORDER BY username";

  private final JdbcClient jdbc;

  public Messages(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /** How many messages {@code user} has not read (an indexed COUNT). */
  public long unread(String user) {
    return jdbc.sql("SELECT COUNT(*) FROM app_message WHERE recipient = :r AND read_at IS NULL")
        .param("r", user)
        .query(Long.class)
        .single();
  }

  /** The newest {@code limit} messages of {@code user}, newest first. */
  public List<Message> of(String user, int limit) {
    return jdbc.sql(
            "SELECT id, kind, target_id, sender, body, created_at, read_at FROM app_message"
                + " WHERE recipient = :r ORDER BY created_at DESC, id DESC LIMIT :limit")
        .param("r", user)
        .param("limit", limit)
        .query(
            (rs, n) ->
                new Message(
                    rs.getLong("id"),
                    Kind.valueOf(rs.getString("kind")),
                    rs.getObject("target_id", Long.class),
                    rs.getString("sender"),
                    rs.getString("body"),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                    rs.getObject("read_at") == null
                        ? null
                        : rs.getObject("read_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  /** Marks {@code user}'s message {@code id} read (only the recipient's own); true when it was unread. */
  public boolean markRead(String user, long id, Instant at) {
    return jdbc.sql(
                "UPDATE app_message SET read_at = :at WHERE id = :id AND recipient = :r"
                    + " AND read_at IS NULL")
            .param("at", utc(at))
            .param("id", id)
            .param("r", user)
            .update()
        == 1;
  }

  /** Marks all of {@code user}'s messages read; how many were unread. */
  public int markAllRead(String user, Instant at) {
    return jdbc.sql(
            "UPDATE app_message SET read_at = :at WHERE recipient = :r AND read_at IS NULL")
        .param("at", utc(at))
        .param("r", user)
        .update();
  }

  /** Sends a message to every enabled editor of {@code department}; how many received it. */
  int toEditors(String department, Kind kind, Long targetId, String sender, String body, Instant at) {
    if (department == null) {
      return 0;
    }
    List<String> users =
        jdbc.sql(EDITORS).param("department", department).query(String.class).list();
    users.forEach(u -> send(u, kind, targetId, sender, body, at));
    return users.size();
  }

  /** Sends a message to every enabled finance reviewer. */
  int toReviewers(Kind kind, Long targetId, String sender, String body, Instant at) {
    List<String> users = jdbc.sql(REVIEWERS).query(String.class).list();
    users.forEach(u -> send(u, kind, targetId, sender, body, at));
    return users.size();
  }

  /** True when {@code user} already has a message of {@code kind} with {@code body}. */
  boolean has(String user, Kind kind, String body) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM app_message WHERE recipient = :r AND kind = :k AND body = :b")
            .param("r", user)
            .param("k", kind.name())
            .param("b", body)
            .query(Long.class)
            .single()
        > 0;
  }

  void send(String recipient, Kind kind, Long targetId, String sender, String body, Instant at) {
    jdbc.sql(
            "INSERT INTO app_message (recipient, kind, target_id, sender, body, created_at)"
                + " VALUES (:r, :k, :t, :s, :b, :at)")
        .param("r", recipient)
        .param("k", kind.name())
        .param("t", targetId, java.sql.Types.BIGINT)
        .param("s", sender)
        .param("b", body.length() > 4000 ? body.substring(0, 4000) : body)
        .param("at", utc(at))
        .update();
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
