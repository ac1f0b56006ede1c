package io.jixiao.web;

import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for {@link #LOCK_TIME} after {@link #MAX_FAILURES} wrong passwords in a row
 * (form login and HTTP Basic alike); a successful login resets the count. While locked, even the
 * right password is refused.
 */
@Component
class LoginAttempts {

  static final int MAX_FAILURES = 5;
  static final Duration LOCK_TIME = Duration.ofMinutes(15);

  private final Users users;
  private final AuditLog audit;
  private final Clock clock;

  LoginAttempts(Users users, AuditLog audit, Clock clock) {
    this.users = users;
    this.audit = audit;
    this.clock = clock;
  }

  @EventListener
  void failed(AuthenticationFailureBadCredentialsEvent event) {
    String username = event.getAuthentication().getName();
    Instant now = clock.instant();
    if (users.recordFailure(username, MAX_FAILURES, now.plus(LOCK_TIME))) {
      audit.append(
          AuditEntry.of(
              now, username, "LOCKOUT", "用户 " + username, null, "锁定", null,
              "连续 " + MAX_FAILURES + " 次密码错误，锁定 " + LOCK_TIME.toMinutes() + " 分钟"));
    }
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    users.recordSuccess(event.getAuthentication().getName());
  }
}
