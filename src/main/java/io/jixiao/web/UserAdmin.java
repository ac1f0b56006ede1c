package io.jixiao.web;

import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Managing users (administrators only): create, change role or department, unlock, disable. */
@Component
class UserAdmin {

  /** A new user as entered. */
  record NewUser(
      String username, String password, String displayName, String role, String department) {}

  private final Users users;
  private final PasswordEncoder encoder;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final Clock clock;

  UserAdmin(
      Users users,
      PasswordEncoder encoder,
      AuditLog audit,
      TransactionTemplate transaction,
      Clock clock) {
    this.users = users;
    this.encoder = encoder;
    this.audit = audit;
    this.transaction = transaction;
    this.clock = clock;
  }

  long create(NewUser u, Account admin) {
    requireAdmin(admin);
    List<WebException.FieldProblem> problems = new ArrayList<>();
    String username = u.username() == null ? "" : u.username().strip();
    if (!username.matches("[A-Za-z0-9_.-]{3,50}")) {
      problems.add(new WebException.FieldProblem("username", "用户名应为 3 至 50 位字母、数字、点、下划线或连字符"));
    } else if (users.find(username).isPresent()) {
      problems.add(new WebException.FieldProblem("username", "用户名“" + username + "”已存在"));
    }
    if (u.password() == null || u.password().length() < 10) {
      problems.add(new WebException.FieldProblem("password", "密码至少 10 位"));
    }
    Role role = role(u.role(), problems);
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
          long id = users.create(username, encoder.encode(u.password()), display, role, department);
          audit.append(
              AuditEntry.of(clock.instant(), admin.getUsername(), "USER_CREATE", "用户 " + username,
                  null, "角色", null, role.label() + (department == null ? "" : "，" + department)));
          return id;
        });
  }

  void unlock(long id, Account admin) {
    requireAdmin(admin);
    Account a = users.find(id).orElseThrow(() -> WebException.notFound("未找到该用户"));
    transaction.executeWithoutResult(
        s -> {
          users.unlock(id);
          audit.append(
              AuditEntry.of(clock.instant(), admin.getUsername(), "USER_UPDATE",
                  "用户 " + a.getUsername(), null, "锁定", "已锁定", "已解锁"));
        });
  }

  void setEnabled(long id, boolean enabled, Account admin) {
    requireAdmin(admin);
    Account a = users.find(id).orElseThrow(() -> WebException.notFound("未找到该用户"));
    if (a.getUsername().equals(admin.getUsername()) && !enabled) {
      throw WebException.forbidden("不能停用自己的账号");
    }
    transaction.executeWithoutResult(
        s -> {
          users.update(id, a.displayName(), a.role(), a.department(), enabled);
          audit.append(
              AuditEntry.of(clock.instant(), admin.getUsername(), "USER_UPDATE",
                  "用户 " + a.getUsername(), null, "状态", a.isEnabled() ? "启用" : "停用",
                  enabled ? "启用" : "停用"));
        });
  }

  private static Role role(String name, List<WebException.FieldProblem> problems) {
    try {
      return Role.valueOf(name == null ? "" : name.strip());
    } catch (IllegalArgumentException e) {
      problems.add(new WebException.FieldProblem("role", "请选择角色"));
      return null;
    }
  }

  private static void requireAdmin(Account a) {
    if (a == null || !a.is(Role.ADMIN)) {
      throw WebException.forbidden("只有系统管理员可以管理用户");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
