package io.jixiao.model;

/**
 * The words that print a comparison sign, before or after a number, and the words of a value
 * relative to last year.
 *
 * <p>Before a number: 大于等于 不低于 不少于 不小于 至少 最少 最低 达到 达 → ≥; 小于等于 不高于 不超过 不大于 不多于 最多 至多 最高 控制在 不晚于 →
 * ≤; 大于 超过 多于 高于 超出 逾 超 → &gt;; 小于 少于 低于 不足 不到 → &lt;; 等于 → =. {@code 达到90%} reads as ≥90%: a
 * target that is reached may be exceeded.
 *
 * <p>After a number and its unit: 以上 及以上 或以上 → ≥ (Chinese 以上 includes the number); 以下 以内 之内 → ≤;
 * after a unit of time also 内 and 前 ({@code 24小时内}, {@code 每月30日前}) → ≤. Between number and unit 余
 * and 多 ({@code 500余次}, {@code 1000多人}) → ≥: the printed number is a floor the author rounded down
 * to, and ≥ keeps the floor checkable (&gt; would reject exactly 500).
 */
final class SignWords {

  /** A word and the sign it prints. */
  private static final class Word {
    final String text;
    final Sign sign;

    Word(String text, Sign sign) {
      this.text = text;
      this.sign = sign;
    }
  }

  /** Longest first where one word ends another ({@code 不低于} before {@code 低于}). */
  private static final Word[] BEFORE = {
    new Word("大于或等于", Sign.GE),
    new Word("高于或等于", Sign.GE),
    new Word("小于或等于", Sign.LE),
    new Word("低于或等于", Sign.LE),
    new Word("大于等于", Sign.GE),
    new Word("小于等于", Sign.LE),
    new Word("不得低于", Sign.GE),
    new Word("不得少于", Sign.GE),
    new Word("不应低于", Sign.GE),
    new Word("不应少于", Sign.GE),
    new Word("不得超过", Sign.LE),
    new Word("不得高于", Sign.LE),
    new Word("不应超过", Sign.LE),
    new Word("不低于", Sign.GE),
    new Word("不少于", Sign.GE),
    new Word("不小于", Sign.GE),
    new Word("不高于", Sign.LE),
    new Word("不超过", Sign.LE),
    new Word("不大于", Sign.LE),
    new Word("不多于", Sign.LE),
    new Word("不晚于", Sign.LE),
    new Word("不迟于", Sign.LE),
    new Word("控制在", Sign.LE),
    new Word("至少", Sign.GE),
    new Word("最少", Sign.GE),
    new Word("最低", Sign.GE),
    new Word("达到", Sign.GE),
    new Word("最多", Sign.LE),
    new Word("至多", Sign.LE),
    new Word("最高", Sign.LE),
    new Word("不超", Sign.LE),
    new Word("大于", Sign.GT),
    new Word("超过", Sign.GT),
    new Word("多于", Sign.GT),
    new Word("高于", Sign.GT),
    new Word("超出", Sign.GT),
    new Word("小于", Sign.LT),
    new Word("少于", Sign.LT),
    new Word("低于", Sign.LT),
    new Word("不足", Sign.LT),
    new Word("不到", Sign.LT),
    new Word("等于", Sign.EQ),
    new Word("逾", Sign.GT),
    new Word("超", Sign.GT),
    new Word("达", Sign.GE),
  };

  private static final Word[] AFTER = {
    new Word("及以上", Sign.GE),
    new Word("或以上", Sign.GE),
    new Word("以上", Sign.GE),
    new Word("及以下", Sign.LE),
    new Word("或以下", Sign.LE),
    new Word("以下", Sign.LE),
    new Word("以内", Sign.LE),
    new Word("之内", Sign.LE),
  };

  /** Words that make a value relative to a base period. */
  static final String[] RELATIVE = {
    "上年", "去年", "上一年", "前一年", "往年", "同期", "同比", "环比", "上期", "上一期", "上一周期"
  };

