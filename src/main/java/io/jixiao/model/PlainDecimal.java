package io.jixiao.model;

/**
 * The plain decimal numbers printed in a table's header, {@code \d+(\.\d+)?} with ASCII digits,
 * tested without a regular expression: every budget and spending-plan cell goes through it.
 */
final class PlainDecimal {

  private PlainDecimal() {}

  /** {@code n} without trailing zeros, never in exponent form ({@code 20.0} is 20); null stays. */
  static java.math.BigDecimal normalise(java.math.BigDecimal n) {
    if (n == null) {
      return null;
    }
    java.math.BigDecimal s = n.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** True when the whole of {@code s} is {@code \d+(\.\d+)?}: {@code 15}, {@code 100.17}. */
  static boolean matches(String s) {
    int dot = s.indexOf('.');
    if (dot < 0) {
      return !s.isEmpty() && isDigits(s, 0, s.length());
    }
    return dot > 0
        && dot < s.length() - 1
        && isDigits(s, 0, dot)
        && isDigits(s, dot + 1, s.length());
  }

  /** True when the characters from {@code start} to {@code end} are all ASCII digits. */
  static boolean isDigits(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
