package io.jixiao.document;

import io.jixiao.document.CellPerLineReader.Cell;
import io.jixiao.document.CellPerLineReader.Group;
import io.jixiao.document.CellPerLineReader.Table;
import io.jixiao.model.Indicator;
import io.jixiao.model.Level1;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The indicator part of a layout-A table: the header row (一级指标, 二级指标, 三级指标, 绩效指标描述, 指标值 and maybe
 * 指标值确定依据 or unlabelled columns), then the rows.
 *
 * <p>Rows are rebuilt from groups of cells by width: groups are added to a row until it has as many
 * cells as the table is wide. The width is the header's, unless the rows are wider than the header
 * (a header printed with fewer cells than its rows); then columns empty in every row are dropped
 * and the header labels map onto the remaining columns in order.
 */
final class CellPerLineIndicators {

  /** The indicator columns the reader knows. */
  private enum Column {
    L1("一级指标"),
    L2("二级指标"),
    L3("三级指标"),
    DESCRIPTION("绩效指标描述"),
    VALUE("指标值"),
    BASIS("指标值确定依据");

    final String label;

    Column(String label) {
      this.label = label;
    }

    static Column of(String label) {
      switch (label) {
        case "一级指标":
          return L1;
        case "二级指标":
          return L2;
        case "三级指标":
          return L3;
        case "绩效指标描述":
        case "指标描述":
        case "指标解释":
          return DESCRIPTION;
        case "指标值":
        case "绩效指标值":
        case "目标值":
          return VALUE;
        case "指标值确定依据":
        case "指标值设定依据":
        case "确定依据":
          return BASIS;
        default:
          return null;
      }
    }
  }

  /** A rebuilt row: the line of its first cell and exactly width cells. */
  private record Row(int line, List<Cell> cells) {}

  /**
   * A row that could not be rebuilt cleanly, found while trying a width. The message is written
   * only for the width that is kept.
   */
  private record Flaw(int line, Supplier<String> message) {}

  /** The rows rebuilt for one width, with the flaws found. */
  private record Rows(int width, List<Row> rows, List<Flaw> flaws) {}

  private final Table table;
  private final Problems problems;

  private CellPerLineIndicators(Table table, Problems problems) {
    this.table = table;
    this.problems = problems;
  }

