package io.jixiao.web;

/** What a user may do. Stored by name in {@code app_user.user_role}. */
enum Role {
  /** 部门填报人员: reads, edits, uploads and submits the targets of the own department only. */
  DEPT_EDITOR("部门填报人员"),
  /** 财政审核人员: reads every department, returns, approves and publishes. */
  FINANCE_REVIEWER("财政审核人员"),
  /** 系统管理员: manages users; reads everything. */
  ADMIN("系统管理员"),
  /** 审计人员: reads everything and the audit log, changes nothing. */
  AUDITOR("审计人员");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The authority Spring Security checks: {@code ROLE_DEPT_EDITOR}. */
  String authority() {
    return "ROLE_" + name();
  }
}
