package io.jixiao.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Grids from text rows: a run of lines that are table rows, either pipe rows ({@code | a | b |},
 * markdown or copied from a web table, where merged and blank cells were dropped and the rest
 * shifted left) or tab rows (one row per line, cells at fixed positions, merged cells blank below
 * their first row). Other lines end a table and go to the next table's {@code above}.
 */
final class TextGridReader implements GridReader {

  /** Which rows this reader takes. */
  enum Kind {
    PIPE,
    TAB
  }

  private final Kind kind;

  TextGridReader(Kind kind) {
    this.kind = kind;
  }

  @Override
  public boolean accepts(SourceText text) {
    for (int n : text.linesWith(kind == Kind.PIPE ? '|' : '\t')) {
      if (isRow(text.line(n))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<Grid> read(SourceText text) {
    Grid.Collector grids = new Grid.Collector();
    for (int n = 1; n <= text.size(); n++) {
      String line = text.line(n);
      if (!isRow(line)) {
        grids.text(line);
      } else if (!isRule(line)) {
        grids.row(row(n, line));
      }
    }
    return grids.grids();
  }

  private boolean isRow(String line) {
    if (kind == Kind.TAB) {
      return line.indexOf('\t') >= 0 && !line.isBlank();
    }
    String s = line.strip();
    return s.length() > 1 && s.charAt(0) == '|' && s.charAt(s.length() - 1) == '|';
  }

  /** A markdown rule row, {@code |---|:--:|}. */
  private boolean isRule(String line) {
    return kind == Kind.PIPE && line.strip().matches("\\|(\\s*:?-{3,}:?\\s*\\|)+");
  }

  private Grid.Row row(int n, String line) {
    List<String> cells = new ArrayList<>();
    if (kind == Kind.TAB) {
      for (String c : line.split("\t", -1)) {
        cells.add(Cells.text(c));
      }
      return new Grid.Row(n, cells, false);
    }
    String s = line.strip();
    for (String c : s.substring(1, s.length() - 1).split("\\|", -1)) {
      cells.add(Cells.text(c));
    }
    return new Grid.Row(n, cells, true);
  }
}
