package io.jixiao.document;

import java.util.Arrays;

/**
 * One line of a layout-B export split at its tabs: a table row whose cells stand at fixed column
 * positions. Cells are kept raw (markup and wrapping spaces included) so that fragments of a cell
 * split over a page can be joined before the text rules are applied. The text and the label of a
 * cell are computed once, on first use: the readers ask for them many times.
 */
final class TabRow {

  private final int line;

  /** The line as printed, tabs included. */
  private final String text;

  private final String[] cells;

  /** Whether the line holds {@code $} or {@code <}: without them a cell is only collapsed. */
  private final boolean markup;
  private final String[] texts;
  private final boolean[] textDone;
  private final String[] labels;
  private int width = -1;

  private TabRow(int line, String text) {
    this.line = line;
    this.text = text;
    this.cells = text.split("\t", -1);
    this.markup = text.indexOf('$') >= 0 || text.indexOf('<') >= 0 || Artefacts.mayHold(text);
    this.texts = new String[cells.length];
    this.textDone = new boolean[cells.length];
    this.labels = new String[cells.length];
  }

  /**
   * @param line the 1-based line number in the source file
   * @param text the line, its cells separated by tabs
   */
  static TabRow of(int line, String text) {
    return new TabRow(line, text);
  }

  /** True when some cell holds {@code c}: one search of the line rather than one per cell. */
  boolean contains(char c) {
    return text.indexOf(c) >= 0;
  }

  /** The 1-based line number in the source file. */
  int line() {
    return line;
  }

  /** The number of cells: tabs plus one. */
  int size() {
    return cells.length;
  }

  /** The raw cell at column {@code i}; the empty string beyond the last tab. */
  String raw(int i) {
    return i >= 0 && i < cells.length ? cells[i] : "";
  }

  /** The cell at column {@code i} under the text rules, null when blank. */
  String text(int i) {
    if (i < 0 || i >= cells.length) {
      return null; // the text of the empty string
    }
    if (!textDone[i]) {
      String t = markup ? Cells.text(cells[i]) : Cells.collapse(cells[i]); // as Cells.text does
      texts[i] = t == null || t.isEmpty() ? null : t;
      textDone[i] = true;
    }
    return texts[i];
  }

  boolean blank(int i) {
    return text(i) == null;
  }

  /**
   * The cell as a label to compare with the printed labels of the form: markup and every kind of
   * white space removed, ASCII parentheses as full-width ones; the empty string when blank.
   */
  String label(int i) {
    if (i < 0 || i >= cells.length) {
      return "";
    }
    if (labels[i] == null) {
      labels[i] = labelOfText(text(i));
    }
    return labels[i];
  }

  static String label(String raw) {
    return labelOfText(Cells.text(raw));
  }

  /** The label of a cell already under the text rules ({@code s} null when blank). */
  private static String labelOfText(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = null;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      boolean keep = !Cells.isSpace(c);
      char out = c == '(' ? '（' : c == ')' ? '）' : c == ':' ? '：' : c;
      if (b == null) {
        if (keep && out == c) {
          continue; // unchanged so far
        }
        b = new StringBuilder(s.length());
        b.append(s, 0, k);
      }
      if (keep) {
        b.append(out);
      }
    }
    return b == null ? s : b.toString();
  }

  /** Number of columns up to the last non-blank cell. */
  int width() {
    if (width < 0) {
      int w = 0;
      for (int i = cells.length - 1; i >= 0; i--) {
        if (!blank(i)) {
          w = i + 1;
          break;
        }
      }
      width = w;
    }
    return width;
  }

  /** True when no cell holds text. */
  boolean empty() {
    return width() == 0;
  }

  @Override
  public String toString() {
    return "TabRow[line=" + line + ", cells=" + Arrays.asList(cells) + "]";
  }
}
