package io.jixiao.web;

/**
 * What a user may do. Stored by name in {@code app_user.user_role} (a row of {@code app_role}).
 * Three business roles work with the targets; three administrators (三员分立, 等保2.0 三级) run the
 * system and never touch a business document: each holds one part of the administration, and
 * none can change the accounts of the administrators (docs/security.md).
 */
enum Role {
  /** 部门填报人员: reads, edits, uploads and submits the targets of the own department only. */
  DEPT_EDITOR("部门填报人员"),
  /** 财政审核人员: reads every department, returns, approves and publishes. */
  FINANCE_REVIEWER("财政审核人员"),
  /**
   * 审计查阅人员 (e.g. the audit bureau): reads every department's tables, monitoring and
   * self-evaluation, changes nothing. Not the system's audit log: that is the 审计管理员's.
   */
  AUDITOR("审计查阅人员"),
  /** 系统管理员: creates the business users, edits, disables them and resets their passwords. */
  SYSTEM_ADMIN("系统管理员"),
  /** 安全管理员: changes the business users' roles, unlocks accounts, sets the password policy. */
  SECURITY_ADMIN("安全管理员"),
  /** 审计管理员: reads, exports and verifies the audit log, and nothing else. */
  AUDIT_ADMIN("审计管理员");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** One of the three administrators (三员), who work on the system, not on the targets. */
  boolean administrator() {
    return this == SYSTEM_ADMIN || this == SECURITY_ADMIN || this == AUDIT_ADMIN;
  }

  /** The authority Spring Security checks: {@code ROLE_DEPT_EDITOR}. */
  String authority() {
    return "ROLE_" + name();
  }
}
