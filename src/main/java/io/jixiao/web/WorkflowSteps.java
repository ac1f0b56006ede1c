package io.jixiao.web;

import io.jixiao.workflow.TakeWorkflowStep;
import io.jixiao.workflow.ProjectWorkflow;
import io.jixiao.workflow.ProjectState;
import io.jixiao.workflow.ProjectWorkflows;
import io.jixiao.workflow.WorkflowStep;
import io.jixiao.workflow.ApprovalPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The workflow steps from the pages and the API: who may take a step is checked here, the state,
 * the revision, the history and the audit by {@link TakeWorkflowStep}.
 */
@Component
class WorkflowSteps {

  /** The steps, with who may take them. */
  enum Step {
    SUBMIT,
    RETURN,
    APPROVE,
    PUBLISH,
    WITHDRAW,
    UNPUBLISH;

    WorkflowStep step() {
      return WorkflowStep.valueOf(name());
    }

    String label() {
      return step().label();
    }

    boolean allowedFor(Account a, String department) {
      return step().department() ? Access.canChange(a, department) : Access.canReview(a);
    }
  }

  private final ProjectWorkflows targets;
  private final TakeWorkflowStep steps;

  WorkflowSteps(ProjectWorkflows targets, TakeWorkflowStep steps) {
    this.targets = targets;
    this.steps = steps;
  }

  /**
   * Takes {@code step} on table {@code id}.
   *
   * @param expectedRevision the revision the user saw, or null not to check it
   * @param comment the reason, required to return
   * @return the state after the step
   */
  ProjectState take(long id, Step step, Integer expectedRevision, String comment, Account actor) {
    ProjectWorkflow target =
        targets.find(id).orElseThrow(() -> WebException.notFound("未找到编号为 " + id + " 的项目"));
    if (!Access.canRead(actor, target.department(), target.state())) {
      throw WebException.notFound("未找到编号为 " + id + " 的项目");
    }
    if (!step.allowedFor(actor, target.department())) {
      throw WebException.forbidden(
          step.step().department()
              ? "只有本部门的填报人员可以" + step.label() + "该项目"
              : "只有财政审核人员可以" + step.label() + "项目");
    }
    return steps.take(id, step.step(), expectedRevision, comment, DocumentUpload.actor(actor));
  }

  /**
   * Takes a reviewer's {@code step} (批复, 公开, 退回) on each of {@code ids}, table by table; a table
   * the reviewer may not read is reported as not found and left alone.
   */
  List<TakeWorkflowStep.Outcome> takeAll(
      List<Long> ids, Step step, String comment, Account actor) {
    if (step.step().department() || !Access.canReview(actor)) {
      throw WebException.forbidden("只有财政审核人员可以批量" + step.label());
    }
    List<Long> readable = new ArrayList<>();
    List<TakeWorkflowStep.Outcome> refused = new ArrayList<>();
    for (long id : ids) {
      Optional<ProjectWorkflow> t = targets.find(id);
      if (t.isPresent() && Access.canRead(actor, t.get().department(), t.get().state())) {
        readable.add(id);
      } else {
        refused.add(new TakeWorkflowStep.Outcome(id, "#" + id, null, "未找到编号为 " + id + " 的项目"));
      }
    }
    List<TakeWorkflowStep.Outcome> outcomes = new ArrayList<>(
        steps.takeAll(readable, step.step(), comment, DocumentUpload.actor(actor)));
    outcomes.addAll(refused);
    return outcomes;
  }

  /** What 批复 does with open errors. */
  ApprovalPolicy policy() {
    return steps.policy();
  }
}
