package io.jixiao.model;

import io.jixiao.model.ValueText.Num;
import java.util.List;

/**
 * Finds the dates of a printed value and makes the deadline they set.
 *
 * <p>Dates: {@code 2023年12月31日} (日 or 号), {@code 2024年6月}, {@code 12月} (year null: the budget year
 * applies), {@code 2023.12}, {@code 2024-06-30}, {@code 2024/6/30}; a year with {@code 底 末 终 内} is
 * its December ({@code 2023年底前}); {@code 上半年} is June, {@code 下半年} December, a quarter its last
 * month ({@code 第三季度}, {@code 2季度} → 9, 6); {@code 上旬}/{@code 初} is day 10, {@code 中旬} day 20,
 * {@code 下旬} and {@code 底} the end of the month. A month without a year takes the year printed
 * before it ({@code 2024年3月、6月、9月、12月}).
 *
 * <p>The deadline is the latest date printed. It is a {@code period} when the value spans time: two
 * or more dates ({@code 2024年1月-12月}, {@code 2023.1-2024.7}), a range of months ({@code
 * 2024年1-12月}), a half year or quarter, or a year on its own ({@code 2024年全年}, {@code 2023年全年开展},
 * {@code 2024年度}), which is read as that year's December.
 *
 * <p>Not dates: a number with a comparison sign before it ({@code ≥12月}), a month in a rate ({@code
 * 1期/月}, {@code 频率6月/次}), {@code 每3月}, a number of months ({@code 12个月}), a year count ({@code 3年}:
 * years are 1900–2199).
 */
final class DeadlineReader {

  private static final String CN_DIGITS = "零〇一二两三四五六七八九十";

  private DeadlineReader() {}

  /** The dates found in a value with digits. */
  static final class Found {
    /** Indexes into {@link ValueText#numbers} of the numbers that belong to a date. */
    final boolean[] used;

    private final TargetValue value;

    Found(boolean[] used, TargetValue value) {
      this.used = used;
      this.value = value;
    }

    /** The deadline, or an {@link TargetValue.Unparsed} naming an impossible month or day. */
    TargetValue value() {
      return value;
    }
  }

  /** The dates of a value with digits, or null when it prints none. */
  static Found read(ValueText v) {
    List<Num> nums = v.numbers;
    boolean[] used = new boolean[nums.size()];
    Latest latest = new Latest();
    Integer year = null;
    for (int i = 0; i < nums.size(); i++) {
      if (used[i]) {
        continue;
      }
      Num t = nums.get(i);
      char prev = v.at(t.start - 1);
      char next = v.at(t.end);
      if (ValueText.isSignSymbol(prev) || prev == '/' || prev == '每') {
        continue;
      }
      if (t.integerDigits == 4 && isYear(t.integerPart())) {
        int y = t.integerPart();
        if (!t.isInteger()) {
          if (yearDotMonth(v, i, used, latest)) {
            year = y;
          }
          continue;
        }
        if (next == '年') {
          used[i] = true;
          year = y;
          boolean range = yearRangeStart(v, i, used);
          afterYear(v, t.end + 1, y, range, used, latest);
          continue;
        }
        if ((next == '-' || next == '/') && isoDate(v, i, used, latest)) {
          year = y;
          continue;
        }
      }
      if (t.isInteger() && t.integerDigits <= 2 && next == '月' && v.at(t.end + 1) != '/') {
        used[i] = true;
        month(v, i, year, used, latest);
        continue;
      }
      if (t.isInteger() && t.integerDigits == 1 && v.has(t.end, "季度")) {
        int q = t.small();
        used[i] = true;
        if (q < 1 || q > 4) {
          latest.invalid("no quarter " + q);
        } else {
          latest.add(year, q * 3, null, true);
        }
      }
    }
    if (latest.count == 0 && latest.invalid == null) {
      return null;
    }
    return new Found(used, latest.value());
  }

