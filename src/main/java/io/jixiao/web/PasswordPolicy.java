package io.jixiao.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be (等保2.0 三级 身份鉴别, ASVS V2.1): at least {@link #MIN_LENGTH}
 * characters, at most {@link #MAX_BYTES} bytes in UTF-8 (BCrypt reads no further), three of the
 * four kinds upper case, lower case, digit and sign, not containing the user name, not a
 * well-known weak password. Every problem is a Chinese sentence; none is an exception.
 */
final class PasswordPolicy {

  static final int MIN_LENGTH = 10;
  static final int MAX_BYTES = 72;
  /** A new password may not be any of the user's last this many. */
  static final int HISTORY = 5;

  private static final Set<String> WEAK = load("/security/weak-passwords.txt");

  private PasswordPolicy() {}

  /** Why {@code password} is not acceptable for {@code username}; empty when it is. */
  static List<String> problems(String username, String password) {
    List<String> problems = new ArrayList<>();
    if (password == null || password.isEmpty()) {
      problems.add("请输入密码");
      return problems;
    }
    if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
      problems.add("密码至少 " + MIN_LENGTH + " 位");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      problems.add("密码不能超过 " + MAX_BYTES + " 个字节（UTF-8：72 个字母数字，或 24 个汉字）");
    }
    if (kinds(password) < 3) {
      problems.add("密码须包含大写字母、小写字母、数字、符号中的至少三类");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null && !username.isBlank()
        && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
      problems.add("密码不能包含用户名");
    }
    if (weak(lower)) {
      problems.add("密码过于常见、容易被猜中，请换一个");
    }
    return problems;
  }

  /** True when a password changed at {@code changedAt} is too old at {@code now} (0: never). */
  static boolean expired(Instant changedAt, int expiryDays, Instant now) {
    return expiryDays > 0
        && changedAt != null
        && !changedAt.plus(Duration.ofDays(expiryDays)).isAfter(now);
  }

  private static int kinds(String password) {
    boolean upper = false;
    boolean lower = false;
    boolean digit = false;
    boolean other = false;
    for (int i = 0; i < password.length(); ) {
      int c = password.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isUpperCase(c)) {
        upper = true;
      } else if (Character.isLowerCase(c)) {
        lower = true;
      } else if (Character.isDigit(c)) {
        digit = true;
      } else {
        other = true;
      }
    }
    return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
  }

  /**
   * A listed word as it is, or with digits and signs before or after it, also with the usual
   * substitutions inside ({@code P@ssw0rd2024!} is {@code password}).
   */
  private static boolean weak(String lower) {
    if (WEAK.contains(lower)) {
      return true;
    }
    String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    if (WEAK.contains(core)
        || WEAK.contains(lower.replaceAll("[^\\p{L}]+$", ""))
        || WEAK.contains(lower.replaceAll("^[^\\p{L}]+", ""))) {
      return true;
    }
    StringBuilder b = new StringBuilder();
    for (char c : core.toCharArray()) {
      b.append(
          switch (c) {
            case '@', '4' -> 'a';
            case '0' -> 'o';
            case '1', '!' -> 'i';
            case '3' -> 'e';
            case '$', '5' -> 's';
            case '7' -> 't';
            default -> c;
          });
    }
    String unsubstituted = b.toString();
    return WEAK.contains(unsubstituted)
        || WEAK.contains(unsubstituted.replace('i', 'l'))
        || WEAK.contains(unsubstituted.replaceAll("[^\\p{L}]", ""));
  }

  private static Set<String> load(String resource) {
    Set<String> words = new HashSet<>();
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource);
        BufferedReader r =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(w.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
