package io.jixiao.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A printed 指标值 prepared for the value grammar.
 *
 * <p>{@link #text} is the printed value with all white space removed (a wrapped cell or {@code ≥
 * 100} and {@code 2023 年 12 月} carry no meaning in their spaces), full-width digits, letters and
 * signs made ASCII ({@code ９０％} → {@code 90%}, {@code ＞} → {@code >}), the sign variants made
 * canonical ({@code >=}, {@code ≧}, {@code ⩾} → {@code ≥}; {@code <=}, {@code ≦}, {@code ⩽} →
 * {@code ≤}), dashes and tildes made {@code -}, {@code ×} made {@code *}, and LaTeX signs left by a
 * PDF conversion turned into characters. A value printed twice in a row by a conversion ({@code
 * ≥180≥180万条}) keeps one copy.
 *
 * <p>{@link #numbers} are the numbers of the text, except those inside a citation: a title in
 * {@code 《…》}, a document number {@code 〔2019〕18号}, a standard code {@code GB/T 18316-2008}. Those
 * numbers name a document; they are no target.
 */
final class ValueText {

  /** A standard code such as GB/T18316-2008, HY/T0321-2021, DB12/524-2020 (spaces already gone). */
  private static final Pattern STANDARD_CODE =
      Pattern.compile("(?<![A-Za-z])[A-Z]{1,5}\\d{0,3}/?[A-Z]{0,2}\\d+(?:\\.\\d+)?-\\d{4}");

  final String text;
  final List<Num> numbers;

  /** True when a digit was printed, including digits inside a citation. */
  final boolean printedDigits;

  private ValueText(String text, List<Num> numbers, boolean printedDigits) {
    this.text = text;
    this.numbers = numbers;
    this.printedDigits = printedDigits;
  }

  static ValueText of(String printed) {
    String text = dropRepeatedStart(normalise(printed));
    char[] scan = text.toCharArray();
    boolean digits = false;
    for (char c : scan) {
      if (isDigit(c)) {
        digits = true;
        break;
      }
    }
    if (!digits) {
      return new ValueText(text, List.of(), false);
    }
    maskCitations(text, scan);
    return new ValueText(text, numbers(scan), true);
  }

  boolean isEmpty() {
    return text.isEmpty();
  }

  int length() {
    return text.length();
  }

  char at(int i) {
    return i >= 0 && i < text.length() ? text.charAt(i) : '\0';
  }

  boolean has(int i, String word) {
    return i >= 0 && text.startsWith(word, i);
  }

  /** The number starting exactly at {@code pos}, or null. */
  Num numberAt(int pos) {
    for (Num n : numbers) {
      if (n.start == pos) {
        return n;
      }
      if (n.start > pos) {
        return null;
      }
    }
    return null;
  }

  /** The number ending exactly at {@code pos}, or null. */
  Num numberEndingAt(int pos) {
    for (Num n : numbers) {
      if (n.end == pos) {
        return n;
      }
      if (n.end > pos) {
        return null;
      }
    }
    return null;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A number as printed: digits with at most one decimal point; thousands commas dropped. */
  static final class Num {
    final int start;
    final int end;
    final String digits;
    final int integerDigits;
    final int fractionDigits;
    private BigDecimal value;

    Num(int start, int end, String digits) {
      this.start = start;
      this.end = end;
      this.digits = digits;
      int dot = digits.indexOf('.');
      this.integerDigits = dot < 0 ? digits.length() : dot;
      this.fractionDigits = dot < 0 ? 0 : digits.length() - dot - 1;
    }

    BigDecimal value() {
      if (value == null) {
        value = new BigDecimal(digits);
      }
      return value;
    }

    boolean isInteger() {
      return fractionDigits == 0;
    }

    /** The integer value when it has at most 4 digits, else -1. */
    int small() {
      if (fractionDigits != 0 || integerDigits > 4) {
        return -1;
      }
      return Integer.parseInt(digits);
    }

    int integerPart() {
      return integerDigits > 9 ? -1 : Integer.parseInt(digits.substring(0, integerDigits));
    }

    int fractionPart() {
      return fractionDigits == 0 || fractionDigits > 9
          ? -1
          : Integer.parseInt(digits.substring(integerDigits + 1));
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** {@code printed} itself when nothing changes, as for most values ({@code ≥90%}, {@code 合格}). */
  static String normalise(String printed) {
    int n = printed.length();
    StringBuilder b = null; // only from the first character that changes or goes
    boolean latex = printed.indexOf('\\') >= 0;
    for (int i = 0; i < n; i++) {
      char c = printed.charAt(i);
      if (c >= '\u4e00' && c <= '\u9fff') {
        if (b != null) {
          b.append(c); // an ideograph, by far the most common character: nothing to change
        }
        continue;
      }
      if (isSpace(c) || c == '$' || latex && (c == '{' || c == '}' || c == '\\')) {
        if (b == null) {
          b = new StringBuilder(n).append(printed, 0, i);
        }
        if (c == '\\') {
          i = latexCommand(printed, i, b);
        }
        continue;
      }
      char canonical = canonical(c);
      int last = b == null ? i - 1 : b.length() - 1;
      char prev = last < 0 ? '\0' : b == null ? printed.charAt(last) : b.charAt(last);
      boolean ge = canonical == '=' && (prev == '>' || prev == '≥');
      boolean le = canonical == '=' && (prev == '<' || prev == '≤');
      boolean dashes = canonical == '-' && prev == '-';
      if (b == null) {
        if (canonical == c && !ge && !le && !dashes) {
          continue; // unchanged so far
        }
        b = new StringBuilder(n).append(printed, 0, i);
      }
      if (ge) {
        b.setCharAt(last, '≥');
      } else if (le) {
        b.setCharAt(last, '≤');
      } else if (!dashes) {
        b.append(canonical);
      }
    }
    return b == null ? printed : b.toString();
  }

  private static char canonical(char c) {
    if (c >= '０' && c <= '９') {
      return (char) (c - '０' + '0');
    }
    if ((c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
      return (char) (c - 'Ａ' + 'A');
    }
    switch (c) {
      case '％':
      case '﹪':
        return '%';
      case '＞':
        return '>';
      case '＜':
        return '<';
      case '＝':
        return '=';
      case '≧':
      case '⩾':
      case '≮':
        return '≥';
      case '≦':
      case '⩽':
      case '≯':
        return '≤';
      case '．':
        return '.';
      case '＋':
        return '+';
      case '／':
        return '/';
      case '×':
      case '＊':
      case '✕':
        return '*';
      case '－':
      case '—':
      case '–':
      case '―':
      case '‒':
      case '−':
      case '~':
      case '～':
      case '〜':
        return '-';
      default:
        return c;
    }
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
  }

  /**
   * Reads a LaTeX command at {@code i}; appends what it stands for; returns the last index used.
   */
  private static int latexCommand(String s, int i, StringBuilder b) {
    int j = i + 1;
    if (j < s.length() && !isAsciiLetter(s.charAt(j))) {
      char c = s.charAt(j);
      if (c == '%') {
        b.append('%');
      } else if (!isSpace(c)) {
        b.append(canonical(c));
      }
      return j;
    }
    while (j < s.length() && isAsciiLetter(s.charAt(j))) {
      j++;
    }
    switch (s.substring(i + 1, j)) {
      case "geq":
      case "ge":
      case "geqslant":
        b.append('≥');
        break;
      case "leq":
      case "le":
      case "leqslant":
        b.append('≤');
        break;
      case "gt":
        b.append('>');
        break;
      case "lt":
        b.append('<');
        break;
      case "times":
        b.append('*');
        break;
      default:
        break; // \text, \mathrm and the like: the braces' content follows as plain text
    }
    return j - 1;
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isSignSymbol(char c) {
    return c == '≥' || c == '≤' || c == '>' || c == '<' || c == '=';
  }

  /** {@code ≥180≥180万条} → {@code ≥180万条}: a sign and number printed twice at the start. */
  private static String dropRepeatedStart(String s) {
    int i = 0;
    if (i < s.length() && isSignSymbol(s.charAt(i))) {
      i++;
    }
    int digitsFrom = i;
    while (i < s.length() && (isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
      i++;
    }
    if (i == digitsFrom || !isDigit(s.charAt(digitsFrom))) {
      return s;
    }
    if (s.startsWith(s.substring(0, i), i)) {
      return s.substring(i);
    }
    return s;
  }

  /** Replaces the digits of a citation by '#' in {@code scan}. */
  private static void maskCitations(String text, char[] scan) {
    int n = scan.length;
    for (int i = 0; i < n; i++) {
      char c = scan[i];
      if (c == '《') {
        int j = i + 1;
        while (j < n && scan[j] != '》') {
          j++;
        }
        mask(scan, i, j);
        i = j;
      } else if (c == '〔' || c == '[' || c == '【') {
        char close = c == '〔' ? '〕' : c == '[' ? ']' : '】';
        int j = i + 1;
        while (j < n && j - i <= 6 && isDigit(scan[j])) {
          j++;
        }
        if (j < n && scan[j] == close && j - i == 5) {
          // 〔2019〕18号: the year in brackets and the number after it
          int k = j + 1;
          while (k < n && isDigit(scan[k])) {
            k++;
          }
          if (k < n && scan[k] == '号') {
            mask(scan, i, k);
            i = k;
          }
        }
      }
    }
    if (hasUpperCaseAndDash(text)) {
      Matcher m = STANDARD_CODE.matcher(text);
      while (m.find()) {
        mask(scan, m.start(), m.end() - 1);
      }
    }
  }

  private static boolean hasUpperCaseAndDash(String s) {
    boolean upper = false;
    boolean dash = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      upper |= c >= 'A' && c <= 'Z';
      dash |= c == '-';
    }
    return upper && dash;
  }

  private static void mask(char[] scan, int from, int toInclusive) {
    for (int k = from; k <= toInclusive && k < scan.length; k++) {
      if (isDigit(scan[k])) {
        scan[k] = '#';
      }
    }
  }

  private static List<Num> numbers(char[] scan) {
    List<Num> out = new ArrayList<>(4);
    int n = scan.length;
    int i = 0;
    while (i < n) {
      if (!isDigit(scan[i])) {
        i++;
        continue;
      }
      int start = i;
      StringBuilder d = new StringBuilder();
      while (i < n && isDigit(scan[i])) {
        d.append(scan[i++]);
        // a thousands separator: a comma followed by exactly three digits
        if (i < n && scan[i] == ',' && threeDigitsAt(scan, i + 1)) {
          i++;
        }
      }
      if (i + 1 < n && scan[i] == '.' && isDigit(scan[i + 1])) {
        d.append('.');
        i++;
        while (i < n && isDigit(scan[i])) {
          d.append(scan[i++]);
        }
      }
      out.add(new Num(start, i, d.toString()));
    }
    return out;
  }

  private static boolean threeDigitsAt(char[] scan, int i) {
    return i + 2 < scan.length
        && isDigit(scan[i])
        && isDigit(scan[i + 1])
        && isDigit(scan[i + 2])
        && (i + 3 == scan.length || !isDigit(scan[i + 3]));
  }
}
