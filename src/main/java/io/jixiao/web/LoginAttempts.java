package io.jixiao.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Locks an account for {@link #LOCK_TIME} after {@link #MAX_FAILURES} wrong passwords in a row
 * (form login and HTTP Basic alike); a successful login resets the count. While locked, even the
 * right password is refused. Every refused login counts against its address ({@link
 * LoginThrottle}) and is audited with its reason; the user is told one message whatever the
 * reason (unknown user, wrong password, locked, disabled), so no answer tells which names exist.
 * Logins through the login form are audited; HTTP Basic requests, which authenticate every time,
 * only when refused.
 */
@Component
class LoginAttempts {

  static final int MAX_FAILURES = 5;
  static final Duration LOCK_TIME = Duration.ofMinutes(15);

  private final Users users;
  private final SecurityAudit audit;
  private final LoginThrottle throttle;
  private final Clock clock;

  LoginAttempts(Users users, SecurityAudit audit, LoginThrottle throttle, Clock clock) {
    this.users = users;
    this.audit = audit;
    this.throttle = throttle;
    this.clock = clock;
  }

  @EventListener
  void failed(AbstractAuthenticationFailureEvent event) {
    String username = event.getAuthentication().getName();
    String why;
    if (event.getException() instanceof LockedException) {
      why = "账号已锁定";
    } else if (event.getException() instanceof DisabledException) {
      why = "账号已停用";
    } else {
      why = users.find(username).isPresent() ? "密码错误" : "用户名不存在";
    }
    audit.loginFailed(username, why);
    String address = address(event.getAuthentication());
    if (address != null && throttle.failed(address)) {
      audit.throttled(address, "连续 " + throttle.maxFailures() + " 次登录失败，" + throttle.window()
          .toMinutes() + " 分钟内拒绝该地址的登录");
    }
    if (!"密码错误".equals(why)) {
      return;
    }
    Instant now = clock.instant();
    if (users.recordFailure(username, MAX_FAILURES, now.plus(LOCK_TIME))) {
      audit.lockedOut(username,
          "连续 " + MAX_FAILURES + " 次密码错误，锁定 " + LOCK_TIME.toMinutes() + " 分钟");
    }
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    users.recordSuccess(event.getAuthentication().getName());
  }

  @EventListener
  void loggedIn(InteractiveAuthenticationSuccessEvent event) {
    audit.login(event.getAuthentication().getName(), "登录页面");
  }

  private static String address(Authentication auth) {
    if (auth.getDetails() instanceof WebAuthenticationDetails d) {
      return d.getRemoteAddress();
    }
    return io.jixiao.audit.AuditSource.current();
  }
}
