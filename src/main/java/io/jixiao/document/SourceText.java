package io.jixiao.document;

/** The decoded lines of one source file, numbered from 1 as editors show them. */
final class SourceText {

  private final String file;
  private final String[] lines;

  /** The prose view, split on first use: the cover and Part 1 readers share it. */
  private Paragraphs paragraphs;

  /** The lines under {@link Cells#collapse}, each computed on first use. */
  private String[] collapsed;

  SourceText(String file, String text) {
    this.file = file;
    String t = text.startsWith("\ufeff") ? text.substring(1) : text;
    if (t.indexOf('\r') >= 0) {
      t = t.replace("\r\n", "\n").replace('\r', '\n');
    }
    this.lines = t.split("\n", -1);
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

  /** The paragraphs of the whole text ({@link Paragraphs#of}), computed once. */
  Paragraphs paragraphs() {
    if (paragraphs == null) {
      paragraphs = Paragraphs.of(this);
    }
    return paragraphs;
  }
}