  /** Index of the first group that starts with a 一级指标 label, or -1. */
  static int headerIndex(List<Group> groups) {
    for (int i = 0; i < groups.size(); i++) {
      if (startsHeader(groups.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsHeader(Group g) {
    for (Cell c : g.cells) {
      if (!c.isBlank()) {
        return Column.of(c.label()) == Column.L1;
      }
    }
    return false;
  }

  /** True when the group has a header label and nothing else but blank cells. */
  private static boolean onlyLabels(Group g) {
    boolean label = false;
    for (Cell c : g.cells) {
      if (c.isBlank()) {
        continue;
      }
      if (Column.of(c.label()) == null) {
        return false;
      }
      label = true;
    }
    return label;
  }

  /**
   * Reads the indicators from {@code groups}, the first of which starts the header row. Returns
   * null when the table cannot be read (the error is in {@code problems}).
   */
  static List<Indicator> read(Table table, List<Group> groups, Problems problems) {
    return new CellPerLineIndicators(table, problems).read(groups);
  }

  private List<Indicator> read(List<Group> groups) {
    List<Cell> header = new ArrayList<>(groups.get(0).cells);
    int next = 1;
    while (next < groups.size() && onlyLabels(groups.get(next))) {
      header.addAll(groups.get(next).cells);
      next++;
    }
    Column[] columns = new Column[header.size()];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = Column.of(header.get(i).label());
    }
    int headerLine = header.get(0).line();
    for (Column required : new Column[] {Column.L3, Column.VALUE}) {
      if (!Arrays.asList(columns).contains(required)) {
        problems.error(
            "IMP-HEADER",
            headerLine,
            table.seq,
            required.label,
            String.format("指标表头缺少“%s”列（表头为：%s），无法确定各列含义", required.label, headerText(header)));
        return null;
      }
    }
    List<Group> data = new ArrayList<>();
    for (Group g : groups.subList(next, groups.size())) {
      if (!(startsHeader(g) && onlyLabels(g))) {
        data.add(g); // a header repeated after a page break is not a row
      }
    }
    Rows rows = bestWidth(data, header.size());
    for (Flaw f : rows.flaws()) {
      problems.warning("IMP-ROW", f.line(), table.seq, null, f.message().get());
    }
    int[] position = positions(columns, rows, headerLine);
    if (position == null) {
      return null;
    }
    unlabelledText(rows, position);
    List<Indicator> indicators = indicators(rows.rows(), position);
    if (indicators.isEmpty()) {
      problems.error(
          "IMP-TRUNCATED",
          headerLine,
          table.seq,
          null,
          String.format("表“%s”的指标表头下面没有指标行，表格不完整，可能是文件被截断", table.title));
      return null;
    }
    return indicators;
  }

  private static String headerText(List<Cell> header) {
    List<String> labels = new ArrayList<>();
    for (Cell c : header) {
      labels.add(c.isBlank() ? "（空）" : c.text());
    }
    return String.join("、", labels);
  }

  /**
   * Rebuilds the rows at the header's width and at every wider group size seen, and keeps the width
   * with the fewest flaws (the header's on a tie).
   */
  private static Rows bestWidth(List<Group> data, int headerWidth) {
    TreeSet<Integer> widths = new TreeSet<>();
    widths.add(headerWidth);
    for (Group g : data) {
      if (g.size() > headerWidth) {
        widths.add(g.size());
      }
    }
    Rows best = null;
    for (int width : widths) {
      Rows rows = rows(data, width);
      if (best == null || rows.flaws().size() < best.flaws().size()) {
        best = rows;
      }
    }
    return best;
  }

  /**
   * Adds groups to a row until it has {@code width} cells. A row that the next group would overfill
   * is incomplete; a group wider than a row overflows. Blank cells that belong to no row carry no
   * text and are dropped without a word.
   */
  private static Rows rows(List<Group> data, int width) {
    List<Row> rows = new ArrayList<>();
    List<Flaw> flaws = new ArrayList<>();
    List<Cell> pending = new ArrayList<>();
    for (Group g : data) {
      if (!pending.isEmpty() && pending.size() + g.size() > width) {
        incomplete(pending, width, rows, flaws);
        pending = new ArrayList<>();
      }
      pending.addAll(g.cells);
      if (pending.size() == width) {
        rows.add(new Row(pending.get(0).line(), pending));
        pending = new ArrayList<>();
      } else if (pending.size() > width) {
        List<Cell> extra = pending.subList(width, pending.size());
        if (!allBlank(extra)) {
          int size = pending.size();
          flaws.add(
              new Flaw(
                  pending.get(0).line(),
                  () ->
                      String.format(
                          "这一行有 %d 个单元格，多于表的 %d 列；多出的内容未导入：%s", size, width, texts(extra))));
        }
        rows.add(new Row(pending.get(0).line(), new ArrayList<>(pending.subList(0, width))));
        pending = new ArrayList<>();
      }
    }
    if (!pending.isEmpty()) {
      incomplete(pending, width, rows, flaws);
    }
    return new Rows(width, rows, flaws);
  }

  private static void incomplete(List<Cell> cells, int width, List<Row> rows, List<Flaw> flaws) {
    if (allBlank(cells)) {
      return;
    }
    flaws.add(
        new Flaw(
            cells.get(0).line(),
            () ->
                String.format(
                    "这一行只有 %d 个单元格（表有 %d 列），缺少的单元格按空白导入，请核对：%s",
                    cells.size(), width, texts(cells))));
    List<Cell> padded = new ArrayList<>(cells);
    while (padded.size() < width) {
      padded.add(new Cell(cells.get(cells.size() - 1).line(), ""));
    }
    rows.add(new Row(cells.get(0).line(), padded));
  }

  private static boolean allBlank(List<Cell> cells) {
    for (Cell c : cells) {
      if (!c.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String texts(List<Cell> cells) {
    List<String> out = new ArrayList<>();
    for (Cell c : cells) {
      out.add("“" + Objects.requireNonNullElse(c.text(), "") + "”");
    }
    return String.join("、", out);
  }

  /**
   * The data column of each {@link Column} (-1 when the table has none). At the header's width the
   * header's own positions; on wider rows the header's labels in order onto the columns that hold
   * text in some row.
   */
  private int[] positions(Column[] header, Rows rows, int headerLine) {
    int[] position = new int[Column.values().length];
    Arrays.fill(position, -1);
    if (rows.width() == header.length) {
      for (int i = header.length - 1; i >= 0; i--) {
        if (header[i] != null) {
          position[header[i].ordinal()] = i;
        }
      }
      return position;
    }
    List<Integer> used = new ArrayList<>();
    for (int col = 0; col < rows.width(); col++) {
      final int c = col;
      if (rows.rows().stream().anyMatch(r -> !r.cells().get(c).isBlank())) {
        used.add(col);
      }
    }
    List<Column> labelled = new ArrayList<>();
    for (Column c : header) {
      if (c != null) {
        labelled.add(c);
      }
    }
    if (used.size() < labelled.size()) {
      problems.error(
          "IMP-HEADER",
          headerLine,
          table.seq,
          null,
          String.format(
              "指标行有 %d 列、表头有 %d 列，有内容的列（%d 列）少于表头的列名，无法对应",
              rows.width(), header.length, used.size()));
      return null;
    }
    for (int i = 0; i < labelled.size(); i++) {
      if (position[labelled.get(i).ordinal()] < 0) {
        position[labelled.get(i).ordinal()] = used.get(i);
      }
    }
    return position;
  }

  /** One warning per column without a header label that holds text: that text is not imported. */
  private void unlabelledText(Rows rows, int[] position) {
    for (int col = 0; col < rows.width(); col++) {
      if (isMapped(position, col)) {
        continue;
      }
      List<Cell> filled = new ArrayList<>();
      for (Row r : rows.rows()) {
        Cell x = r.cells().get(col);
        if (!x.isBlank()) {
          filled.add(x);
        }
      }
      if (!filled.isEmpty()) {
        problems.warning(
            "IMP-UNLABELLED-COLUMN",
            filled.get(0).line(),
            table.seq,
            null,
            String.format(
                "指标表第 %d 列没有列名，其中 %d 个单元格的文字未导入（如“%s”）",
                col + 1, filled.size(), filled.get(0).text()));
      }
    }
  }

  private static boolean isMapped(int[] position, int col) {
    for (int p : position) {
      if (p == col) {
        return true;
      }
    }
    return false;
  }

  /** The rows as indicators; blank 一级/二级指标 cells inherit the row above (merged cells). */
  private List<Indicator> indicators(List<Row> rows, int[] position) {
    List<Indicator> out = new ArrayList<>();
    String previousL1 = null;
    String previousL2 = null;
    for (Row row : rows) {
      String[] cell = new String[Column.values().length];
      boolean blank = true;
      for (Column c : Column.values()) {
        int p = position[c.ordinal()];
        cell[c.ordinal()] = p < 0 ? null : row.cells().get(p).indicator();
        blank &= cell[c.ordinal()] == null;
      }
      if (blank) {
        continue;
      }
      String l1 = cell[Column.L1.ordinal()];
      if (l1 == null) {
        l1 = previousL1;
        if (l1 == null) {
          problems.warning("IMP-LEVEL1", row.line(), table.seq, "一级指标", "第一行指标的一级指标为空，也无法从上一行继承");
        }
      } else if (Level1.of(l1) == null) {
        problems.error(
            "IMP-LEVEL1",
            row.cells().get(position[Column.L1.ordinal()]).line(),
            table.seq,
            "一级指标",
            String.format("一级指标“%s”不是产出指标、效益指标、满意度指标或成本指标；可能是各列错位，请核对这一行", l1));
      }
      String l2 = cell[Column.L2.ordinal()];
      if (l2 == null && Objects.equals(l1, previousL1)) {
        l2 = previousL2;
      }
      out.add(
          new Indicator(
              l1,
              l2,
              cell[Column.L3.ordinal()],
              cell[Column.DESCRIPTION.ordinal()],
              cell[Column.VALUE.ordinal()],
              cell[Column.BASIS.ordinal()]));
      previousL1 = l1;
      previousL2 = l2;
    }
    return out;
  }
}
