package io.jixiao.document;

import java.util.Arrays;
import java.util.List;

/**
 * One line of a layout-B export split at its tabs: a table row whose cells stand at fixed column
 * positions. Cells are kept raw (markup and wrapping spaces included) so that fragments of a cell
 * split over a page can be joined before the text rules are applied.
 *
 * @param line the 1-based line number in the source file
 */
record TabRow(int line, List<String> cells) {

  TabRow {
    cells = List.copyOf(cells);
  }

  static TabRow of(int line, String text) {
    return new TabRow(line, Arrays.asList(text.split("\t", -1)));
  }

  /** The raw cell at column {@code i}; the empty string beyond the last tab. */
  String raw(int i) {
    return i >= 0 && i < cells.size() ? cells.get(i) : "";
  }

  /** The cell at column {@code i} under the text rules, null when blank. */
  String text(int i) {
    return Cells.text(raw(i));
  }

  boolean blank(int i) {
    return text(i) == null;
  }

  /**
   * The cell as a label to compare with the printed labels of the form: markup and every kind of
   * white space removed, ASCII parentheses as full-width ones; the empty string when blank.
   */
  String label(int i) {
    return label(raw(i));
  }

  static String label(String raw) {
    String s = Cells.text(raw);
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (Cells.isSpace(c)) {
        continue;
      }
      b.append(c == '(' ? '（' : c == ')' ? '）' : c == ':' ? '：' : c);
    }
    return b.toString();
  }

  /** Number of columns up to the last non-blank cell. */
  int width() {
    for (int i = cells.size() - 1; i >= 0; i--) {
      if (!blank(i)) {
        return i + 1;
      }
    }
    return 0;
  }

  /** True when no cell holds text. */
  boolean empty() {
    return width() == 0;
  }
}
