package io.jixiao.web;

import io.jixiao.audit.AuditChain;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API of accounts and the audit trail: a user's own password, the administrators' actions on
 * users (三员分立, decided by {@link UserAdmin}) and the verification of the audit log's chain.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@JsonApi
@Tag(name = "账号与审计", description = "修改本人密码、用户管理（三员分立）、审计日志完整性校验")
class AccountApiController {

  /** A password change: the current password and the new one. */
  record PasswordChange(String currentPassword, String newPassword) {}

  /** A password an administrator sets. */
  record PasswordReset(String password) {}

  /** A new role (and department, for a 部门填报人员). */
  record RoleChange(String role, String department) {}

  /** A done action, in Chinese. */
  record Done(String message) {}

  /** The verification of the audit log's hash chain. */
  record ChainCheck(boolean intact, long checked, Long brokenId, Long brokenSeq, String message) {}

  private final Passwords passwords;
  private final UserAdmin admin;
  private final AuditController audit;

  AccountApiController(Passwords passwords, UserAdmin admin, AuditController audit) {
    this.passwords = passwords;
    this.admin = admin;
    this.audit = audit;
  }

  @Operation(summary = "修改本人密码（须提供当前密码；新密码须符合密码策略）")
  @PostMapping(path = "/account/password", consumes = MediaType.APPLICATION_JSON_VALUE)
  Done changePassword(@RequestBody PasswordChange body, @AuthenticationPrincipal Account me) {
    passwords.changeOwn(me, body.currentPassword(), body.newPassword(), null);
    return new Done("密码已修改");
  }

  @Operation(summary = "解锁（安全管理员）、停用或启用（系统管理员）业务用户")
  @PostMapping("/users/{id}/{action:unlock|enable|disable}")
  Done change(
      @PathVariable long id, @PathVariable String action, @AuthenticationPrincipal Account me) {
    switch (action.toLowerCase(Locale.ROOT)) {
      case "unlock":
        admin.unlock(id, me);
        return new Done("已解锁");
      case "enable":
        admin.setEnabled(id, true, me);
        return new Done("已启用");
      default:
        admin.setEnabled(id, false, me);
        return new Done("已停用");
    }
  }

  @Operation(summary = "修改业务用户的角色（安全管理员）")
  @PostMapping(path = "/users/{id}/role", consumes = MediaType.APPLICATION_JSON_VALUE)
  Done role(
      @PathVariable long id, @RequestBody RoleChange body, @AuthenticationPrincipal Account me) {
    admin.changeRole(id, body.role(), body.department(), me);
    return new Done("已修改角色");
  }

  @Operation(summary = "重置业务用户的密码，下次登录须修改（系统管理员）")
  @PostMapping(path = "/users/{id}/password", consumes = MediaType.APPLICATION_JSON_VALUE)
  Done resetPassword(
      @PathVariable long id, @RequestBody PasswordReset body, @AuthenticationPrincipal Account me) {
    admin.resetPassword(id, body.password(), me);
    return new Done("已重置密码");
  }

  @Operation(summary = "校验审计日志的哈希链，指出第一条被篡改的记录（审计管理员）")
  @GetMapping("/audit/verify")
  ChainCheck verify(@AuthenticationPrincipal Account me) {
    AuditChain.Verification v = audit.verify(me);
    return new ChainCheck(v.intact(), v.checked(), v.brokenId(), v.brokenSeq(), v.message());
  }
}
