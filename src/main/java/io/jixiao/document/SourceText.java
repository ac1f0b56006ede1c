package io.jixiao.document;

import java.util.Arrays;

/** The decoded lines of one source file, numbered from 1 as editors show them. */
final class SourceText {

  private final String file;

  /** The text the lines are cut from, line breaks as {@code \n}. */
  private final String text;

  private final String[] lines;

  /** Where each line starts in {@link #text}. */
  private final int[] starts;

  /** The prose view, split on first use: the cover and Part 1 readers share it. */
  private Paragraphs paragraphs;

  /** The lines under {@link Cells#collapse}, each computed on first use. */
  private String[] collapsed;

  /** Which lines hold markup, found on first use. */
  private boolean[] markup;

  SourceText(String file, String text) {
    this.file = file;
    String t = text.startsWith("\ufeff") ? text.substring(1) : text;
    if (t.indexOf('\r') >= 0) {
      t = t.replace("\r\n", "\n").replace('\r', '\n');
    }
    this.text = t;
    int[] breaks = new int[64];
    int count = 0;
    for (int i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) {
      if (count == breaks.length) {
        breaks = Arrays.copyOf(breaks, count * 2);
      }
      breaks[count++] = i;
    }
    this.lines = new String[count + 1];
    this.starts = new int[count + 1];
    int start = 0;
    for (int k = 0; k <= count; k++) {
      int end = k < count ? breaks[k] : t.length();
      starts[k] = start;
      lines[k] = t.substring(start, end);
      start = end + 1;
    }
  }

  String file() {
    return file;
  }

  int size() {
    return lines.length;
  }

  /** The line with the 1-based number {@code n}. */
  String line(int n) {
    return lines[n - 1];
  }

  String[] lines() {
    return lines;
  }

  /**
   * The 1-based numbers of the lines that hold {@code c}, in order: one search of the whole text,
   * much quicker than a search of every line when few lines hold it.
   */
  int[] linesWith(char c) {
    return linesContaining(String.valueOf(c));
  }

  /** The 1-based numbers of the lines that hold {@code s}, in order ({@link #linesWith}). */
  int[] linesContaining(String s) {
    int[] found = new int[16];
    int count = 0;
    for (int i = text.indexOf(s); i >= 0; ) {
      int at = Arrays.binarySearch(starts, i);
      int k = at >= 0 ? at : -at - 2;
      if (count == found.length) {
        found = Arrays.copyOf(found, count * 2);
      }
      found[count++] = k + 1;
      i = k + 1 < starts.length ? text.indexOf(s, starts[k + 1]) : -1;
    }
    return Arrays.copyOf(found, count);
  }

  /**
   * The line with the 1-based number {@code n} under {@link Cells#collapse}, computed once: the
   * table reader and the prose reader both need it.
   */
  String collapsed(int n) {
    if (collapsed == null) {
      collapsed = new String[lines.length];
    }
    String c = collapsed[n - 1];
    if (c == null) {
      c = Cells.collapse(lines[n - 1]);
      collapsed[n - 1] = c;
    }
    return c;
  }

  /**
   * True when line {@code n} (1-based) holds {@code $} or {@code <}, where the text rule's LaTeX
   * and tag rules start ({@link Cells#text}), or a character an export artefact starts with ({@link
   * Artefacts#mayHold}); a line without them is only collapsed. Five searches of the whole text
   * answer it for every line.
   */
  boolean hasMarkup(int n) {
    if (markup == null) {
      markup = new boolean[lines.length];
      for (int k : linesWith('$')) {
        markup[k - 1] = true;
      }
      for (int k : linesWith('<')) {
        markup[k - 1] = true;
      }
      for (char c : new char[] {'[', '&', '—'}) { // where export artefacts start (Artefacts)
        for (int k : linesWith(c)) {
          markup[k - 1] = true;
        }
      }
    }
    return markup[n - 1];
  }

  /** The paragraphs of the whole text ({@link Paragraphs#of}), computed once. */
  Paragraphs paragraphs() {
    if (paragraphs == null) {
      paragraphs = Paragraphs.of(this);
    }
    return paragraphs;
  }
}
