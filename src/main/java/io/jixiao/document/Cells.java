package io.jixiao.document;

import java.util.regex.Pattern;

/**
 * The whitespace and markup rules of the interchange format, applied to every cell the readers
 * take: trim, collapse white space (U+3000 and NBSP too) to one space, join a line break inside a
 * cell with nothing, turn LaTeX signs into characters, drop {@code <b>} markup, and in indicator
 * cells drop a space between two CJK characters (a wrapping artefact); export artefacts
 * ({@link Artefacts}) go first.
 */
public final class Cells {

  /** The longest LaTeX formula read between two {@code $}. */
  private static final int MAX_FORMULA = 80;

  private static final Pattern HTML_TAG = Pattern.compile("</?(b|strong|i|em|u|span|br)\\s*/?>");
  private static final Pattern GEQ = Pattern.compile("\\\\(geq|geqslant|ge)(?![a-zA-Z])");
  private static final Pattern LEQ = Pattern.compile("\\\\(leq|leqslant|le)(?![a-zA-Z])");
  private static final Pattern NEQ = Pattern.compile("\\\\(neq|ne)(?![a-zA-Z])");
  private static final Pattern TEXT_COMMAND = Pattern.compile("\\\\(text|mathrm)\\{([^}]*)\\}");

  private Cells() {}

  /** A text cell (titles, goals, fund use): keeps single spaces between words. */
  public static String text(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw;
    if (s.indexOf('$') >= 0) {
      s = latex(s);
    }
    if (s.indexOf('<') >= 0) {
      s = HTML_TAG.matcher(s).replaceAll("");
    }
    s = collapse(Artefacts.strip(s));
    return s.isEmpty() ? null : s;
  }

  /** An indicator cell: as {@link #text} and without spaces between two CJK characters. */
  public static String indicator(String raw) {
    String s = text(raw);
    if (s == null) {
      return null;
    }
    return dropCjkSpaces(s);
  }

  /**
   * Collapses runs of white space (including U+3000 and NBSP) to one space and trims; a line break
   * joins with nothing, and so does the white space around it (it is a wrapping artefact).
   */
  public static String collapse(String s) {
    int n = s.length();
    int start = 0;
    while (start < n && isSpace(s.charAt(start))) {
      start++;
    }
    int end = n;
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    // White space at either end is dropped; inside, only single ASCII spaces may stay as they are.
    boolean clean = true;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c > '\u3000') {
        if (c == '\ufeff') {
          clean = false;
          break;
        }
      } else if ((c < 0x21 || c >= 0x80) && isSpace(c) && (c != ' ' || isSpace(s.charAt(i + 1)))) {
        clean = false;
        break;
      }
    }
    if (clean) {
      return start == 0 && end == n ? s : s.substring(start, end);
    }
    char[] b = new char[end - start];
    int length = 0;
    boolean space = false;
    boolean lineBreak = false;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        lineBreak = true;
      } else if (isSpace(c)) {
        space = length > 0;
      } else {
        if (space && !lineBreak) {
          b[length++] = ' ';
        }
        space = false;
        lineBreak = false;
        b[length++] = c;
      }
    }
    return new String(b, 0, length);
  }

  static boolean isSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
    if (c < '\u00a0') {
      return false;
    }
    if (c > '\u3000') {
      return c == '\ufeff'; // CJK text, the common case
    }
    return c == '\u3000'
        || c == '\u00a0'
        || c == '\u2002'
        || c == '\u2003'
        || c == '\u2009'
        || c == '\u200b';
  }

  /** Drops a single space standing between two CJK characters (ideographs or CJK punctuation). */
  public static String dropCjkSpaces(String s) {
    if (s.indexOf(' ') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' '
          && i > 0
          && i + 1 < s.length()
          && isCjk(s.charAt(i - 1))
          && isCjk(s.charAt(i + 1))) {
        continue;
      }
      b.append(c);
    }
    return b.toString();
  }

  /** CJK ideographs, CJK symbols and punctuation, and full-width forms. */
  public static boolean isCjk(char c) {
    return (c >= '\u4e00' && c <= '\u9fff')
        || (c >= '\u3400' && c <= '\u4dbf')
        || (c >= '\u3001' && c <= '\u303f')
        || (c >= '\uff01' && c <= '\uff60')
        || c == '\u201c'
        || c == '\u201d';
  }

  /** {@code $\geq 90\%$} → {@code ≥90%}; {@code $\leq$} → {@code ≤}. Unknown commands are kept. */
  public static String latex(String s) {
    // A formula is $, at most 80 characters other than $ and a line break, and $: what the pattern
    // \$([^$\n]{0,80})\$ finds, read without a regular expression.
    StringBuilder out = null;
    int copied = 0;
    for (int open = s.indexOf('$'); open >= 0; ) {
      int close = formulaEnd(s, open);
      if (close < 0) {
        open = s.indexOf('$', open + 1);
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length());
      }
      out.append(s, copied, open).append(latexBody(s.substring(open + 1, close)));
      copied = close + 1;
      open = s.indexOf('$', copied);
    }
    return out == null ? s : out.append(s, copied, s.length()).toString();
  }

  /** The {@code $} closing a formula opened at {@code open}, or -1 when none does. */
  private static int formulaEnd(String s, int open) {
    for (int i = open + 1; i < s.length() && i - open - 1 <= MAX_FORMULA; i++) {
      char c = s.charAt(i);
      if (c == '$') {
        return i;
      }
      if (c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  private static String latexBody(String body) {
    String s = body;
    if (s.indexOf('\\') >= 0) { // every command starts with a backslash
      // each pattern only where its command is printed: most formulas hold one command
      if (s.contains("\\ge")) {
        s = GEQ.matcher(s).replaceAll("≥");
      }
      if (s.contains("\\le")) {
        s = LEQ.matcher(s).replaceAll("≤");
      }
      if (s.contains("\\ne")) {
        s = NEQ.matcher(s).replaceAll("≠");
      }
      s = s.replace("\\times", "×");
      s = s.replace("\\%", "%");
      if (s.contains("\\text") || s.contains("\\mathrm")) {
        s = TEXT_COMMAND.matcher(s).replaceAll("$2");
      }
    }
    s = s.replace("{", "").replace("}", "").replace("~", " ");
    return s.replace(" ", "");
  }
}
