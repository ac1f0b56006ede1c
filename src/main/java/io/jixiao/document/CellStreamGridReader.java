package io.jixiao.document;

import io.jixiao.document.FormLabels.Meaning;
import java.util.ArrayList;
import java.util.List;

/**
 * Grids from a web table copied as one cell per line where no row boundary survives: every cell
 * ends in {@code " |"}, an empty cell is a lone {@code |}. Rows are regrouped by the form's own
 * labels: a form starts at {@code 报表编号:}; a field label and the cell after it make a row; a run
 * of column labels makes a header row, and the cells below it are cut into rows of the header's
 * width (the indicator table) or start at each row label (the budget block: 总额, 其中：财政资金 …).
 * Cells before the first form are the tail of a form on the previous page and belong to none.
 */
final class CellStreamGridReader implements GridReader {

  private static final String FORM_START = "报表编号";

  @Override
  public boolean accepts(SourceText text) {
    int cellLines = 0;
    for (int n : text.linesWith('|')) {
      if (text.line(n).endsWith("|")) {
        cellLines++;
      }
    }
    return cellLines * 2 > text.size() && text.linesContaining(FORM_START).length > 0;
  }

  /**
   * The cells before the first form that hold text (the tail of a form on the previous page): their
   * first and last line and how many, or null when the text starts with a form.
   */
  record Orphans(int firstLine, int lastLine, int cells) {}

  Orphans orphans(SourceText text) {
    int first = -1;
    int last = -1;
    int count = 0;
    for (int n = 1; n <= text.size(); n++) {
      String line = text.line(n);
      String t = Cells.text(line.endsWith("|") ? line.substring(0, line.length() - 1) : line);
      if (t != null && t.startsWith(FORM_START)) {
        break;
      }
      if (t != null) {
        first = first < 0 ? n : first;
        last = n;
        count++;
      }
    }
    return count == 0 ? null : new Orphans(first, last, count);
  }

  /** One cell and the line it stands on. */
  private record Cell(int line, String text) {}

  @Override
  public List<Grid> read(SourceText text) {
    List<List<Cell>> forms = new ArrayList<>();
    List<Cell> current = null;
    for (int n = 1; n <= text.size(); n++) {
      String line = text.line(n);
      String t = line.endsWith("|") ? line.substring(0, line.length() - 1) : line;
      Cell c = new Cell(n, Cells.text(t));
      if (c.text() != null && c.text().startsWith(FORM_START)) {
        current = new ArrayList<>();
        forms.add(current);
      }
      if (current != null && !(line.isBlank() && !line.contains("|"))) {
        current.add(c);
      }
    }
    List<Grid> grids = new ArrayList<>();
    for (List<Cell> form : forms) {
      grids.add(grid(form));
    }
    return grids;
  }

  private static Grid grid(List<Cell> cells) {
    List<String> above = new ArrayList<>();
    List<Grid.Row> rows = new ArrayList<>();
    int i = 0;
    while (i < cells.size()) {
      Cell c = cells.get(i);
      int run = labelRun(cells, i);
      if (run >= 3) {
        List<String> header = texts(cells, i, i + run);
        i += run;
        if (FormLabels.of(header.get(0)) == null && !TabRow.label(header.get(0)).endsWith("（万元）")) {
          header = header.subList(1, header.size()); // a merged group label: no cell below it
        }
        rows.add(new Grid.Row(c.line(), header, false));
        if (header.stream().anyMatch(h -> FormLabels.of(h) == Meaning.L1)) {
          i = indicatorRows(cells, i, header.size(), rows);
        } else {
          i = budgetRows(cells, i, rows);
        }
        continue;
      }
      Meaning m = FormLabels.of(c.text());
      if (m != null && i + 1 < cells.size()) {
        rows.add(new Grid.Row(c.line(), texts(cells, i, i + 2), false));
        i += 2;
        continue;
      }
      if (c.text() != null && rows.isEmpty()) {
        above.add(c.text());
      }
      i++;
    }
    return new Grid(above, rows);
  }

  /** How many cells from {@code i} on are column labels (a group label like 绩效指标(90分) too). */
  private static int labelRun(List<Cell> cells, int i) {
    int k = i;
    while (k < cells.size() && isColumnLabel(cells.get(k).text(), k == i)) {
      k++;
    }
    return k - i;
  }

  private static boolean isColumnLabel(String text, boolean first) {
    if (text == null) {
      return false;
    }
    Meaning m = FormLabels.of(text);
    if (m != null && m != Meaning.BUDGET && m != Meaning.FISCAL && m != Meaning.OTHER_FUNDS) {
      return true;
    }
    String l = TabRow.label(text);
    return l.endsWith("（万元）") || first && l.endsWith("分）");
  }

  /** Rows of the header's width until the 合计 row, which is kept as it is printed. */
  private static int indicatorRows(List<Cell> cells, int i, int headerWidth, List<Grid.Row> rows) {
    int width = headerWidth;
    while (i < cells.size()) {
      Cell first = cells.get(i);
      if ("合计".equals(first.text())) {
        int end = Math.min(cells.size(), i + 4);
        rows.add(new Grid.Row(first.line(), texts(cells, i, end), false));
        return end;
      }
      if (i + width > cells.size()) {
        rows.add(new Grid.Row(first.line(), texts(cells, i, cells.size()), false));
        return cells.size();
      }
      rows.add(new Grid.Row(first.line(), texts(cells, i, i + width), false));
      i += width;
    }
    return i;
  }

  /** Budget rows: each starts at a row label (总额, 其中：财政资金, 单位资金 …) and runs to the next. */
  private static int budgetRows(List<Cell> cells, int i, List<Grid.Row> rows) {
    int start = -1;
    while (i < cells.size()) {
      String t = cells.get(i).text();
      boolean rowLabel = t != null && !isNumberLike(t) && !t.equals("/") && t.length() <= 12;
      if (rowLabel && start >= 0 && labelRun(cells, i) >= 3) {
        break;
      }
      if (rowLabel && labelRun(cells, i) >= 3) {
        break;
      }
      if (rowLabel && (start < 0 || i - start > 1)) {
        if (start >= 0) {
          rows.add(new Grid.Row(cells.get(start).line(), texts(cells, start, i), false));
        }
        start = i;
      }
      i++;
    }
    if (start >= 0) {
      rows.add(new Grid.Row(cells.get(start).line(), texts(cells, start, i), false));
    }
    return i;
  }

  private static boolean isNumberLike(String t) {
    return t.matches("[\\d,.]+%?");
  }

  private static List<String> texts(List<Cell> cells, int from, int to) {
    List<String> out = new ArrayList<>();
    for (Cell c : cells.subList(from, to)) {
      out.add(c.text());
    }
    return out;
  }
}
