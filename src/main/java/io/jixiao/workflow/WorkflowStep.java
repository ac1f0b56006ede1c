package io.jixiao.workflow;

/** The workflow steps a user takes on a table, with their names on the buttons. */
public enum WorkflowStep {
  SUBMIT("提交"),
  RETURN("退回"),
  APPROVE("批复"),
  PUBLISH("公开"),
  WITHDRAW("撤回"),
  UNPUBLISH("撤销公开");

  private final String label;

  WorkflowStep(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** True for the steps of the department (提交, 撤回); the others are the reviewer's. */
  public boolean department() {
    return this == SUBMIT || this == WITHDRAW;
  }

  /** True for the steps that need a written comment or reason (退回, 撤销公开). */
  public boolean needsComment() {
    return this == RETURN || this == UNPUBLISH;
  }

  /**
   * True when a table in {@code state} allows the step: the buttons a page shows (撤回 also needs
   * the review not to have started, which the aggregate checks).
   */
  public boolean allowedIn(ProjectState state) {
    switch (this) {
      case SUBMIT:
        return state == ProjectState.DRAFT || state == ProjectState.RETURNED;
      case RETURN:
      case APPROVE:
        return state == ProjectState.SUBMITTED;
      case PUBLISH:
        return state == ProjectState.APPROVED;
      case WITHDRAW:
        return state == ProjectState.SUBMITTED;
      default:
        return state == ProjectState.PUBLISHED;
    }
  }
}
