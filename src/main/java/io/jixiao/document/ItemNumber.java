package io.jixiao.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering printed at the start of a heading or paragraph ({@code 第一部分}, {@code 一、}, {@code
 * （一）}, {@code 1.}, {@code （1）}, {@code ①}), with the text after it.
 *
 * @param style the numbering style; its {@link Style#ordinal()} is its rank, outermost first
 * @param value the number (1 for 一, ① and 1)
 * @param rest the text after the numbering, not yet trimmed of anything else
 */
record ItemNumber(Style style, int value, String rest) {

  /** Numbering styles from the outermost ({@code 第一部分}) to the innermost ({@code ①}). */
  enum Style {
    PART,
    CHINESE,
    CHINESE_BRACKET,
    ARABIC,
    ARABIC_BRACKET,
    CIRCLED
  }

  private static final String CN_DIGITS = "一二三四五六七八九十";
  private static final String CN = "[" + CN_DIGITS + "]{1,3}";

  private static final Pattern PART = Pattern.compile("^第(" + CN + ")(?:部分|章|篇)\\s*");
  private static final Pattern CHINESE = Pattern.compile("^(" + CN + ")\\s*[、.．]\\s*");
  private static final Pattern CHINESE_BRACKET =
      Pattern.compile("^[（(]\\s*(" + CN + ")\\s*[）)]\\s*[、.．]?\\s*");
  private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2})\\s*[.、．](?!\\d)\\s*");
  private static final Pattern ARABIC_BRACKET =
      Pattern.compile("^(?:[（(]\\s*(\\d{1,2})\\s*[）)]|(\\d{1,2})[)）])\\s*");
  private static final Pattern CIRCLED = Pattern.compile("^([①-⑳])\\s*");

  /** The numbering at the start of {@code text} (already trimmed), or null when it has none. */
  static ItemNumber parse(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    // Every style starts with a character of its own: try only the patterns that can match.
    char c = text.charAt(0);
    Matcher m;
    if (c == '第') {
      m = PART.matcher(text);
      if (m.lookingAt()) {
        return new ItemNumber(Style.PART, Goals.chineseValue(m.group(1)), text.substring(m.end()));
      }
      return null;
    }
    if (CN_DIGITS.indexOf(c) >= 0) {
      m = CHINESE.matcher(text);
      if (m.lookingAt()) {
        return new ItemNumber(
            Style.CHINESE, Goals.chineseValue(m.group(1)), text.substring(m.end()));
      }
      return null;
    }
    boolean bracket = c == '（' || c == '(';
    if (bracket) {
      m = CHINESE_BRACKET.matcher(text);
      if (m.lookingAt()) {
        return new ItemNumber(
            Style.CHINESE_BRACKET, Goals.chineseValue(m.group(1)), text.substring(m.end()));
      }
    }
    boolean digit = c >= '0' && c <= '9';
    if (digit) {
      m = ARABIC.matcher(text);
      if (m.lookingAt()) {
        return new ItemNumber(Style.ARABIC, Integer.parseInt(m.group(1)), text.substring(m.end()));
      }
    }
    if (bracket || digit) {
      m = ARABIC_BRACKET.matcher(text);
      if (m.lookingAt()) {
        String digits = m.group(1) != null ? m.group(1) : m.group(2);
        return new ItemNumber(
            Style.ARABIC_BRACKET, Integer.parseInt(digits), text.substring(m.end()));
      }
      return null;
    }
    if (c >= '①' && c <= '⑳') {
      m = CIRCLED.matcher(text);
      if (m.lookingAt()) {
        return new ItemNumber(
            Style.CIRCLED, m.group(1).charAt(0) - '①' + 1, text.substring(m.end()));
      }
    }
    return null;
  }

  /** True when this numbering is of an outer level than {@code other} (第一部分 is outside 一、). */
  boolean outside(Style other) {
    return style.ordinal() < other.ordinal();
  }
}
