package io.jixiao.web;

import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Managing users, split between two of the three administrators (三员分立): the 系统管理员
 * creates business users, disables and enables them and resets their passwords; the 安全管理员
 * changes their roles and unlocks accounts. Neither changes an administrator's account (their
 * own included): the three administrators are created at the first start, so none of them can
 * take over or switch off another.
 */
@Component
class UserAdmin {

  /** A new user as entered. */
  record NewUser(
      String username, String password, String displayName, String role, String department) {}

  /** The roles a user may be given on the web: the business roles. */
  static final List<Role> BUSINESS_ROLES =
      List.of(Role.DEPT_EDITOR, Role.FINANCE_REVIEWER, Role.AUDITOR);

  private final Users users;
  private final PasswordEncoder encoder;
  private final Passwords passwords;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final Clock clock;

  UserAdmin(
      Users users,
      PasswordEncoder encoder,
      Passwords passwords,
      AuditLog audit,
      TransactionTemplate transaction,
      Clock clock) {
    this.users = users;
    this.encoder = encoder;
    this.passwords = passwords;
    this.audit = audit;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * The 系统管理员 creates a business user; the password is the initial one, to be changed at the
   * first login.
   */
  long create(NewUser u, Account admin) {
    require(admin, Role.SYSTEM_ADMIN, "只有系统管理员可以创建用户");
    List<WebException.FieldProblem> problems = new ArrayList<>();
    String username = u.username() == null ? "" : u.username().strip();
    if (!username.matches("[A-Za-z0-9_.-]{3,50}")) {
      problems.add(new WebException.FieldProblem("username", "用户名应为 3 至 50 位字母、数字、点、下划线或连字符"));
    } else if (users.find(username).isPresent()) {
      problems.add(new WebException.FieldProblem("username", "用户名“" + username + "”已存在"));
    }
    problems.addAll(passwords.check(username, null, u.password(), "password"));
    Role role = businessRole(u.role(), problems);
    String department = blankToNull(u.department());
    if (role == Role.DEPT_EDITOR && department == null) {
      problems.add(new WebException.FieldProblem("department", "部门填报人员必须指定所属部门"));
    }
    if (!problems.isEmpty()) {
      throw WebException.invalid("有 " + problems.size() + " 处填写有误，用户未创建", problems);
    }
    String display = blankToNull(u.displayName()) == null ? username : u.displayName().strip();
    return transaction.execute(
        s -> {
          long id = users.create(username, encoder.encode(u.password()), display, role,
              department, true, clock.instant());
          audit.append(
              AuditEntry.of(clock.instant(), admin.getUsername(), "USER_CREATE", "用户 " + username,
                  null, "角色", null, role.label() + (department == null ? "" : "，" + department)));
          return id;
        });
  }

  /** The 系统管理员 sets a business user's password, which the user must change at next login. */
  void resetPassword(long id, String password, Account admin) {
    require(admin, Role.SYSTEM_ADMIN, "只有系统管理员可以重置密码");
    Account a = businessUser(id);
    List<WebException.FieldProblem> problems =
        passwords.check(a.getUsername(), a.id(), password, "password");
    if (!problems.isEmpty()) {
      throw WebException.invalid("密码未重置：" + problems.get(0).message(), problems);
    }
    transaction.executeWithoutResult(
        s -> {
          users.setPassword(id, encoder.encode(password), true, clock.instant());
          audit.append(
              AuditEntry.of(clock.instant(), admin.getUsername(), "USER_UPDATE",
                  "用户 " + a.getUsername(), null, "密码", null, "管理员重置（下次登录须修改）"));
        });
  }

  /** The 安全管理员 unlocks an account (any, an administrator's too: unlocking takes nothing). */
  void unlock(long id, Account admin) {
    require(admin, Role.SECURITY_ADMIN, "只有安全管理员可以解锁账号");
    Account a = users.find(id).orElseThrow(() -> WebException.notFound("未找到该用户"));
    transaction.executeWithoutResult(
        s -> {
          users.unlock(id);
          audit.append(
              AuditEntry.of(clock.instant(), admin.getUsername(), "USER_UPDATE",
                  "用户 " + a.getUsername(), null, "锁定", "已锁定", "已解锁"));
        });
  }

  /** The 系统管理员 disables or enables a business user. */
  void setEnabled(long id, boolean enabled, Account admin) {
    require(admin, Role.SYSTEM_ADMIN, "只有系统管理员可以停用或启用用户");
    Account a = businessUser(id);
    transaction.executeWithoutResult(
        s -> {
          users.update(id, a.displayName(), a.role(), a.department(), enabled);
          audit.append(
              AuditEntry.of(clock.instant(), admin.getUsername(), "USER_UPDATE",
                  "用户 " + a.getUsername(), null, "状态", a.isEnabled() ? "启用" : "停用",
                  enabled ? "启用" : "停用"));
        });
  }

  /** The 安全管理员 gives a business user another business role. */
  void changeRole(long id, String roleName, String department, Account admin) {
    require(admin, Role.SECURITY_ADMIN, "只有安全管理员可以修改角色");
    Account a = businessUser(id);
    List<WebException.FieldProblem> problems = new ArrayList<>();
    Role role = businessRole(roleName, problems);
    String dept = blankToNull(department) == null ? a.department() : department.strip();
    if (role == Role.DEPT_EDITOR && dept == null) {
      problems.add(new WebException.FieldProblem("department", "部门填报人员必须指定所属部门"));
    }
    if (!problems.isEmpty()) {
      throw WebException.invalid("角色未修改：" + problems.get(0).message(), problems);
    }
    String newDept = role == Role.DEPT_EDITOR ? dept : null;
    transaction.executeWithoutResult(
        s -> {
          users.update(id, a.displayName(), role, newDept, a.isEnabled());
          audit.append(
              AuditEntry.of(clock.instant(), admin.getUsername(), "USER_UPDATE",
                  "用户 " + a.getUsername(), null, "角色",
                  a.role().label() + (a.department() == null ? "" : "，" + a.department()),
                  role.label() + (newDept == null ? "" : "，" + newDept)));
        });
  }

  /** A business user: the administrators' accounts are changed by nobody on the web. */
  private Account businessUser(long id) {
    Account a = users.find(id).orElseThrow(() -> WebException.notFound("未找到该用户"));
    if (a.role().administrator()) {
      throw WebException.forbidden("三员分立：管理员账号（" + a.role().label() + "）不能由管理员修改或停用");
    }
    return a;
  }

  private static Role businessRole(String name, List<WebException.FieldProblem> problems) {
    for (Role r : BUSINESS_ROLES) {
      if (r.name().equals(name == null ? "" : name.strip())) {
        return r;
      }
    }
    problems.add(new WebException.FieldProblem("role", "请选择业务角色（部门填报人员、财政审核人员或审计查阅人员）"));
    return null;
  }

  private static void require(Account a, Role role, String message) {
    if (a == null || !a.is(role)) {
      throw WebException.forbidden(message);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
