package io.jixiao.workflow;

/** The workflow steps a user takes on a table, with their names on the buttons. */
public enum WorkflowStep {
  SUBMIT("提交"),
  RETURN("退回"),
  APPROVE("批复"),
  PUBLISH("公开");

  private final String label;

  WorkflowStep(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** True when a table in {@code state} allows the step: the buttons a page shows. */
  public boolean allowedIn(ProjectState state) {
    switch (this) {
      case SUBMIT:
        return state == ProjectState.DRAFT || state == ProjectState.RETURNED;
      case RETURN:
      case APPROVE:
        return state == ProjectState.SUBMITTED;
      default:
        return state == ProjectState.APPROVED;
    }
  }
}
