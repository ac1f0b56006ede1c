package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The password policy, as the issue's probes tried it, and what a good password looks like. */
class PasswordPolicyTest {

  @Test
  void theIssuesWeakPasswordsAreRefusedWithReasons() {
    assertThat(PasswordPolicy.problems("land", "aaaaaaaaaa"))
        .containsExactly("密码须包含大写字母、小写字母、数字、符号中的至少三类");
    assertThat(PasswordPolicy.problems("land", "password12"))
        .containsExactly("密码须包含大写字母、小写字母、数字、符号中的至少三类", "密码过于常见、容易被猜中，请换一个");
    assertThat(PasswordPolicy.problems("wangfang", "Wangfang#2024"))
        .containsExactly("密码不能包含用户名");
    assertThat(PasswordPolicy.problems("x1", "Short#1")).containsExactly("密码至少 10 位");
  }

  @Test
  void wellKnownPasswordsAreRefusedAlsoDressedUp() {
    for (String p : new String[] {"P@ssw0rd2024!", "Password123!", "Qwerty#2024", "Welcome2024!",
        "1qaz2wsx!@#", "Admin@123456", "Woaini1314!"}) {
      assertThat(PasswordPolicy.problems("someone", p)).as(p)
          .contains("密码过于常见、容易被猜中，请换一个");
    }
  }

  @Test
  void moreThanSeventyTwoBytesIsRefusedNotCutOrFailed() {
    String chinese = "预算绩效目标管理系统的密码" .repeat(2) + "Aa1"; // 26 汉字 = 78 bytes
    assertThat(PasswordPolicy.problems("someone", chinese))
        .containsExactly("密码不能超过 72 个字节（UTF-8：72 个字母数字，或 24 个汉字）");
    assertThat(PasswordPolicy.problems("someone", "Aa1#" + "x".repeat(69))).hasSize(1);
    assertThat(PasswordPolicy.problems("someone", "Aa1#" + "x".repeat(68))).isEmpty();
  }

  @Test
  void goodPasswordsPass() {
    assertThat(PasswordPolicy.problems("reviewer", "Review#2024demo")).isEmpty();
    assertThat(PasswordPolicy.problems("edu2", "Second#2024edu")).isEmpty();
    assertThat(PasswordPolicy.problems("li", "绩效目标Table-7")).isEmpty();
    assertThat(PasswordPolicy.problems("someone", "correct horse battery 7")).isEmpty();
  }

  @Test
  void aPasswordExpiresAfterItsDaysAndNeverWithZero() {
    Instant changed = Instant.parse("2026-01-01T00:00:00Z");
    assertThat(PasswordPolicy.expired(changed, 90, changed.plus(Duration.ofDays(89)))).isFalse();
    assertThat(PasswordPolicy.expired(changed, 90, changed.plus(Duration.ofDays(90)))).isTrue();
    assertThat(PasswordPolicy.expired(changed, 0, changed.plus(Duration.ofDays(9999)))).isFalse();
  }
}
