package io.jixiao.web;

import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Passwords over their life: the policy and the history when one is set, a user changing the own
 * password, the expiry (days, set by the 安全管理员, else {@code jixiao.password.expiry-days}),
 * and the forced change of a password an administrator set.
 */
@Component
class Passwords {

  /** The {@code security_setting} holding the expiry in days (0: passwords never expire). */
  static final String EXPIRY_SETTING = "password.expiry-days";

  private final Users users;
  private final PasswordEncoder encoder;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final int defaultExpiryDays;
  /** The expiry read last and when: read again after a minute (another instance may change it). */
  private volatile int cachedExpiry = -1;
  private volatile long cachedAt;

  Passwords(
      Users users,
      PasswordEncoder encoder,
      AuditLog audit,
      TransactionTemplate transaction,
      Clock clock,
      @Value("${jixiao.password.expiry-days:90}") int defaultExpiryDays) {
    this.users = users;
    this.encoder = encoder;
    this.audit = audit;
    this.transaction = transaction;
    this.clock = clock;
    this.defaultExpiryDays = defaultExpiryDays;
  }

  /**
   * The problems of {@code password} as the new password of {@code username} (policy, and for an
   * existing user {@code userId} the last {@link PasswordPolicy#HISTORY} passwords), on {@code
   * field}.
   */
  List<WebException.FieldProblem> check(
      String username, Long userId, String password, String field) {
    List<WebException.FieldProblem> problems = new ArrayList<>();
    for (String p : PasswordPolicy.problems(username, password)) {
      problems.add(new WebException.FieldProblem(field, p));
    }
    if (problems.isEmpty() && userId != null) {
      for (String hash : users.recentPasswords(userId, PasswordPolicy.HISTORY)) {
        if (encoder.matches(password, hash)) {
          problems.add(new WebException.FieldProblem(
              field, "不能与最近 " + PasswordPolicy.HISTORY + " 次使用过的密码相同"));
          break;
        }
      }
    }
    return problems;
  }

  /** {@code me} changes the own password, proving the current one. */
  void changeOwn(Account me, String current, String next, String repeat) {
    Account stored = users.find(me.getUsername()).orElseThrow(
        () -> WebException.notFound("未找到该用户"));
    List<WebException.FieldProblem> problems = new ArrayList<>();
    if (current == null || !encoder.matches(current, stored.getPassword())) {
      problems.add(new WebException.FieldProblem("currentPassword", "当前密码不正确"));
    }
    if (repeat != null && !repeat.equals(next)) {
      problems.add(new WebException.FieldProblem("repeatPassword", "两次输入的新密码不一致"));
    }
    if (problems.isEmpty()) {
      problems.addAll(check(stored.getUsername(), stored.id(), next, "newPassword"));
    }
    if (!problems.isEmpty()) {
      throw WebException.invalid("密码未修改：" + problems.get(0).message(), problems);
    }
    transaction.executeWithoutResult(
        s -> {
          users.setPassword(stored.id(), encoder.encode(next), false, clock.instant());
          audit.append(AuditEntry.of(clock.instant(), stored.getUsername(), "PASSWORD_CHANGE",
              "用户 " + stored.getUsername(), null, "密码", null, "本人修改"));
        });
  }

  /** The password expiry in days now in force; 0 when passwords never expire. */
  int expiryDays() {
    long now = System.nanoTime();
    if (cachedExpiry < 0 || now - cachedAt > 60_000_000_000L) {
      cachedExpiry =
          users.setting(EXPIRY_SETTING).map(Integer::parseInt).orElse(defaultExpiryDays);
      cachedAt = now;
    }
    return cachedExpiry;
  }

  /** The 安全管理员 sets the expiry (0 to 365 days). */
  void setExpiryDays(String days, Account actor) {
    if (actor == null || !actor.is(Role.SECURITY_ADMIN)) {
      throw WebException.forbidden("只有安全管理员可以修改密码策略");
    }
    int d;
    try {
      d = Integer.parseInt(days == null ? "" : days.strip());
    } catch (NumberFormatException e) {
      d = -1;
    }
    if (d < 0 || d > 365) {
      throw WebException.invalid("密码有效期应为 0 到 365 天（0 表示不过期）",
          List.of(new WebException.FieldProblem("expiryDays", "密码有效期应为 0 到 365 天")));
    }
    int before = expiryDays();
    int after = d;
    transaction.executeWithoutResult(
        s -> {
          users.putSetting(EXPIRY_SETTING, Integer.toString(after));
          audit.append(AuditEntry.of(clock.instant(), actor.getUsername(), "SETTING",
              "密码策略", null, "密码有效期（天）", Integer.toString(before),
              Integer.toString(after)));
        });
    cachedExpiry = after;
    cachedAt = System.nanoTime();
  }

  /** True when {@code a} must choose a new password before doing anything else. */
  boolean changeRequired(Account a) {
    return a.mustChangePassword()
        || PasswordPolicy.expired(a.passwordChangedAt(), expiryDays(), clock.instant());
  }
}
