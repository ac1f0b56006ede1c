package io.jixiao.workflow;

import io.jixiao.audit.AuditEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dialogue on a table's review: the department's 说明 on a finding (e.g. why R1's growth is
 * justified) and the reviewer's 审核意见 on an indicator row. Each change is audited; the reviewer's
 * first comment on a submitted table starts its review (it can no longer be withdrawn). Who may
 * write is decided by the caller's adapter (the department's editors answer, reviewers comment).
 */
public final class Dialogue {

  /** Limit of one answer or comment, characters. */
  public static final int MAX_TEXT = 2000;

  /** The department's answer to a finding: rule, indicator row (null: header) and field. */
  public record Answer(
      String rule, Integer row, String field, String text, String author, Instant at) {

    public Answer {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(text, "text");
    }

    /** True when this answers the finding of {@code rule} at {@code row} and {@code field}. */
    public boolean answers(String rule, Integer row, String field) {
      return this.rule.equals(rule) && Objects.equals(this.row, row)
          && Objects.equals(this.field, field);
    }
  }

  /** The reviewer's comment on indicator row {@code row} (1-based). */
  public record Comment(int row, String text, String author, Instant at) {}

  private final UseCase use;
  private final JdbcClient jdbc;

  public Dialogue(DataSource dataSource, Clock clock) {
    this.use = new UseCase(dataSource, clock);
    this.jdbc = JdbcClient.create(dataSource);
  }

  /** The answers on table {@code id}. */
  public List<Answer> answers(long id) {
    return jdbc.sql(
            "SELECT rule_id, row_no, field, answer, author, written_at FROM finding_answer"
                + " WHERE target_id = :id ORDER BY id")
        .param("id", id)
        .query(
            (rs, n) ->
                new Answer(rs.getString("rule_id"), rs.getObject("row_no", Integer.class),
                    rs.getString("field"), rs.getString("answer"), rs.getString("author"),
                    rs.getObject("written_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  /** The reviewer's comments on table {@code id}, by row. */
  public List<Comment> comments(long id) {
    return jdbc.sql(
            "SELECT row_no, comment, author, written_at FROM indicator_comment"
                + " WHERE target_id = :id ORDER BY row_no")
        .param("id", id)
        .query(
            (rs, n) ->
                new Comment(rs.getInt("row_no"), rs.getString("comment"), rs.getString("author"),
                    rs.getObject("written_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  /**
   * Writes (or, blank, removes) the department's 说明 on a finding of table {@code id}.
   *
   * @throws WorkflowException when the table is gone or the text is too long
   */
  public void answer(long id, String rule, Integer row, String field, String text, Actor actor) {
    String t = checked(text);
    use.inTransaction(
        () -> {
          ProjectSummary table = use.targets.summary(id).orElseThrow(() -> EditTable.notFound(id));
          Instant at = use.clock.instant();
          String before = answers(id).stream().filter(a -> a.answers(rule, row, field))
              .map(Answer::text).findFirst().orElse(null);
          jdbc.sql(
                  "DELETE FROM finding_answer WHERE target_id = :id AND rule_id = :rule"
                      + " AND row_no IS NOT DISTINCT FROM :row AND field IS NOT DISTINCT FROM :field")
              .param("id", id)
              .param("rule", rule)
              .param("row", row, java.sql.Types.INTEGER)
              .param("field", field, java.sql.Types.VARCHAR)
              .update();
          if (t != null) {
            jdbc.sql(
                    "INSERT INTO finding_answer (target_id, rule_id, row_no, field, answer, author,"
                        + " written_at) VALUES (:id, :rule, :row, :field, :answer, :author, :at)")
                .param("id", id)
                .param("rule", rule)
                .param("row", row, java.sql.Types.INTEGER)
                .param("field", field, java.sql.Types.VARCHAR)
                .param("answer", t)
                .param("author", actor.name())
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
          }
          use.audit.append(
              AuditEntry.of(at, actor.name(), "ANSWER",
                  "项目 #" + id + " " + table.projectName(), id,
                  "说明 " + rule + (row == null ? " 表头" : " 第 " + row + " 行"), before, t));
          return null;
        });
  }

  /**
   * Writes (or, blank, removes) the reviewer's 审核意见 on indicator row {@code row} of table {@code
   * id}; on a submitted table the first one starts its review.
   */
  public void comment(long id, int row, String text, Actor actor) {
    if (row < 1) {
      throw new IllegalArgumentException("row starts at 1: " + row);
    }
    String t = checked(text);
    use.inTransaction(
        () -> {
          ProjectSummary table = use.targets.summary(id).orElseThrow(() -> EditTable.notFound(id));
          Instant at = use.clock.instant();
          String before = comments(id).stream().filter(c -> c.row() == row)
              .map(Comment::text).findFirst().orElse(null);
          jdbc.sql("DELETE FROM indicator_comment WHERE target_id = :id AND row_no = :row")
              .param("id", id)
              .param("row", row)
              .update();
          if (t != null) {
            jdbc.sql(
                    "INSERT INTO indicator_comment (target_id, row_no, comment, author, written_at)"
                        + " VALUES (:id, :row, :comment, :author, :at)")
                .param("id", id)
                .param("row", row)
                .param("comment", t)
                .param("author", actor.name())
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
            use.targets.startReview(id, actor.name());
          }
          use.audit.append(
              AuditEntry.of(at, actor.name(), "COMMENT",
                  "项目 #" + id + " " + table.projectName(), id, "审核意见 第 " + row + " 行",
                  before, t));
          return null;
        });
  }

  private static String checked(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    if (t.length() > MAX_TEXT) {
      throw new WorkflowException(WorkflowException.REASON_REQUIRED,
          "内容过长：最多 " + MAX_TEXT + " 个字符，实为 " + t.length() + " 个");
    }
    return t;
  }
}
