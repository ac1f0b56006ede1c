package io.jixiao.document;

import java.util.regex.Pattern;

/**
 * Export artefacts inside a cell, stripped before the cell is read (docs/adr/0015): Word bookmarks
 * ({@code [bookmark: _GoBack]}), page footers that split a cell ({@code 覆 — 2 — 盖率}) and HTML
 * non-breaking-space entities ({@code &nbsp;}). A bookmark and a footer join with nothing; an
 * entity is a space. Lines that are nothing but page furniture (banners, navigation) are the form
 * readers' business, not this class's.
 */
final class Artefacts {

  /** The innermost bookmark: one printed inside another goes first, then the outer one. */
  private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\[\\]\\n]*\\]");
  private static final Pattern FOOTER =
      Pattern.compile("[ \\t\\u3000]*—[ \\u3000]*\\d{1,3}[ \\u3000]*—[ \\t\\u3000]*");
  private static final Pattern NBSP = Pattern.compile("&nbsp;?");

  private Artefacts() {}

  /**
   * True when {@code s} may hold an artefact: one search per marker character, so cells without
   * them (nearly all) cost three {@code indexOf}.
   */
  static boolean mayHold(String s) {
    return s.indexOf('[') >= 0 || s.indexOf('&') >= 0 || s.indexOf('—') >= 0;
  }

  /** A page footer printed inside a line, between two printed characters. */
  private static final Pattern INLINE_FOOTER =
      Pattern.compile("(?<=\\S)[ \\u3000]*—[ \\u3000]*\\d{1,3}[ \\u3000]*—[ \\u3000]*(?=\\S)");

  /**
   * {@code text} without Word bookmarks (innermost first) and without page footers printed inside a
   * line; the same string when it has none. A footer on a line of its own is left to the readers,
   * where a line may separate cells.
   */
  static String stripBookmarks(String text) {
    String out = text;
    if (out.indexOf('—') >= 0) {
      out = INLINE_FOOTER.matcher(out).replaceAll("");
    }
    while (out.contains("[bookmark:")) {
      String next = BOOKMARK.matcher(out).replaceAll("");
      if (next.equals(out)) {
        break;
      }
      out = next;
    }
    return out;
  }

  /** {@code s} without export artefacts; the same string when it holds none. */
  static String strip(String s) {
    if (s == null || !mayHold(s)) {
      return s;
    }
    String out = s;
    while (out.contains("[bookmark:")) { // again when one was printed inside another
      String next = BOOKMARK.matcher(out).replaceAll("");
      if (next.equals(out)) {
        break;
      }
      out = next;
    }
    if (out.indexOf('—') >= 0) {
      out = FOOTER.matcher(out).replaceAll("");
    }
    if (out.contains("&nbsp")) {
      out = NBSP.matcher(out).replaceAll(" ");
    }
    return out;
  }
}
