package io.jixiao.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Grids from the Word export that prints one cell per tab-indented line, a blank line between
 * table rows and an empty tab line for a merged continuation cell (the seeds' layout A, and the
 * 申报表 of other regions). Cells stand at their grid positions; an unindented line (a title, a
 * 填报单位 line, a signature) ends a table and goes to the next one's {@code above}.
 */
final class CellPerLineGridReader implements GridReader {

  @Override
  public boolean accepts(SourceText text) {
    return text.linesWith('\t').length > 0;
  }

  @Override
  public List<Grid> read(SourceText text) {
    Grid.Collector grids = new Grid.Collector();
    List<String> cells = null;
    int rowLine = 0;
    for (int n = 1; n <= text.size(); n++) {
      String line = text.line(n);
      if (line.startsWith("\t")) {
        if (cells == null) {
          cells = new ArrayList<>();
          rowLine = n;
        }
        cells.add(Cells.text(line));
        continue;
      }
      if (cells != null) {
        grids.row(new Grid.Row(rowLine, cells, false));
        cells = null;
      }
      if (!line.isBlank()) {
        grids.text(line);
      }
    }
    if (cells != null) {
      grids.row(new Grid.Row(rowLine, cells, false));
    }
    return grids.grids();
  }
}
