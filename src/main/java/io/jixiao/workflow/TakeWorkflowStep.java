package io.jixiao.workflow;

import io.jixiao.audit.AuditEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 提交, 退回, 批复, 公开, 撤回, 撤销公开: the aggregate checks the state, the step is recorded with the
 * history, an audit entry (the state and revision before and after) and the messages to the users it
 * concerns, in one transaction. Publishing a new version of a published table makes it the public
 * one. 批复 of a table with open 错误 follows the {@link ApprovalPolicy}; an approval over errors is
 * recorded in {@code approval_override} and audited on its own. A batch takes the step table by table,
 * each in its own transaction, and reports each table's outcome.
 */
public final class TakeWorkflowStep {

  private final UseCase use;
  private final OpenErrors openErrors;
  private final ApprovalPolicy policy;
  private final Messages messages;
  private final JdbcClient jdbc;

  public TakeWorkflowStep(DataSource dataSource) {
    this(dataSource, Clock.systemUTC());
  }

  public TakeWorkflowStep(DataSource dataSource, Clock clock) {
    this(dataSource, clock, OpenErrors.NONE, ApprovalPolicy.OVERRIDE_WITH_REASON);
  }

  /**
   * @param openErrors how many 错误 a table has now, asked before 批复
   * @param policy what 批复 does when there are some
   */
  public TakeWorkflowStep(
      DataSource dataSource, Clock clock, OpenErrors openErrors, ApprovalPolicy policy) {
    this.use = new UseCase(dataSource, clock);
    this.openErrors = openErrors;
    this.policy = policy;
    this.messages = new Messages(dataSource);
    this.jdbc = JdbcClient.create(dataSource);
  }

  /** What 批复 does with open errors here. */
  public ApprovalPolicy policy() {
    return policy;
  }

  /**
   * Takes {@code step} on table {@code id}.
   *
   * @param expectedRevision the revision the user saw, or null not to check it
   * @param comment the reason: required to return and to unpublish, and to approve over errors
   * @return the state after the step
   * @throws WorkflowException when the state does not allow the step or the table changed since
   */
  public ProjectState take(
      long id, WorkflowStep step, Integer expectedRevision, String comment, Actor actor) {
    return use.inTransaction(
        () -> {
          ProjectWorkflow target = use.targets.lock(id).orElseThrow(() -> EditTable.notFound(id));
          if (expectedRevision != null && expectedRevision != target.revision()) {
            throw new WorkflowException(
                WorkflowException.CONFLICT,
                "项目已被他人修改或处理（当前状态：" + target.state().label() + "），请刷新页面后再操作");
          }
          ProjectSummary before = use.targets.summary(id).orElseThrow();
          Instant at = use.clock.instant();
          int errors = step == WorkflowStep.APPROVE ? openErrors.of(id) : 0;
          Transition t = move(target, step, actor.name(), comment, at, errors);
          use.targets.record(target, t);
          use.audit.append(
              AuditEntry.of(t.at(), actor.name(), step.name(),
                  "项目 #" + id + " " + before.projectName(), id, "状态",
                  t.from().label() + "（第 " + before.revision() + " 次修订）",
                  t.to().label() + "（第 " + (before.revision() + 1) + " 次修订）"
                      + (t.note() == null ? "" : "（意见：" + t.note() + "）")));
          if (step == WorkflowStep.APPROVE && errors > 0) {
            override(before, errors, comment.strip(), actor, at);
          }
          notify(before, step, t, actor);
          return t.to();
        });
  }

  /** The outcome of a batch step on one table: the state after it, or why it was not taken. */
  public record Outcome(long id, String projectName, ProjectState state, String refusal) {

    public boolean taken() {
      return refusal == null;
    }
  }

  /**
   * Takes {@code step} on each of {@code ids}, each in its own transaction with its own history and
   * audit entry; a table the step does not apply to is reported and left as it is.
   */
  public List<Outcome> takeAll(List<Long> ids, WorkflowStep step, String comment, Actor actor) {
    List<Outcome> outcomes = new ArrayList<>();
    for (long id : ids) {
      String name = use.targets.summary(id).map(ProjectSummary::projectName).orElse("#" + id);
      try {
        outcomes.add(new Outcome(id, name, take(id, step, null, comment, actor), null));
      } catch (WorkflowException e) {
        outcomes.add(new Outcome(id, name, null, e.getMessage()));
      }
    }
    return outcomes;
  }

  private void override(ProjectSummary table, int errors, String reason, Actor actor, Instant at) {
    jdbc.sql(
            "INSERT INTO approval_override (target_id, errors, reason, actor, occurred_at)"
                + " VALUES (:id, :errors, :reason, :actor, :at)")
        .param("id", table.id())
        .param("errors", errors)
        .param("reason", reason)
        .param("actor", actor.name())
        .param("at", at.atOffset(java.time.ZoneOffset.UTC))
        .update();
    use.audit.append(
        AuditEntry.of(at, actor.name(), "APPROVE_OVERRIDE",
            "项目 #" + table.id() + " " + table.projectName(), table.id(), "错误",
            errors + " 个错误未改正", "仍予批复，理由：" + reason));
  }

  private void notify(ProjectSummary table, WorkflowStep step, Transition t, Actor actor) {
    String name = "“" + table.projectName() + "”";
    String note = t.note() == null ? "" : "：" + t.note();
    switch (step) {
      case SUBMIT:
        messages.toReviewers(Messages.Kind.SUBMITTED, table.id(), actor.name(),
            (table.department() == null ? "" : table.department()) + "提交了项目" + name + "，待审核",
            t.at());
        break;
      case WITHDRAW:
        messages.toReviewers(Messages.Kind.WITHDRAWN, table.id(), actor.name(),
            (table.department() == null ? "" : table.department()) + "撤回了项目" + name, t.at());
        break;
      case RETURN:
        messages.toEditors(table.department(), Messages.Kind.RETURNED, table.id(), actor.name(),
            "项目" + name + "被退回修改" + note, t.at());
        break;
      case APPROVE:
        messages.toEditors(table.department(), Messages.Kind.APPROVED, table.id(), actor.name(),
            "项目" + name + "已审核通过并批复，请按月填报执行数据", t.at());
        break;
      case PUBLISH:
        messages.toEditors(table.department(), Messages.Kind.PUBLISHED, table.id(), actor.name(),
            "项目" + name + "的绩效目标已公开", t.at());
        break;
      default:
        messages.toEditors(table.department(), Messages.Kind.UNPUBLISHED, table.id(), actor.name(),
            "项目" + name + "已撤销公开" + note, t.at());
    }
  }

  private Transition move(
      ProjectWorkflow target, WorkflowStep step, String actor, String comment, Instant at,
      int errors) {
    switch (step) {
      case SUBMIT:
        return target.submit(actor, at);
      case RETURN:
        return target.returnForRevision(actor, at, comment);
      case APPROVE:
        return target.approve(actor, at, errors, policy, comment);
      case PUBLISH:
        return target.publish(actor, at);
      case WITHDRAW:
        return target.withdraw(actor, at);
      default:
        return target.unpublish(actor, at, comment);
    }
  }
}
