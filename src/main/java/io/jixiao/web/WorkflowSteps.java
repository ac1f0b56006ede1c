package io.jixiao.web;

import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import io.jixiao.workflow.Target;
import io.jixiao.workflow.TargetState;
import io.jixiao.workflow.Targets;
import io.jixiao.workflow.Transition;
import io.jixiao.workflow.WorkflowException;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The workflow steps as use cases: check who may take the step, let the aggregate check the state,
 * record the step and its audit entry in one transaction.
 */
@Component
class WorkflowSteps {

  /** The steps, with who may take them. */
  enum Step {
    SUBMIT("提交"),
    RETURN("退回"),
    APPROVE("批复"),
    PUBLISH("公开");

    private final String label;

    Step(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }

    boolean allowedFor(Account a, String department) {
      return this == SUBMIT ? Access.canChange(a, department) : Access.canReview(a);
    }
  }

  private final Targets targets;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final Clock clock;

  WorkflowSteps(Targets targets, AuditLog audit, TransactionTemplate transaction, Clock clock) {
    this.targets = targets;
    this.audit = audit;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * Takes {@code step} on table {@code id}.
   *
   * @param expectedRevision the revision the user saw, or null not to check it
   * @param comment the reason, required to return
   * @return the state after the step
   */
  TargetState take(long id, Step step, Integer expectedRevision, String comment, Account actor) {
    return transaction.execute(
        status -> {
          Target target =
              targets.lock(id).orElseThrow(() -> WebException.notFound("未找到编号为 " + id + " 的项目"));
          if (!Access.canRead(actor, target.department(), target.state())) {
            throw WebException.notFound("未找到编号为 " + id + " 的项目");
          }
          if (!step.allowedFor(actor, target.department())) {
            throw WebException.forbidden(
                step == Step.SUBMIT ? "只有本部门的填报人员可以提交该项目" : "只有财政审核人员可以" + step.label() + "项目");
          }
          if (expectedRevision != null && expectedRevision != target.revision()) {
            throw new WorkflowException(
                WorkflowException.CONFLICT,
                "项目已被他人修改或处理（当前状态：" + target.state().label() + "），请刷新页面后再操作");
          }
          Transition t = move(target, step, actor.getUsername(), comment);
          targets.record(target, t);
          String name = targets.summary(id).map(x -> " " + x.projectName()).orElse("");
          audit.append(
              AuditEntry.of(t.at(), actor.getUsername(), step.name(), "项目 #" + id + name, id, "状态",
                  t.from().label(),
                  t.to().label() + (t.note() == null ? "" : "（意见：" + t.note() + "）")));
          return t.to();
        });
  }

  private Transition move(Target target, Step step, String actor, String comment) {
    switch (step) {
      case SUBMIT:
        return target.submit(actor, clock.instant());
      case RETURN:
        return target.returnForRevision(actor, clock.instant(), comment);
      case APPROVE:
        return target.approve(actor, clock.instant());
      case PUBLISH:
        return target.publish(actor, clock.instant());
      default:
        throw new IllegalStateException("unknown step " + step);
    }
  }
}
