package io.jixiao.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose of a document as paragraphs: one non-blank line each, markdown heading marks and markup
 * removed, page-break lines ({@code ---}) and table-of-contents lines dropped but remembered, and
 * the rule that tells when a paragraph is the continuation of the one before it, split by a page
 * break.
 */
final class Paragraphs {

  /**
   * One paragraph of prose.
   *
   * @param line the 1-based line number in the source
   * @param text the text, white space collapsed, markup removed, LaTeX still as printed
   * @param markdownHeading true when the line was a markdown heading ({@code ## …})
   * @param pageBreakBefore true when a page-break line stands between it and the paragraph before
   */
  record Paragraph(int line, String text, boolean markdownHeading, boolean pageBreakBefore) {}

  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+");
  private static final Pattern PAGE_BREAK =
      Pattern.compile("^\\s*(?:(?:-\\s*){3,}|(?:\\*\\s*){3,}|(?:_\\s*){3,})$");

  /** A printed page number on a line of its own: {@code 12}, {@code - 12 -}, {@code — 3 —}. */
  private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–]?\\s*\\d{1,3}\\s*[-—–]?$");

  /** A table-of-contents entry: a title, dot leaders and perhaps a page number. */
  private static final Pattern TOC = Pattern.compile("\\S(?:\\.{4,}|…{2,}|·{4,})\\s*\\d{0,4}$");

  private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^]]*]");
  private static final Pattern EMPHASIS = Pattern.compile("\\*\\*");
  private static final Pattern HTML_TAG = Pattern.compile("</?(?:b|strong|i|em|u|span|br)\\s*/?>");

  /** Sentence-final punctuation: a paragraph ending with one of these is complete. */
  private static final String FINAL = "。；！？：.;!?:…";

  /** Punctuation that only stands inside sentences: a line with one of these is prose. */
  private static final String INNER = "，、；：,“”《》（）";

  /** Closing marks that may follow sentence-final punctuation: {@code 。”} {@code 。）}. */
  private static final String CLOSING = "”’」』）)》】";

  /** Paragraph labels that start a new field, e.g. {@code 绩效目标：}. */
  private static final Pattern LABEL =
      Pattern.compile("^(?:绩效目标|年度绩效目标|年度目标|绩效指标|主要指标|指标)\\s*[：:]");

  /** A comparison sign or LaTeX ({@code $}): in the last clause, the line reads as a value. */
  private static final String VALUE_SIGNS = "≥≤＞＜><=≧≦$";

  /** What ends a clause. */
  private static final String CLAUSE_ENDS = "，。；,;";

  /** What a value may end with: a digit or a percent sign. */
  private static final String VALUE_ENDS = "0123456789%％‰";

  /** One source line as the prose view reads it: its paragraph text, or null when it is none. */
  private record Reading(String text, boolean markdownHeading, boolean pageBreak) {}

  private static final Reading NOTHING = new Reading(null, false, false);
  private static final Reading PAGE_BREAK_ONLY = new Reading(null, false, true);

  private final SourceText source;
  private final List<Paragraph> list = new ArrayList<>();

  /** The 1-based number of the next source line to read. */
  private int nextLine = 1;

  private boolean breakPending;

  /** Whether the document marks its page breaks, found on first use. */
  private Boolean pageBreakMarks;

  private Paragraphs(SourceText source) {
    this.source = source;
  }

  /**
   * The paragraphs of a whole source text, table-of-contents entries left out. They are read from
   * the source on demand: the cover and Part 1 stand near the start of a document.
   */
  static Paragraphs of(SourceText source) {
    return new Paragraphs(source);
  }

  /**
   * The text of the paragraph line {@code n} (1-based) of {@code source} would give, or null when
   * it gives none (blank, a page break or page number, a table-of-contents entry). A line's
   * paragraph depends on that line alone; only its {@link Paragraph#pageBreakBefore} needs those
   * before it.
   */
  static String textOf(SourceText source, int n) {
    return read(source, n).text();
  }

  /** True when paragraph {@code i} (0-based) exists; reads the source as far as needed. */
  boolean has(int i) {
    while (list.size() <= i && nextLine <= source.size()) {
      readNextLine();
    }
    return i < list.size();
  }

  Paragraph get(int i) {
    if (!has(i)) {
      throw new IndexOutOfBoundsException("no paragraph " + i);
    }
    return list.get(i);
  }

  /** The index of the paragraph on line {@code n} (1-based), or -1 when that line gives none. */
  int indexOfLine(int n) {
    while (nextLine <= n && nextLine <= source.size()) {
      readNextLine();
    }
    int low = 0;
    int high = list.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int line = list.get(middle).line();
      if (line == n) {
        return middle;
      }
      if (line < n) {
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return -1;
  }

  private void readNextLine() {
    Reading r = read(source, nextLine);
    if (r.pageBreak()) {
      breakPending = true;
    }
    if (r.text() != null) {
      list.add(new Paragraph(nextLine, r.text(), r.markdownHeading(), breakPending));
      breakPending = false;
    }
    nextLine++;
  }

  private static Reading read(SourceText source, int n) {
    String raw = source.line(n);
    int m = marks(raw);
    boolean formFeed = (m & FORM_FEED) != 0;
    if (formFeed) {
      raw = raw.replace('\f', ' ');
    }
    Reading nothing = formFeed ? PAGE_BREAK_ONLY : NOTHING;
    if (isPageBreak(raw)) {
      return PAGE_BREAK_ONLY;
    }
    if (raw.isBlank() || (m & LEADER) != 0 && hasLeader(raw) && TOC.matcher(raw.strip()).find()) {
      return nothing;
    }
    int hash = (m & HASH) != 0 ? raw.indexOf('#') : -1;
    Matcher heading = hash >= 0 && hash <= 3 ? MARKDOWN_HEADING.matcher(raw) : null;
    boolean isHeading = heading != null && heading.lookingAt();
    String text;
    if ((m & MARKUP) != 0) {
      text = clean(isHeading ? raw.substring(heading.end()) : raw);
    } else if (isHeading || formFeed) {
      text = trimBackslashes(Cells.collapse(isHeading ? raw.substring(heading.end()) : raw));
    } else {
      text = trimBackslashes(source.collapsed(n)); // the line as it stands in the source
    }
    if (text.isEmpty()) {
      return nothing;
    }
    if (mayBePageNumber(text) && PAGE_NUMBER.matcher(text).matches()) {
      return PAGE_BREAK_ONLY;
    }
    return new Reading(text, isHeading, formFeed);
  }

  private static boolean isPageBreak(String raw) {
    return mayBePageBreak(raw) && PAGE_BREAK.matcher(raw).matches();
  }

  /** True when the document marks its page breaks: a form feed or a rule ({@code ---}) anywhere. */
  private boolean pageBreakMarks() {
    if (pageBreakMarks == null) {
      boolean marks = false;
      for (String line : source.lines()) {
        if (line.indexOf('\f') >= 0 || isPageBreak(line)) {
          marks = true;
          break;
        }
      }
      pageBreakMarks = marks;
    }
    return pageBreakMarks;
  }

  /** A quick test: the first character other than ASCII white space is a rule character. */
  private static boolean mayBePageBreak(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '-' || c == '*' || c == '_') {
        return true;
      }
      if (!isAsciiSpace(c)) {
        return false;
      }
    }
    return false;
  }

  /** A quick test: dot leaders as a table-of-contents entry has them. */
  private static boolean hasLeader(String raw) {
    return raw.indexOf("....") >= 0 || raw.indexOf("……") >= 0 || raw.indexOf("····") >= 0;
  }

  /** A quick test: a page number starts and ends with a dash, a digit or ASCII white space. */
  private static boolean mayBePageNumber(String text) {
    return isPageNumberEnd(text.charAt(0)) && isPageNumberEnd(text.charAt(text.length() - 1));
  }

  private static boolean isPageNumberEnd(char c) {
    return c == '-' || c == '—' || c == '–' || c >= '0' && c <= '9' || isAsciiSpace(c);
  }

  private static final int FORM_FEED = 1;
  private static final int HASH = 2;
  private static final int LEADER = 4;

  /** A bookmark, emphasis or a tag may be there: {@code [}, {@code *} or {@code <}. */
  private static final int MARKUP = 8;

  /**
   * The marks of a line in one pass, to skip the tests that cannot apply: a form feed, a {@code #},
   * a character of a dot leader, a character that starts markup.
   */
  private static int marks(String raw) {
    int m = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < 0x80) {
        switch (c) {
          case '\f':
            m |= FORM_FEED;
            break;
          case '#':
            m |= HASH;
            break;
          case '.':
            m |= LEADER;
            break;
          case '[':
          case '*':
          case '<':
            m |= MARKUP;
            break;
          default:
            break;
        }
      } else if (c == '…' || c == '·') {
        m |= LEADER;
      }
    }
    return m;
  }

  /** The white space of {@code \s} in a regular expression. */
  static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  /** White space collapsed, markdown emphasis, HTML tags and Word bookmarks removed. */
  static String clean(String raw) {
    String s = raw;
    if (s.indexOf("[bookmark:") >= 0) {
      s = BOOKMARK.matcher(s).replaceAll("");
    }
    if (s.indexOf("**") >= 0) {
      s = EMPHASIS.matcher(s).replaceAll("");
    }
    if (s.indexOf('<') >= 0) {
      s = HTML_TAG.matcher(s).replaceAll("");
    }
    return trimBackslashes(Cells.collapse(s));
  }

  /** Drops line-end backslashes (markdown hard breaks) and the white space before them. */
  private static String trimBackslashes(String collapsed) {
    String s = collapsed;
    while (s.endsWith("\\")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }

  /**
   * True when {@code next} continues {@code previous}, a paragraph split by a page break: the
   * previous one is prose (not a short heading, not an indicator value) and stops mid-sentence, and
   * the next one starts neither a numbered item, nor a label, nor a heading. A document that marks
   * its page breaks ({@code ---}) is only joined across such a mark.
   */
  boolean continues(String previous, Paragraph next) {
    if (previous == null || previous.isEmpty() || next.markdownHeading()) {
      return false;
    }
    if (pageBreakMarks() && !next.pageBreakBefore()) {
      return false;
    }
    if (endsSentence(previous) || looksLikeHeading(previous) || isValueLike(previous)) {
      return false;
    }
    String t = next.text();
    return ItemNumber.parse(t) == null && !startsWithLabel(t) && !startsAfterBreak(t);
  }

  /** True when {@code t} starts with a field label ({@link #LABEL}), such as {@code 绩效目标：}. */
  static boolean startsWithLabel(String t) {
    // every label starts with 绩, 年, 主 or 指: the pattern only where it can match
    return !t.isEmpty() && "绩年主指".indexOf(t.charAt(0)) >= 0 && LABEL.matcher(t).lookingAt();
  }

  /** A paragraph that cannot be a continuation: it opens with a bullet or a quote of a title. */
  private static boolean startsAfterBreak(String t) {
    char c = t.charAt(0);
    return c == '•' || c == '●' || c == '◆' || c == '■' || c == '□' || c == '#';
  }

  /** Ends with sentence-final punctuation, perhaps followed by a closing quote or bracket. */
  static boolean endsSentence(String s) {
    int i = s.length() - 1;
    while (i > 0 && CLOSING.indexOf(s.charAt(i)) >= 0) {
      if (FINAL.indexOf(s.charAt(i - 1)) >= 0) {
        return true;
      }
      i--;
    }
    return i >= 0 && FINAL.indexOf(s.charAt(i)) >= 0;
  }

  /** Short and without inner punctuation: a heading or a title rather than broken prose. */
  static boolean looksLikeHeading(String s) {
    if (s.length() > 30) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (INNER.indexOf(s.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Ends like an indicator line: a comparison in the last clause, or a number or percentage. */
  static boolean isValueLike(String s) {
    // What (?:[≥≤＞＜><=≧≦$][^，。；,;]*|[\d%％‰])$ finds, without trying it at every position: $ is
    // the end, or a line terminator ending the text (\r\n counts as one).
    int end = s.length();
    if (end > 0 && VALUE_ENDS.indexOf(s.charAt(end - 1)) >= 0) {
      return true;
    }
    if (end > 1 && isLineTerminator(s.charAt(end - 1))) {
      int before = s.endsWith("\r\n") ? end - 3 : end - 2;
      if (before >= 0 && VALUE_ENDS.indexOf(s.charAt(before)) >= 0) {
        return true;
      }
    }
    for (int i = end - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (VALUE_SIGNS.indexOf(c) >= 0) {
        return true;
      }
      if (CLAUSE_ENDS.indexOf(c) >= 0) {
        return false;
      }
    }
    return false;
  }

  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
