package io.jixiao.web;

import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The security events of the audit trail (等保2.0 三级 安全审计): logins accepted and refused,
 * lockouts, logouts, and requests refused by an access rule (403, a table the user may not see,
 * a missing or wrong CSRF token). The source address comes from {@link AuditSourceFilter}.
 */
@Component
class SecurityAudit {

  /** The actor of an event without a logged-in user. */
  static final String ANONYMOUS = "（未登录）";

  private final AuditLog audit;
  private final Clock clock;

  SecurityAudit(AuditLog audit, Clock clock) {
    this.audit = audit;
    this.clock = clock;
  }

  void login(String username, String how) {
    audit.append(AuditEntry.of(clock.instant(), username, "LOGIN", "登录", null, "方式", null, how));
  }

  /** A refused login: {@code username} as typed, {@code why} for the auditor only. */
  void loginFailed(String username, String why) {
    audit.append(
        AuditEntry.of(clock.instant(), name(username), "LOGIN_FAILED", "登录", null, "原因", null,
                why)
            .withOutcome(AuditEntry.FAILURE));
  }

  void lockedOut(String username, String why) {
    audit.append(
        AuditEntry.of(clock.instant(), username, "LOCKOUT", "用户 " + username, null, "锁定", null,
            why));
  }

  /** Too many failed logins from one address: its logins are refused for a while. */
  void throttled(String address, String why) {
    audit.append(
        AuditEntry.of(clock.instant(), ANONYMOUS, "LOGIN_THROTTLED", "来源地址 " + address, null,
                "限制", null, why)
            .withOutcome(AuditEntry.DENIED));
  }

  void logout(String username) {
    audit.append(AuditEntry.of(clock.instant(), username, "LOGOUT", "退出登录", null, null, null,
        null));
  }

  /** A request refused by an access rule (403, or 404 for what the user may not see). */
  void denied(HttpServletRequest request, int status, String why) {
    audit.append(
        AuditEntry.of(clock.instant(), currentUser(), "ACCESS_DENIED", subject(request), null,
                "HTTP " + status, null, why)
            .withOutcome(AuditEntry.DENIED));
  }

  /** A request refused for a missing or wrong CSRF token. */
  void csrfDenied(HttpServletRequest request) {
    audit.append(
        AuditEntry.of(clock.instant(), currentUser(), "CSRF_DENIED", subject(request), null,
                "HTTP 403", null, "缺少或错误的 CSRF 令牌")
            .withOutcome(AuditEntry.DENIED));
  }

  private static String subject(HttpServletRequest request) {
    String query = request.getQueryString();
    return request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query);
  }

  /** The logged-in user's name, or {@link #ANONYMOUS}. */
  static String currentUser() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof Account a ? a.getUsername() : ANONYMOUS;
  }

  private static String name(String typed) {
    return typed == null || typed.isBlank() ? ANONYMOUS : typed;
  }
}