  private static final String[] RELATIVE_GE = {
    "不低于", "不少于", "不小于", "不下降", "不降低", "不减少", "不减", "不弱于", "不差于", "持平或提高", "持平或提升", "持平或增长",
    "持平或增加", "只增不减", "达到或超过"
  };
  private static final String[] RELATIVE_LE = {
    "不高于", "不超过", "不大于", "不多于", "不增加", "不上升", "不增长", "持平或下降", "持平或减少", "持平或降低"
  };
  private static final String[] RELATIVE_GT = {
    "提高", "提升", "增加", "增长", "上升", "高于", "多于", "大于", "超过", "优于", "好于", "改善", "加快", "扩大", "增多", "增强",
    "升高"
  };
  private static final String[] RELATIVE_LT = {
    "下降", "减少", "降低", "低于", "少于", "小于", "缩短", "减小", "压缩", "缩减", "下滑", "减低", "回落"
  };

  private SignWords() {}

  /** A sign word found in a text: its sign and where it starts. */
  static final class Found {
    final Sign sign;
    final int start;
    final int end;

    Found(Sign sign, int start, int end) {
      this.sign = sign;
      this.start = start;
      this.end = end;
    }
  }

  /** The sign printed right before {@code pos} (a symbol, or a word, optionally followed by 约). */
  static Found before(String s, int pos) {
    if (pos <= 0) {
      return null;
    }
    Sign symbol = symbol(s.charAt(pos - 1));
    if (symbol != null) {
      return new Found(symbol, pos - 1, pos);
    }
    int end = pos;
    if (s.charAt(end - 1) == '约' && end >= 2) {
      Sign sym = symbol(s.charAt(end - 2));
      if (sym != null) {
        return new Found(sym, end - 2, pos);
      }
      end--;
    }
    for (Word w : BEFORE) {
      int from = end - w.text.length();
      if (from >= 0 && s.startsWith(w.text, from)) {
        return new Found(w.sign, from, pos);
      }
    }
    return null;
  }

  /** The sign word printed at {@code pos} after a number and its unit, or null. */
  static Found after(String s, int pos, String unit) {
    for (Word w : AFTER) {
      if (s.startsWith(w.text, pos)) {
        return new Found(w.sign, pos, pos + w.text.length());
      }
    }
    if (Units.isTime(unit) && pos < s.length()) {
      char c = s.charAt(pos);
      if (c == '内' || c == '前' || s.startsWith("之前", pos)) {
        char next = pos + 1 < s.length() ? s.charAt(pos + 1) : '\0';
        boolean word = c == '内' && (next == '容' || next == '部' || next == '外' || next == '涵');
        if (!word) {
          return new Found(Sign.LE, pos, pos + (c == '之' ? 2 : 1));
        }
      }
    }
    return null;
  }

  static Sign symbol(char c) {
    switch (c) {
      case '≥':
        return Sign.GE;
      case '≤':
        return Sign.LE;
      case '>':
        return Sign.GT;
      case '<':
        return Sign.LT;
      case '=':
        return Sign.EQ;
      default:
        return null;
    }
  }

  /** Where the first word of a value relative to a base period starts, or -1. */
  static int relativeKeyword(String s) {
    int best = -1;
    for (String w : RELATIVE) {
      int i = s.indexOf(w);
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
      }
    }
    return best;
  }

  /** The comparison of a relative value: symbol first, then words; 持平 and no word at all are =. */
  static Sign relativeSign(String s) {
    for (int i = 0; i < s.length(); i++) {
      Sign sym = symbol(s.charAt(i));
      if (sym != null) {
        return sym;
      }
    }
    if (containsAny(s, RELATIVE_GE)) {
      return Sign.GE;
    }
    if (containsAny(s, RELATIVE_LE)) {
      return Sign.LE;
    }
    if (s.contains("持平")) {
      return Sign.EQ;
    }
    if (containsAny(s, RELATIVE_GT)) {
      return Sign.GT;
    }
    if (containsAny(s, RELATIVE_LT)) {
      return Sign.LT;
    }
    return Sign.EQ;
  }

  /** True when a comparison sign or a word of change is printed (提高, 下降, 持平, ≥ …). */
  static boolean hasRelativeWord(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (symbol(s.charAt(i)) != null) {
        return true;
      }
    }
    return s.contains("持平")
        || containsAny(s, RELATIVE_GE)
        || containsAny(s, RELATIVE_LE)
        || containsAny(s, RELATIVE_GT)
        || containsAny(s, RELATIVE_LT);
  }

  private static boolean containsAny(String s, String[] words) {
    for (String w : words) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
