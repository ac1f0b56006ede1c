package io.jixiao.workflow;

import io.jixiao.audit.AuditEntry;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * 提交, 退回, 批复, 公开: the aggregate checks the state, the step is recorded with the history and
 * an audit entry (the state and revision before and after) in one transaction. Publishing a new
 * version of a published table makes it the public one.
 */
public final class TakeWorkflowStep {

  private final UseCase use;

  public TakeWorkflowStep(DataSource dataSource) {
    this(dataSource, Clock.systemUTC());
  }

  public TakeWorkflowStep(DataSource dataSource, Clock clock) {
    this.use = new UseCase(dataSource, clock);
  }

  /**
   * Takes {@code step} on table {@code id}.
   *
   * @param expectedRevision the revision the user saw, or null not to check it
   * @param comment the reason, required to return
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
          Transition t = move(target, step, actor.name(), comment, use.clock.instant());
          use.targets.record(target, t);
          use.audit.append(
              AuditEntry.of(t.at(), actor.name(), step.name(),
                  "项目 #" + id + " " + before.projectName(), id, "状态",
                  t.from().label() + "（第 " + before.revision() + " 次修订）",
                  t.to().label() + "（第 " + (before.revision() + 1) + " 次修订）"
                      + (t.note() == null ? "" : "（意见：" + t.note() + "）")));
          return t.to();
        });
  }

  private static Transition move(
      ProjectWorkflow target, WorkflowStep step, String actor, String comment, Instant at) {
    switch (step) {
      case SUBMIT:
        return target.submit(actor, at);
      case RETURN:
        return target.returnForRevision(actor, at, comment);
      case APPROVE:
        return target.approve(actor, at);
      default:
        return target.publish(actor, at);
    }
  }
}
