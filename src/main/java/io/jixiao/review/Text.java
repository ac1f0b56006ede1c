package io.jixiao.review;

import java.util.Arrays;
import java.util.List;

/**
 * Text helpers for comparing printed cells. Everything is a plain character loop: the engine calls
 * these for every cell of every table, so no regular expressions and no streams.
 */
final class Text {

  private static final int QUOTE_MAX = 40;

  private Text() {}

  /**
   * The comparable core of a cell: letters, digits and the signs {@code % ≥ ≤ < > = .} kept, white
   * space and punctuation dropped; {@code ％} becomes {@code %}. Null becomes the empty string.
   */
  static String squash(String s) {
    if (s == null) {
      return "";
    }
    int n = s.length();
    int i = 0;
    while (i < n && keeps(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    char[] buffer = new char[n];
    s.getChars(0, i, buffer, 0);
    int length = i;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c == '％') {
        buffer[length++] = '%';
      } else if (keeps(c)) {
        buffer[length++] = c;
      }
    }
    return new String(buffer, 0, length);
  }

  private static boolean keeps(char c) {
    if (c >= 0x4E00 && c <= 0x9FFF) {
      return true; // CJK unified ideographs, the bulk of every cell: tested first
    }
    if (c < 0x80) {
      return c >= '0' && c <= '9'
          || c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c == '%'
          || c == '<'
          || c == '>'
          || c == '='
          || c == '.';
    }
    if (c >= 0x2000 && c <= 0x206F || c >= 0x3000 && c <= 0x303F) {
      return false; // general and CJK punctuation: “”…— 、。《》【】
    }
    if (c >= 0xFF00 && c <= 0xFFEF) {
      return c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ';
    }
    return c == '≥' || c == '≤' || Character.isLetterOrDigit(c);
  }

  /**
   * The set of characters of {@code s} as 64 bits, one per hash of a character: a word can occur
   * in a text only when its signature is contained in the text's ({@code (word & ~text) == 0}), so
   * comparing signatures rules out most searches without reading the text. Empty or null: 0.
   */
  static long signature(String s) {
    if (s == null) {
      return 0;
    }
    long bits = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      bits |= 1L << ((s.charAt(i) * 0x9E3779B9) >>> 26);
    }
    return bits;
  }

  /** True when {@code squash(s.substring(start, end))} equals {@code key}, without allocating. */
  static boolean squashEquals(String s, int start, int end, String key) {
    int j = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c == '％') {
        c = '%';
      } else if (!keeps(c)) {
        continue;
      }
      if (j == key.length() || key.charAt(j) != c) {
        return false;
      }
      j++;
    }
    return j == key.length();
  }

  /** The squashed text without years ({@code 2023年度}, {@code 2023年}, {@code 2023}). */
  static String withoutYears(String squashed) {
    StringBuilder b = null;
    int i = 0;
    int n = squashed.length();
    while (i < n) {
      if (i + 4 <= n
          && isYear(squashed, i)
          && (i == 0 || !isDigit(squashed.charAt(i - 1)))
          && (i + 4 == n || !isDigit(squashed.charAt(i + 4)))) {
        if (b == null) {
          b = new StringBuilder(n);
          b.append(squashed, 0, i);
        }
        i += 4;
        if (i < n && squashed.charAt(i) == '年') {
          i++;
          if (i < n && squashed.charAt(i) == '度') {
            i++;
          }
        }
        continue;
      }
      if (b != null) {
        b.append(squashed.charAt(i));
      }
      i++;
    }
    return b == null ? squashed : b.toString();
  }

  private static boolean isYear(String s, int i) {
    char a = s.charAt(i);
    char b = s.charAt(i + 1);
    return ((a == '2' && b == '0') || (a == '1' && b == '9'))
        && isDigit(s.charAt(i + 2))
        && isDigit(s.charAt(i + 3));
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9' || c >= '０' && c <= '９';
  }

  static boolean hasDigit(String s) {
    if (s == null) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The first of {@code words} that occurs in {@code s}, or null. */
  static String findAny(String s, String[] words) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    for (String w : words) {
      if (s.contains(w)) {
        return w;
      }
    }
    return null;
  }

  static boolean containsAny(String s, String[] words) {
    return findAny(s, words) != null;
  }

  /** The first of {@code words} that {@code s} starts with, or null. */
  static String startsWithAny(String s, String[] words) {
    for (String w : words) {
      if (s.startsWith(w)) {
        return w;
      }
    }
    return null;
  }

  static boolean endsWithAny(String s, String[] words) {
    for (String w : words) {
      if (s.endsWith(w)) {
        return true;
      }
    }
    return false;
  }

  static boolean equalsAny(String s, String[] words) {
    for (String w : words) {
      if (s.equals(w)) {
        return true;
      }
    }
    return false;
  }

  /** True when every character of {@code part} occurs in {@code whole}, in order. */
  static boolean isSubsequence(String part, String whole) {
    int j = 0;
    for (int i = 0; i < whole.length() && j < part.length(); i++) {
      if (whole.charAt(i) == part.charAt(j)) {
        j++;
      }
    }
    return j == part.length();
  }

  /** Printed text in Chinese quotes, shortened with an ellipsis when long: {@code “≥90%”}. */
  static String quote(String s) {
    if (s == null) {
      return "“”";
    }
    String t = s.strip();
    if (t.length() > QUOTE_MAX) {
      t = t.substring(0, QUOTE_MAX) + "…";
    }
    return "“" + t + "”";
  }

  static String[] array(List<String> words) {
    return words.toArray(new String[0]);
  }

  /** True when a pair of {@link #pairs} occurs in {@code s}: its first part, later its second. */
  static boolean containsAnyPair(String s, String[][] pairs) {
    String searched = null;
    int first = -1;
    for (String[] p : pairs) {
      if (!p[0].equals(searched)) { // pairs come sorted by their first part: one search for each
        searched = p[0];
        first = s.indexOf(searched);
      }
      if (first >= 0 && s.indexOf(p[1], first + searched.length()) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code s} holds the pair's first part and, later, its second. */
  static boolean containsPair(String s, String[] pair) {
    int first = s.indexOf(pair[0]);
    return first >= 0 && s.indexOf(pair[1], first + pair[0].length()) >= 0;
  }

  /**
   * Phrases written {@code 提供…支撑} (the first part, later the second) as pairs, sorted by their
   * first part; a word without {@code …} is a pair with an empty second part.
   */
  static String[][] pairs(List<String> phrases) {
    String[][] pairs = new String[phrases.size()][];
    for (int i = 0; i < pairs.length; i++) {
      String p = phrases.get(i);
      int gap = p.indexOf('…');
      pairs[i] =
          gap < 0
              ? new String[] {p, ""}
              : new String[] {p.substring(0, gap), p.substring(gap + 1)};
    }
    Arrays.sort(pairs, (x, y) -> x[0].compareTo(y[0]));
    return pairs;
  }

  /** {@code 第 2、5、7 行}. */
  static String rows(List<Integer> rows) {
    StringBuilder b = new StringBuilder("第 ");
    for (int i = 0; i < rows.size(); i++) {
      if (i > 0) {
        b.append('、');
      }
      b.append(rows.get(i));
    }
    return b.append(" 行").toString();
  }
}
