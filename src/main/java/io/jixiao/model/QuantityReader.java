package io.jixiao.model;

import io.jixiao.model.ValueText.Num;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Reads a number of a printed value as a quantity: the sign before or after it, the unit after it,
 * and the text around it as the remark.
 *
 * <ul>
 *   <li>{@code 7*24小时} (× too) is a product: 168 小时 (a week of round-the-clock service).
 *   <li>{@code 1:1} (：too) is a ratio: the quotient, with the printed ratio as remark.
 *   <li>{@code 70-80个}, {@code 0.1-0.2米} (至, 到 too) is a range: ≥ the lower bound unless a sign is
 *       printed; the remark keeps the upper bound ({@code 至80}).
 *   <li>{@code 百分之90} is 90%.
 * </ul>
 *
 * <p>The remark is the printed text without the sign, number, unit and sign suffix, with separators
 * trimmed at its ends and empty brackets dropped; null when nothing is left.
 */
final class QuantityReader {

  private QuantityReader() {}

  /** One number read as a quantity. */
  static final class Reading {
    final Sign sign;
    final BigDecimal number;
    final String unit;

    /**
     * Where the printed quantity starts (its sign included) and ends (its sign suffix included).
     */
    final int start;

    final int end;

    /** True when a sign, a unit, 余 or 多 is printed: the number is surely a quantity. */
    final boolean strong;

    final String note;

    Reading(
        Sign sign,
        BigDecimal number,
        String unit,
        int start,
        int end,
        boolean strong,
        String note) {
      this.sign = sign;
      this.number = number;
      this.unit = unit;
      this.start = start;
      this.end = end;
      this.strong = strong;
      this.note = note;
    }

    TargetValue.Quantity toQuantity(String text) {
      return new TargetValue.Quantity(sign, number, unit, remark(text, start, end, note));
    }
  }

  static Reading read(ValueText v, Num n) {
    String s = v.text;
    BigDecimal number = n.value();
    int end = n.end;
    String note = null;
    Num next;
    char c = v.at(end);
    if (c == '*' && (next = v.numberAt(end + 1)) != null) {
      number = number.multiply(next.value());
      end = next.end;
    } else if ((c == ':' || c == '：')
        && (next = v.numberAt(end + 1)) != null
        && next.value().signum() != 0) {
      note = s.substring(n.start, next.end);
      number = number.divide(next.value(), MathContext.DECIMAL64).stripTrailingZeros();
      end = next.end;
    }
    boolean floor = false;
    if (v.at(end) == '余' || v.at(end) == '多') {
      floor = true;
      end++;
    }
    int start = n.start;
    String unit = null;
    if (v.has(start - 3, "百分之")) {
      start -= 3;
      unit = "%";
    }
    Units.Match u = Units.at(s, end);
    if (u != null) {
      unit = u.unit;
      end = u.end;
    } else if (v.at(end) == '号' && v.at(n.start - 1) == '月') {
      unit = "号"; // 次月5号前: a day of the month; 北斗3号 is no unit
      end++;
    }
    boolean range = false;
    if (DeadlineReader.isRangeSeparator(v.at(end)) && (next = v.numberAt(end + 1)) != null) {
      int to = next.end;
      Units.Match upper = Units.at(s, to);
      if (upper == null || unit == null || upper.unit.equals(unit)) {
        if (upper != null) {
          unit = upper.unit;
          to = upper.end;
        }
        range = true;
        note = "至" + next.digits;
        end = to;
      }
    }
    Sign sign = null;
    SignWords.Found before = SignWords.before(s, start);
    if (before != null) {
      sign = before.sign;
      start = before.start;
    }
    SignWords.Found after = SignWords.after(s, end, unit);
    if (after != null) {
      if (sign == null) {
        sign = after.sign;
      }
      end = after.end;
    }
    boolean strong = sign != null || unit != null || floor;
    if (sign == null) {
      sign = floor || range ? Sign.GE : Sign.EQ;
    }
    return new Reading(sign, number, unit, start, end, strong, note);
  }

  /**
   * A quantity in Chinese numerals filling the whole value: {@code 一次}, {@code 不少于两次}, {@code
   * 三年以内}, {@code 百分之九十五以上}; else null. Numerals inside longer text ({@code 一致}, {@code 十分满意}) are
   * no quantity.
   */
  static TargetValue.Quantity chinese(String s) {
    int percentAt = s.indexOf("百分之");
    int from = percentAt >= 0 ? percentAt + 3 : 0;
    int prefixEnd = percentAt >= 0 ? percentAt : -1;
    while (from < s.length() && NUMERALS.indexOf(s.charAt(from)) < 0) {
      from++;
    }
    if (from == s.length() || (percentAt >= 0 && from != percentAt + 3)) {
      return null;
    }
    if (prefixEnd < 0) {
      prefixEnd = from;
    }
    Sign sign = Sign.EQ;
    boolean signed = false;
    if (prefixEnd > 0) {
      SignWords.Found before = SignWords.before(s, prefixEnd);
      if (before == null || before.start != 0) {
        return null;
      }
      sign = before.sign;
      signed = true;
    }
    int to = from;
    while (to < s.length() && NUMERALS.indexOf(s.charAt(to)) >= 0) {
      to++;
    }
    long value = chineseNumber(s, from, to);
    if (value < 0) {
      return null;
    }
    String unit = "%";
    int end = to;
    if (percentAt < 0) {
      Units.Match u = Units.at(s, to);
      if (u == null) {
        return null;
      }
      unit = u.unit;
      end = u.end;
    }
    if (end < s.length()) {
      SignWords.Found after = SignWords.after(s, end, unit);
      if (after == null || after.end != s.length()) {
        return null;
      }
      if (!signed) {
        sign = after.sign;
      }
    }
    return new TargetValue.Quantity(sign, BigDecimal.valueOf(value), unit, null);
  }

  private static final String NUMERALS = "零〇一二两三四五六七八九十百千";

  /** 一 … 九千九百九十九; -1 when the characters are no well-formed number. */
  private static long chineseNumber(String s, int from, int to) {
    long total = 0;
    int digit = -1;
    boolean any = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      int scale = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
      if (scale > 0) {
        if (digit < 0 && scale != 10) {
          return -1;
        }
        total += (long) (digit < 0 ? 1 : digit) * scale;
        digit = -1;
        any = true;
        continue;
      }
      int d = "零一二三四五六七八九".indexOf(c);
      if (c == '〇') {
        d = 0;
      } else if (c == '两') {
        d = 2;
      }
      if (digit >= 0 && d != 0 && digit != 0) {
        return -1; // 一二: two digits in a row
      }
      digit = d;
      any = true;
    }
    return any ? total + Math.max(digit, 0) : -1;
  }

  static String remark(String s, int from, int to, String note) {
    String r = clean(s.substring(0, from) + s.substring(to));
    if (note == null) {
      return r;
    }
    return r == null ? note : r + "；" + note;
  }

  private static final String TRIM = "，,。.；;：:、/-";

  static String clean(String r) {
    String t = r;
    if (t.indexOf('（') >= 0 || t.indexOf('(') >= 0 || t.indexOf('【') >= 0) {
      t =
          t.replace("（）", "")
              .replace("()", "")
              .replace("【】", "")
              .replace("（)", "")
              .replace("(）", "");
    }
    int a = 0;
    int b = t.length();
    while (a < b && TRIM.indexOf(t.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && TRIM.indexOf(t.charAt(b - 1)) >= 0) {
      b--;
    }
    return a == b ? null : t.substring(a, b);
  }
}
