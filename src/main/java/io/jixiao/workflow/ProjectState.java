package io.jixiao.workflow;

/** Where a target table stands in its lifecycle: 编制 → 提交 → 审核（退回/通过）→ 批复 → 公开. */
public enum ProjectState {
  DRAFT("编制中"),
  SUBMITTED("已提交"),
  RETURNED("已退回"),
  APPROVED("已批复"),
  PUBLISHED("已公开");

  private final String label;

  ProjectState(String label) {
    this.label = label;
  }

  /** The state in Chinese, for users. */
  public String label() {
    return label;
  }

  /** True in the states in which the department may change the table (编制中, 已退回). */
  public boolean editable() {
    return this == DRAFT || this == RETURNED;
  }

  /** True in the states in which the department enters actuals: 已批复, 已公开. */
  public boolean openForActuals() {
    return this == APPROVED || this == PUBLISHED;
  }

  /** Why actuals cannot be entered in this state, for the user; null when they can. */
  public String actualsRefusal() {
    return openForActuals() ? null : "项目当前为“" + label + "”，批复后才能填报执行数据（运行监控从批复后开始）";
  }
}
