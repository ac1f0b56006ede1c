package io.jixiao.review.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Text columns aligned for a terminal, where a Chinese character takes two columns; numeric columns
 * are right-aligned. The text reports use it, and so does the command line's {@code show}.
 */
public final class Columns {

  private final String[] headers;
  private final boolean[] numeric;
  private final List<String[]> rows = new ArrayList<>();

  public Columns(String[] headers, boolean[] numeric) {
    if (headers.length != numeric.length) {
      throw new IllegalArgumentException("one alignment per column");
    }
    this.headers = headers.clone();
    this.numeric = numeric.clone();
  }

  public void add(String... cells) {
    if (cells.length != headers.length) {
      throw new IllegalArgumentException("expected " + headers.length + " cells");
    }
    rows.add(cells.clone());
  }

  /** Appends the header and the rows, each line indented and without trailing spaces. */
  void appendTo(StringBuilder b, String indent) {
    for (String line : lines()) {
      b.append((indent + line).stripTrailing()).append('\n');
    }
  }

  /** The header and the rows as lines without trailing spaces. */
  public List<String> lines() {
    int[] widths = new int[headers.length];
    for (int c = 0; c < headers.length; c++) {
      widths[c] = width(headers[c]);
      for (String[] row : rows) {
        widths[c] = Math.max(widths[c], width(row[c]));
      }
    }
    List<String> lines = new ArrayList<>(rows.size() + 1);
    lines.add(line(headers, widths));
    for (String[] row : rows) {
      lines.add(line(row, widths));
    }
    return lines;
  }

  private String line(String[] cells, int[] widths) {
    StringBuilder l = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        l.append("  ");
      }
      String pad = " ".repeat(widths[c] - width(cells[c]));
      if (numeric[c]) {
        l.append(pad).append(cells[c]);
      } else {
        l.append(cells[c]).append(pad);
      }
    }
    return l.toString().stripTrailing();
  }

  /** Columns a text takes: two for CJK and full-width characters. */
  public static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += wide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