  /** A deadline printed in words only: 年底前, 上半年, 第三季度, 十二月底前; else null. */
  static TargetValue.Deadline words(String s) {
    if (s.contains("上半年")) {
      return new TargetValue.Deadline(null, 6, null, true);
    }
    if (s.contains("下半年")) {
      return new TargetValue.Deadline(null, 12, null, true);
    }
    int q = s.indexOf("季度");
    if (q > 0) {
      int quarter = "一二三四".indexOf(s.charAt(q - 1)) + 1;
      if (quarter > 0 && (q < 2 || CN_DIGITS.indexOf(s.charAt(q - 2)) < 0)) {
        return new TargetValue.Deadline(null, quarter * 3, null, true);
      }
    }
    int m = s.indexOf('月');
    while (m > 0) {
      int from = m;
      while (from > 0 && m - from < 3 && CN_DIGITS.indexOf(s.charAt(from - 1)) >= 0) {
        from--;
      }
      int month = from < m ? chineseNumber(s, from, m) : -1;
      boolean count = from > 0 && (s.charAt(from - 1) == '个' || s.charAt(from - 1) == '每');
      if (month >= 1 && month <= 12 && !count && (m + 1 == s.length() || s.charAt(m + 1) != '/')) {
        return new TargetValue.Deadline(null, month, dayWord(s, m + 1), false);
      }
      m = s.indexOf('月', m + 1);
    }
    for (String w : new String[] {"年底", "年末", "年终", "年内"}) {
      int i = s.indexOf(w);
      if (i >= 0
          && (i == 0 || CN_DIGITS.indexOf(s.charAt(i - 1)) < 0)
          && deadlineTail(s, i + w.length())) {
        return new TargetValue.Deadline(null, 12, null, false);
      }
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------

  /** The latest date seen so far, and the first impossible one. */
  private static final class Latest {
    Integer year;
    int month;
    Integer day;
    int count;
    boolean period;
    String invalid;

    void add(Integer y, int m, Integer d, boolean spans) {
      count++;
      period |= spans || count > 1;
      if (count == 1 || key(y, m, d) >= key(year, month, day)) {
        year = y;
        month = m;
        day = d;
      }
    }

    void invalid(String reason) {
      if (invalid == null) {
        invalid = reason;
      }
    }

    private static long key(Integer y, int m, Integer d) {
      return ((y == null ? 0L : y) * 100 + m) * 100 + (d == null ? 99 : d);
    }

    TargetValue value() {
      if (invalid != null) {
        return new TargetValue.Unparsed(invalid);
      }
      return new TargetValue.Deadline(year, month, day, period);
    }
  }

  private static boolean isYear(int y) {
    return y >= 1900 && y <= 2199;
  }

  /** What follows {@code 2024年}: 底, 上半年, 第三季度, a month (read on its own), or nothing. */
  private static void afterYear(
      ValueText v, int p, int year, boolean range, boolean[] used, Latest latest) {
    if (v.has(p, "年")) {
      p++; // 2023年年底, 2024年年度
    }
    char c = v.at(p);
    if (c == '底' || c == '末' || c == '终' || c == '内') {
      latest.add(year, 12, null, range);
      return;
    }
    if (v.has(p, "上半年")) {
      latest.add(year, 6, null, true);
      return;
    }
    if (v.has(p, "下半年")) {
      latest.add(year, 12, null, true);
      return;
    }
    int q = p + (c == '第' ? 1 : 0);
    int quarter = "一二三四".indexOf(v.at(q)) + 1;
    if (quarter > 0 && v.has(q + 1, "季度")) {
      latest.add(year, quarter * 3, null, true);
      return;
    }
    Num n = v.numberAt(q);
    if (n != null) {
      char after = v.at(n.end);
      if (after == '月' || after == '季' || isRangeSeparator(after)) {
        return; // a month or a quarter follows and is read on its own
      }
    }
    // a year on its own: 2024年, 2024年全年, 2024年度, 2023年全年开展
    latest.add(year, 12, null, true);
  }

  /** {@code 2023-2025年}: marks the first year used; true when there was one. */
  private static boolean yearRangeStart(ValueText v, int i, boolean[] used) {
    Num t = v.numbers.get(i);
    if (i == 0 || !isRangeSeparator(v.at(t.start - 1))) {
      return false;
    }
    Num before = v.numbers.get(i - 1);
    if (before.end == t.start - 1
        && before.isInteger()
        && before.integerDigits == 4
        && isYear(before.integerPart())) {
      used[i - 1] = true;
      return true;
    }
    return false;
  }

  /** {@code 2023.12} or {@code 2024.12.31}: a decimal that is a year and a month, with no unit. */
  private static boolean yearDotMonth(ValueText v, int i, boolean[] used, Latest latest) {
    Num t = v.numbers.get(i);
    int month = t.fractionPart();
    if (t.fractionDigits > 2 || month < 1 || month > 12) {
      return false;
    }
    if (v.at(t.end) == '%' || Units.at(v.text, t.end) != null) {
      return false;
    }
    Integer day = null;
    if (v.at(t.end) == '.') {
      Num d = v.numberAt(t.end + 1);
      if (d != null && d.isInteger() && d.integerDigits <= 2) {
        day = d.small();
        used[i + 1] = true;
        if (day < 1 || day > 31) {
          latest.invalid("no day " + day);
        }
      }
    }
    used[i] = true;
    latest.add(t.integerPart(), month, day != null && day >= 1 && day <= 31 ? day : null, false);
    return true;
  }

  /** {@code 2024-06-30}, {@code 2024/6/30}. */
  private static boolean isoDate(ValueText v, int i, boolean[] used, Latest latest) {
    Num y = v.numbers.get(i);
    char sep = v.at(y.end);
    if (i + 2 >= v.numbers.size()) {
      return false;
    }
    Num m = v.numbers.get(i + 1);
    Num d = v.numbers.get(i + 2);
    boolean shape =
        m.start == y.end + 1
            && v.at(m.end) == sep
            && d.start == m.end + 1
            && m.isInteger()
            && d.isInteger()
            && m.integerDigits <= 2
            && d.integerDigits <= 2;
    if (!shape) {
      return false;
    }
    used[i] = true;
    used[i + 1] = true;
    used[i + 2] = true;
    int month = m.small();
    int day = d.small();
    if (month < 1 || month > 12) {
      latest.invalid("no month " + month);
    } else if (day < 1 || day > 31) {
      latest.invalid("no day " + day);
    } else {
      latest.add(y.integerPart(), month, day, false);
    }
    return true;
  }

  /** {@code 12月}, {@code 12月31日}, {@code 1-12月}, {@code 12月中旬}. */
  private static void month(ValueText v, int i, Integer year, boolean[] used, Latest latest) {
    Num t = v.numbers.get(i);
    int month = t.small();
    boolean period = false;
    if (i > 0 && isRangeSeparator(v.at(t.start - 1))) {
      Num from = v.numbers.get(i - 1);
      if (!used[i - 1]
          && from.end == t.start - 1
          && from.isInteger()
          && from.integerDigits <= 2
          && from.small() >= 1
          && from.small() <= 12) {
        used[i - 1] = true;
        period = true;
      }
    }
    Integer day = dayWord(v.text, t.end + 1);
    if (i + 1 < v.numbers.size()) {
      Num d = v.numbers.get(i + 1);
      char after = v.at(d.end);
      if (d.start == t.end + 1
          && d.isInteger()
          && d.integerDigits <= 2
          && (after == '日' || after == '号')) {
        used[i + 1] = true;
        day = d.small();
        if (day < 1 || day > 31) {
          latest.invalid("no day " + day);
          return;
        }
      }
    }
    if (month < 1 || month > 12) {
      latest.invalid("no month " + month);
      return;
    }
    latest.add(year, month, day, period);
  }

  /** 上旬/初 → 10, 中旬 → 20, else null (the end of the month). */
  private static Integer dayWord(String s, int p) {
    if (s.startsWith("上旬", p) || s.startsWith("初", p)) {
      return 10;
    }
    if (s.startsWith("中旬", p)) {
      return 20;
    }
    return null;
  }

  private static boolean deadlineTail(String s, int p) {
    if (p >= s.length()) {
      return true;
    }
    for (String w : new String[] {"前", "之前", "完成", "全部", "实现", "办结", "结束", "达成", "以前"}) {
      if (s.startsWith(w, p)) {
        return true;
      }
    }
    return false;
  }

  static boolean isRangeSeparator(char c) {
    return c == '-' || c == '至' || c == '到';
  }

  /** A Chinese number of up to two digits (一 … 九十九), or -1. */
  private static int chineseNumber(String s, int from, int to) {
    int value = 0;
    int digit = -1;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '十') {
        value += (digit < 0 ? 1 : digit) * 10;
        digit = -1;
      } else {
        int d = "零一二三四五六七八九".indexOf(c);
        if (c == '〇') {
          d = 0;
        } else if (c == '两') {
          d = 2;
        }
        if (d < 0 || digit >= 0) {
          return -1;
        }
        digit = d;
      }
    }
    return value + Math.max(digit, 0);
  }
}
