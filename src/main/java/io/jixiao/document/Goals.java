package io.jixiao.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a 绩效目标 cell into numbered items, as the interchange format says: a new item starts at a
 * paragraph beginning with a number ({@code 1.} {@code 1、} {@code （1）} {@code 一、}); a paragraph
 * without one continues the item above (joined with nothing, like any line break in a cell);
 * stacked numbering ({@code 1. 1.}) is stripped; items printed on one line are split only at the
 * next number of the same sequence. A lost bullet glyph before a number ({@code ？2.}) is dropped.
 */
public final class Goals {

  private static final String CN_DIGITS = "一二三四五六七八九十";

  /** Arabic {@code 1.} {@code 1、} {@code 1．} {@code 1)}, bracketed {@code （1）}, Chinese {@code 一、}. */
  private static final Pattern NUMBER =
      Pattern.compile(
          "^[？?•·●◆■□\\s]*(?:(\\d{1,2})\\s*([.、．)）])(?!\\d)|[（(](\\d{1,2})[）)]|([一二三四五六七八九十]{1,3})\\s*([、.．]))\\s*");

  /** {@code 1.1.} or {@code 1. 1.} at the start of a paragraph: a number printed twice. */
  private static final Pattern STACKED =
      Pattern.compile("^[？?•·●◆■□\\s]*(\\d{1,2})\\s*([.、．])\\s*(?:\\d{1,2}\\s*[.、．]\\s*)+(?!\\d)");

  private Goals() {}

  /** The items of a goals cell whose paragraphs (lines) are given in order. */
  public static List<String> split(List<String> paragraphs) {
    List<StringBuilder> items = new ArrayList<>();
    for (String raw : paragraphs) {
      String p = raw == null ? "" : Cells.collapse(raw);
      if (p.isEmpty()) {
        continue;
      }
      Matcher stacked = STACKED.matcher(p);
      if (stacked.lookingAt() && stacked.end() < p.length()) {
        Numbering first = new Numbering(Integer.parseInt(stacked.group(1)), "arabic", stacked.group(2));
        splitOnOneLine(p.substring(stacked.end()), first, items);
        continue;
      }
      Matcher m = NUMBER.matcher(p);
      if (m.lookingAt() && m.end() < p.length()) {
        Numbering first = Numbering.of(m);
        String rest = stripStacked(p.substring(m.end()));
        splitOnOneLine(rest, first, items);
      } else if (items.isEmpty()) {
        items.add(new StringBuilder(p));
      } else {
        items.get(items.size() - 1).append(p);
      }
    }
    List<String> out = new ArrayList<>(items.size());
    for (StringBuilder b : items) {
      String s = Cells.collapse(b.toString());
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  private static String stripStacked(String s) {
    String rest = s;
    while (true) {
      Matcher m = NUMBER.matcher(rest);
      if (m.lookingAt() && m.end() < rest.length() && m.group(1) != null) {
        rest = rest.substring(m.end());
      } else {
        return rest;
      }
    }
  }

  /** Adds the item starting with {@code text}, splitting at the next numbers of the same sequence. */
  private static void splitOnOneLine(String text, Numbering numbering, List<StringBuilder> items) {
    String rest = text;
    int next = numbering.value + 1;
    while (true) {
      int at = numbering.find(rest, next);
      if (at < 0) {
        items.add(new StringBuilder(rest));
        return;
      }
      items.add(new StringBuilder(rest.substring(0, at)));
      Matcher m = NUMBER.matcher(rest.substring(at));
      if (!m.lookingAt()) {
        items.add(new StringBuilder(rest.substring(at)));
        return;
      }
      rest = rest.substring(at + m.end());
      next++;
    }
  }

  /** The style and value of an item number, to find the next number of the same sequence. */
  private static final class Numbering {
    final int value;
    final String style;
    final String delimiter;

    private Numbering(int value, String style, String delimiter) {
      this.value = value;
      this.style = style;
      this.delimiter = delimiter;
    }

    static Numbering of(Matcher m) {
      if (m.group(1) != null) {
        return new Numbering(Integer.parseInt(m.group(1)), "arabic", m.group(2));
      }
      if (m.group(3) != null) {
        return new Numbering(Integer.parseInt(m.group(3)), "bracket", "");
      }
      return new Numbering(chineseValue(m.group(4)), "chinese", m.group(5));
    }

    /** Index in {@code s} where number {@code n} of this sequence starts, or -1. */
    int find(String s, int n) {
      String token;
      if (style.equals("arabic")) {
        token = n + delimiter;
      } else if (style.equals("bracket")) {
        token = "（" + n + "）";
      } else {
        token = chinese(n) + delimiter;
      }
      int from = 0;
      while (true) {
        int i = s.indexOf(token, from);
        if (i < 0 && style.equals("bracket")) {
          i = s.indexOf("(" + n + ")", from);
        }
        if (i <= 0) {
          return i == 0 ? -1 : i;
        }
        boolean digitBefore = Character.isDigit(s.charAt(i - 1));
        int after = i + token.length();
        boolean digitAfter = after < s.length() && Character.isDigit(s.charAt(after));
        if (!digitBefore && !digitAfter && after < s.length()) {
          return i;
        }
        from = i + 1;
      }
    }
  }

  static int chineseValue(String s) {
    if (s.equals("十")) {
      return 10;
    }
    if (s.length() == 1) {
      return CN_DIGITS.indexOf(s.charAt(0)) + 1;
    }
    if (s.charAt(0) == '十') {
      return 10 + CN_DIGITS.indexOf(s.charAt(1)) + 1;
    }
    int tens = CN_DIGITS.indexOf(s.charAt(0)) + 1;
    int ones = s.length() > 2 ? CN_DIGITS.indexOf(s.charAt(2)) + 1 : 0;
    return tens * 10 + ones;
  }

  static String chinese(int n) {
    if (n <= 10) {
      return String.valueOf(CN_DIGITS.charAt(n - 1));
    }
    if (n < 20) {
      return "十" + CN_DIGITS.charAt(n - 11);
    }
    int tens = n / 10;
    int ones = n % 10;
    return CN_DIGITS.charAt(tens - 1) + "十" + (ones == 0 ? "" : String.valueOf(CN_DIGITS.charAt(ones - 1)));
  }
}
