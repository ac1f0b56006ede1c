package io.jixiao.document;

import io.jixiao.document.FormLabels.Meaning;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Grids from a spreadsheet rendered as lines (an {@code .xls} attachment shown on an article page):
 * cells separated by spaces, some lines indented, and vertical labels broken one word per line
 * ({@code 产出} / {@code 指标} / {@code (60分)}). Those short fragment lines are joined back into
 * labels and put before the next row's cells, where the merged label stood. The rows are {@link
 * Grid.Row#shifted shifted}: merged cells were dropped, so the form reader aligns a row's cells on
 * the right of its header. Lines before the first field label (page meta, title, 时间/来源) stand
 * above the grid; a header row (every cell a known column label) drops fragments that are no
 * column label ({@code 年度履职目标}, {@code 完成情况}).
 */
final class SpacedGridReader implements GridReader {

  private static final Pattern SPACES = Pattern.compile("[ \\u3000]+");
  private static final int FRAGMENT = 8;

  @Override
  public boolean accepts(SourceText text) {
    for (int n : text.linesContaining("三级指标")) {
      String l = text.line(n);
      if (l.indexOf('\t') < 0 && l.indexOf('|') < 0 && isHeader(tokens(l))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<Grid> read(SourceText text) {
    List<String> above = new ArrayList<>();
    List<Grid.Row> rows = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    String current = null;
    for (int n = 1; n <= text.size(); n++) {
      List<String> tokens = tokens(text.line(n));
      if (tokens.isEmpty()) {
        continue;
      }
      if (rows.isEmpty() && pending.isEmpty() && current == null
          && FormLabels.of(tokens.get(0)) == null) {
        above.add(Cells.text(text.line(n)));
        continue;
      }
      if (tokens.size() == 1 && isFragment(tokens.get(0))) {
        String f = tokens.get(0);
        if (current != null && !complete(current) || current != null && f.matches("[(（].*")) {
          current = current + f;
        } else {
          if (current != null) {
            pending.add(current);
          }
          current = f;
        }
        continue;
      }
      if (current != null) {
        pending.add(current);
        current = null;
      }
      List<String> cells = new ArrayList<>();
      if (isHeader(tokens)) {
        for (String p : pending) {
          if (FormLabels.of(p) != null) {
            cells.add(p);
          }
        }
      } else {
        cells.addAll(pending);
      }
      pending.clear();
      cells.addAll(tokens);
      rows.add(new Grid.Row(n, cells, true));
    }
    return rows.isEmpty() ? List.of() : List.of(new Grid(above, rows));
  }

  /** The cells of a line: its tokens under the text rules. */
  private static List<String> tokens(String line) {
    List<String> out = new ArrayList<>();
    for (String t : SPACES.split(line.strip())) {
      String c = Cells.text(t);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /** Three or more cells, every one a known column label, among them 三级指标 or a value column. */
  private static boolean isHeader(List<String> tokens) {
    if (tokens.size() < 3) {
      return false;
    }
    for (String t : tokens) {
      if (FormLabels.of(t) == null) {
        return false;
      }
    }
    return true;
  }

  /** A line of one short word: a piece of a label broken over lines. */
  private static boolean isFragment(String t) {
    return t.length() <= FRAGMENT && t.indexOf(':') < 0 && t.indexOf('：') < 0
        && !t.matches("[\\d.,%]+");
  }

  /** A joined label that takes no more pieces (except a bracketed suffix such as (60分)). */
  private static boolean complete(String label) {
    Meaning m = FormLabels.of(label);
    return m != null || label.endsWith("指标") || label.endsWith("情况")
        || label.endsWith(")") || label.endsWith("）");
  }
}
