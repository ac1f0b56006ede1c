package io.jixiao.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage one of reading a form (docs/adr/0015): one table of a source as rows of cells, whatever
 * the source was (pipe rows, tab rows, an HTML {@code <table>}). Cells are under the text rules
 * ({@link Cells#text}) and null when blank or covered by a merged cell above or to the left. Each
 * row keeps where it came from; {@code above} holds the lines printed above the table since the
 * previous one (title, year, amount unit).
 */
record Grid(List<String> above, List<Row> rows) {

  Grid {
    above = List.copyOf(above);
    rows = List.copyOf(rows);
  }

  /**
   * Collects the grids of a text read line by line: rows go to the open table, a line of text
   * between tables closes it and goes to the next table's {@code above}.
   */
  static final class Collector {
    private final List<Grid> grids = new ArrayList<>();
    private List<String> above = new ArrayList<>();
    private List<Row> rows = new ArrayList<>();

    void row(Row row) {
      rows.add(row);
    }

    /** A line that is no row: it ends the open table; its text (if any) stands above the next. */
    void text(String line) {
      close();
      String t = Cells.text(line);
      if (t != null) {
        above.add(t);
      }
    }

    List<Grid> grids() {
      close();
      return grids;
    }

    private void close() {
      if (!rows.isEmpty()) {
        grids.add(new Grid(above, rows));
        above = new ArrayList<>();
        rows = new ArrayList<>();
      }
    }
  }

  /**
   * One row.
   *
   * @param line the 1-based source line the row starts on (its origin)
   * @param cells the cells, null where blank
   * @param shifted true when the source dropped blank and merged cells and shifted the rest left
   *     (pipe rows copied from a web table): positions cannot be trusted, labels must anchor
   */
  record Row(int line, List<String> cells, boolean shifted) {

    Row {
      cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
    }

    /** The cell at {@code i}, null when blank or beyond the row. */
    String cell(int i) {
      return i >= 0 && i < cells.size() ? cells.get(i) : null;
    }

    /** The cells that hold text, in order. */
    List<String> filled() {
      List<String> out = new ArrayList<>();
      for (String c : cells) {
        if (c != null) {
          out.add(c);
        }
      }
      return out;
    }

    boolean empty() {
      return cells.stream().allMatch(c -> c == null);
    }
  }
}
