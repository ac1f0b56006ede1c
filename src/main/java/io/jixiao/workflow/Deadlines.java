package io.jixiao.workflow;

import io.jixiao.audit.AuditEntry;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 截止时间 per budget year for 填报, 审核 and 执行数据, set by a reviewer; 催办, a reviewer's reminder
 * to a department's editors; and the notice of a deadline that is near. Every change is audited.
 */
public final class Deadlines {

  /** How many days before a deadline its notice is sent. */
  public static final int NOTICE_DAYS = 7;

  /** The phases that have a deadline. */
  public enum Phase {
    FILL("填报"),
    REVIEW("审核"),
    ACTUALS("执行数据填报");

    private final String label;

    Phase(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One deadline. */
  public record Deadline(int year, Phase phase, LocalDate dueOn, String setBy, Instant setAt) {

    public Deadline {
      Objects.requireNonNull(phase, "phase");
      Objects.requireNonNull(dueOn, "dueOn");
    }

    /** Days from {@code today} to the deadline (negative once it passed). */
    public long daysLeft(LocalDate today) {
      return ChronoUnit.DAYS.between(today, dueOn);
    }
  }

  private final UseCase use;
  private final Messages messages;
  private final JdbcClient jdbc;

  public Deadlines(DataSource dataSource, Clock clock) {
    this.use = new UseCase(dataSource, clock);
    this.messages = new Messages(dataSource);
    this.jdbc = JdbcClient.create(dataSource);
  }

  /** The deadlines of budget year {@code year}, by phase. */
  public List<Deadline> of(int year) {
    return jdbc.sql(
            "SELECT budget_year, phase, due_on, set_by, set_at FROM workflow_deadline"
                + " WHERE budget_year = :year")
        .param("year", year)
        .query(
            (rs, n) ->
                new Deadline(
                    rs.getInt("budget_year"),
                    Phase.valueOf(rs.getString("phase")),
                    rs.getObject("due_on", LocalDate.class),
                    rs.getString("set_by"),
                    rs.getObject("set_at", OffsetDateTime.class).toInstant()))
        .list()
        .stream()
        .sorted(java.util.Comparator.comparing(Deadline::phase))
        .toList();
  }

  /** Sets (or, with {@code dueOn} null, removes) a deadline, audited. */
  public void set(int year, Phase phase, LocalDate dueOn, Actor actor) {
    if (year < 2000 || year > 2100) {
      throw new IllegalArgumentException("预算年度应在 2000–2100 之间：" + year);
    }
    use.inTransaction(
        () -> {
          Instant at = use.clock.instant();
          String before = of(year).stream().filter(d -> d.phase() == phase).findFirst()
              .map(d -> d.dueOn().toString()).orElse("（未设置）");
          jdbc.sql("DELETE FROM workflow_deadline WHERE budget_year = :year AND phase = :phase")
              .param("year", year)
              .param("phase", phase.name())
              .update();
          if (dueOn != null) {
            jdbc.sql(
                    "INSERT INTO workflow_deadline (budget_year, phase, due_on, set_by, set_at)"
                        + " VALUES (:year, :phase, :due, :by, :at)")
                .param("year", year)
                .param("phase", phase.name())
                .param("due", Date.valueOf(dueOn))
                .param("by", actor.name())
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
          }
          use.audit.append(
              AuditEntry.of(at, actor.name(), "DEADLINE", year + " 年度" + phase.label() + "截止时间",
                  null, "截止日期", before, dueOn == null ? "（未设置）" : dueOn.toString()));
          return null;
        });
  }

  /**
   * 催办: sends {@code note} to every editor of {@code department}, audited.
   *
   * @return how many editors received it
   * @throws WorkflowException {@link WorkflowException#REASON_REQUIRED} when {@code note} is blank
   */
  public int remind(String department, String note, Actor actor) {
    if (note == null || note.isBlank()) {
      throw new WorkflowException(WorkflowException.REASON_REQUIRED, "催办时请填写催办内容");
    }
    if (department == null || department.isBlank()) {
      throw new WorkflowException(WorkflowException.NOT_FOUND, "请选择要催办的部门");
    }
    return use.inTransaction(
        () -> {
          Instant at = use.clock.instant();
          int sent = messages.toEditors(department, Messages.Kind.REMINDER, null, actor.name(),
              "催办：" + note.strip(), at);
          use.audit.append(
              AuditEntry.of(at, actor.name(), "REMIND", department, null, "催办",
                  null, note.strip() + "（发送给 " + sent + " 名填报人员）"));
          return sent;
        });
  }

  /**
   * Sends {@code user} of {@code department} (null: a reviewer) a notice of each deadline of {@code
   * year} that falls within {@link #NOTICE_DAYS} days of {@code today}, once per deadline.
   *
   * @return the deadlines that are near (also those noticed before)
   */
  public List<Deadline> noticeNear(String user, String department, int year, LocalDate today) {
    List<Deadline> near = new ArrayList<>();
    for (Deadline d : of(year)) {
      long left = d.daysLeft(today);
      boolean concerns = department == null ? d.phase() == Phase.REVIEW : d.phase() != Phase.REVIEW;
      if (!concerns || left < 0 || left > NOTICE_DAYS) {
        continue;
      }
      near.add(d);
      String body = year + " 年度" + d.phase().label() + "截止日期为 " + d.dueOn() + "，请按时完成";
      if (!messages.has(user, Messages.Kind.DEADLINE, body)) {
        messages.send(user, Messages.Kind.DEADLINE, null, "system", body, use.clock.instant());
      }
    }
    return near;
  }
}
