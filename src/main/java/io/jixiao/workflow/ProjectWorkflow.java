package io.jixiao.workflow;

import java.time.Instant;
import java.util.Objects;

/**
 * The workflow of one target table (a project of a stored document): its state and the revision it
 * was loaded at. One method per step; each rejects an illegal current state with a {@link
 * WorkflowException} and returns the {@link Transition} that records who, when and why.
 *
 * <pre>
 * DRAFT ──submit──▶ SUBMITTED ──approve──▶ APPROVED ──publish──▶ PUBLISHED
 *   ▲                  │
 *   │            returnForRevision(comment)
 *   │                  ▼
 *   └──(edit)──── RETURNED ──submit──▶ SUBMITTED
 *
 * SUBMITTED, APPROVED, PUBLISHED ──reopen(note)──▶ DRAFT   (a re-import changed the content)
 * SUBMITTED ──withdraw──▶ DRAFT         (撤回: the department, before the review started)
 * PUBLISHED ──unpublish(reason)──▶ APPROVED   (撤销公开: the reviewer)
 * </pre>
 *
 * <p>批复 of a table with open 错误 follows the rule pack's {@link ApprovalPolicy}: refused, or
 * taken only with the reviewer's written reason.
 */
public final class ProjectWorkflow {

  private final long id;
  private final String source;
  private final int position;
  private final String department;
  private final int revision;
  private final boolean reviewStarted;
  private ProjectState state;

  /**
   * @param source the stored document's source (file name)
   * @param position the 1-based position of the table in its document
   * @param department the document's department, null when it names none
   * @param revision the revision the state was read at (the optimistic lock)
   */
  public ProjectWorkflow(
      long id, String source, int position, String department, ProjectState state, int revision) {
    this(id, source, position, department, state, revision, false);
  }

  /** @param reviewStarted true when a reviewer has started to review the submitted table */
  public ProjectWorkflow(
      long id, String source, int position, String department, ProjectState state, int revision,
      boolean reviewStarted) {
    this.reviewStarted = reviewStarted;
    this.id = id;
    this.source = Objects.requireNonNull(source, "source");
    this.position = position;
    this.department = department;
    this.state = Objects.requireNonNull(state, "state");
    this.revision = revision;
  }

  public long id() {
    return id;
  }

  public String source() {
    return source;
  }

  public int position() {
    return position;
  }

  public String department() {
    return department;
  }

  public ProjectState state() {
    return state;
  }

  public int revision() {
    return revision;
  }

  /** True when a reviewer has started to review the submitted table (an 审核意见 written). */
  public boolean reviewStarted() {
    return reviewStarted;
  }

  /** 提交: a draft or a returned table goes to the finance bureau. */
  public Transition submit(String actor, Instant at) {
    require("提交", ProjectState.DRAFT, ProjectState.RETURNED);
    return move(ProjectState.SUBMITTED, actor, at, null);
  }

  /** 退回: the reviewer sends a submitted table back, saying why. */
  public Transition returnForRevision(String actor, Instant at, String comment) {
    if (comment == null || comment.isBlank()) {
      throw new WorkflowException(WorkflowException.COMMENT_REQUIRED, "退回时必须填写退回意见，说明需要修改的内容");
    }
    require("退回", ProjectState.SUBMITTED);
    return move(ProjectState.RETURNED, actor, at, comment.strip());
  }

  /** 批复: the reviewer approves a submitted table that has no open 错误. */
  public Transition approve(String actor, Instant at) {
    return approve(actor, at, 0, ApprovalPolicy.REFUSE, null);
  }

  /**
   * 批复: the reviewer approves a submitted table. With {@code openErrors} above 0 the {@code
   * policy} decides: {@link ApprovalPolicy#REFUSE} refuses, {@link
   * ApprovalPolicy#OVERRIDE_WITH_REASON} requires {@code reason}, recorded as the step's note.
   */
  public Transition approve(
      String actor, Instant at, int openErrors, ApprovalPolicy policy, String reason) {
    require("批复", ProjectState.SUBMITTED);
    if (openErrors <= 0) {
      return move(ProjectState.APPROVED, actor, at, blank(reason) ? null : reason.strip());
    }
    if (policy == ApprovalPolicy.REFUSE) {
      throw new WorkflowException(WorkflowException.ERRORS_OPEN,
          "不能批复：项目还有 " + openErrors + " 个错误未改正；请退回修改（规则包规定有错误的项目不得批复）");
    }
    if (blank(reason)) {
      throw new WorkflowException(WorkflowException.REASON_REQUIRED,
          "项目还有 " + openErrors + " 个错误未改正；如仍要批复，请填写批复理由");
    }
    return move(ProjectState.APPROVED, actor, at,
        "存在 " + openErrors + " 个错误，仍予批复，理由：" + reason.strip());
  }

  /** 撤回: the department takes a submitted table back before the reviewer started on it. */
  public Transition withdraw(String actor, Instant at) {
    require("撤回", ProjectState.SUBMITTED);
    if (reviewStarted) {
      throw new WorkflowException(WorkflowException.ILLEGAL_STEP,
          "不能撤回：财政审核人员已开始审核该项目；如需修改，请联系审核人员退回");
    }
    return move(ProjectState.DRAFT, actor, at, null);
  }

  /** 撤销公开: the reviewer withdraws a published table from the public pages, saying why. */
  public Transition unpublish(String actor, Instant at, String reason) {
    if (blank(reason)) {
      throw new WorkflowException(WorkflowException.REASON_REQUIRED, "撤销公开时必须填写理由");
    }
    require("撤销公开", ProjectState.PUBLISHED);
    return move(ProjectState.APPROVED, actor, at, reason.strip());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** 公开: an approved table is published and becomes readable by everyone. */
  public Transition publish(String actor, Instant at) {
    require("公开", ProjectState.APPROVED);
    return move(ProjectState.PUBLISHED, actor, at, null);
  }

  /**
   * 重新编制: the table's content changed after it was submitted (a re-import of its document), so
   * the new content is a draft again; {@code note} says why.
   */
  public Transition reopen(String actor, Instant at, String note) {
    require("重新编制", ProjectState.SUBMITTED, ProjectState.APPROVED, ProjectState.PUBLISHED);
    return move(ProjectState.DRAFT, actor, at, note);
  }

  /** Rejects a change of the table's content unless it is 编制中 or 已退回. */
  public void requireEditable() {
    if (!state.editable()) {
      throw new WorkflowException(
          WorkflowException.NOT_EDITABLE,
          "项目当前为“" + state.label() + "”，不能修改；只有“编制中”或“已退回”的项目可以修改");
    }
  }

  private void require(String step, ProjectState... allowed) {
    for (ProjectState s : allowed) {
      if (state == s) {
        return;
      }
    }
    StringBuilder names = new StringBuilder();
    for (ProjectState s : allowed) {
      if (names.length() > 0) {
        names.append("或");
      }
      names.append('“').append(s.label()).append('”');
    }
    throw new WorkflowException(
        WorkflowException.ILLEGAL_STEP,
        "不能" + step + "：项目当前为“" + state.label() + "”，只有" + names + "的项目可以" + step);
  }

  private Transition move(ProjectState to, String actor, Instant at, String note) {
    Transition t = new Transition(state, to, actor, at, note);
    state = to;
    return t;
  }
}
