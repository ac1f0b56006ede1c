package io.jixiao.web;

import io.jixiao.workflow.ProjectState;
import java.util.Objects;

/**
 * Who may read and change which target table. A department editor sees only the own department's
 * tables (and everybody's published ones); reviewers and 审计查阅人员 see all; the three
 * administrators (三员) see only what the public sees. Only editors change content, upload and
 * submit; only reviewers return, approve and publish.
 */
final class Access {

  private Access() {}

  /** True when {@code viewer} (null: not logged in) may read a table of {@code department}. */
  static boolean canRead(Account viewer, String department, ProjectState state) {
    if (state == ProjectState.PUBLISHED) {
      return true;
    }
    if (viewer == null) {
      return false;
    }
    if (viewer.is(Role.DEPT_EDITOR)) {
      return ownDepartment(viewer, department);
    }
    return !viewer.role().administrator();
  }

  /** Edit, upload over, and submit: the department's own editors. */
  static boolean canChange(Account viewer, String department) {
    return viewer != null && viewer.is(Role.DEPT_EDITOR) && ownDepartment(viewer, department);
  }

  /** Return, approve and publish: the finance reviewers. */
  static boolean canReview(Account viewer) {
    return viewer != null && viewer.is(Role.FINANCE_REVIEWER);
  }

  static boolean canUpload(Account viewer) {
    return viewer != null && viewer.is(Role.DEPT_EDITOR);
  }

  /**
   * Actuals (执行数据), and the monitoring and self-evaluation results built from them, are not
   * public, not even of a published table: the department's own editors and every other role read
   * them.
   */
  static boolean canReadActuals(Account viewer, String department) {
    return canRead(viewer, department, ProjectState.DRAFT);
  }

  /** Download the actuals template and upload actuals: a department's editors. */
  static boolean canEnterActuals(Account viewer) {
    return viewer != null && viewer.is(Role.DEPT_EDITOR) && viewer.department() != null;
  }

  /** Read, export and verify the audit log: the 审计管理员 only. */
  static boolean canAudit(Account viewer) {
    return viewer != null && viewer.is(Role.AUDIT_ADMIN);
  }

  /** The user administration page: the 系统管理员 and the 安全管理员, each with own actions. */
  static boolean canManageUsers(Account viewer) {
    return viewer != null && (viewer.is(Role.SYSTEM_ADMIN) || viewer.is(Role.SECURITY_ADMIN));
  }

  private static boolean ownDepartment(Account viewer, String department) {
    return viewer.department() != null && Objects.equals(viewer.department(), department);
  }
}
