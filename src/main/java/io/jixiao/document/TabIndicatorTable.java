package io.jixiao.document;

import io.jixiao.model.Indicator;
import io.jixiao.model.Level1;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The indicator table of one layout-B target table: the header row {@code 一级指标 二级指标 三级指标 绩效指标描述 指标值
 * 指标值确定依据} and one line per indicator. Columns are mapped by the position of their header labels,
 * so a table without 绩效指标描述 or 指标值确定依据 reads as printed. Rows are imported as printed, shifted rows
 * included.
 *
 * <p>A table split over pages repeats its header row. The row right after a repeated header may
 * hold the rest of cells cut by the page break; see {@link #continues(TabRow)}.
 */
final class TabIndicatorTable {

  /** The columns of an indicator table, with the label printed in the header. */
  enum Column {
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

    /** The column a header label names, or null. */
    static Column of(String label) {
      if (label.contains("一级")) {
        return L1;
      }
      if (label.contains("二级")) {
        return L2;
      }
      if (label.contains("三级")) {
        return L3;
      }
      if (label.contains("依据")) {
        return BASIS;
      }
      if (label.contains("描述")
          || label.contains("指标内容")
          || label.contains("指标解释")
          || label.contains("指标说明")) {
        return DESCRIPTION;
      }
      if (label.contains("指标值") || label.contains("目标值") || label.contains("标准值")) {
        return VALUE;
      }
      return null;
    }
  }

  /** One printed indicator row, its cells as raw fragments (more than one after a page break). */
  private static final class Row {
    final int line;
    final Map<Column, List<String>> cells = new EnumMap<>(Column.class);

    /** The text of a cell's first fragment (under the text rules), read with its row. */
    final Map<Column, String> firstText = new EnumMap<>(Column.class);

    Row(int line) {
      this.line = line;
    }

    List<String> parts(Column c) {
      return cells.computeIfAbsent(c, k -> new ArrayList<>());
    }

    /** The cell under the text rules of indicator cells; fragments join with nothing. */
    String cell(Column c) {
      List<String> parts = cells.get(c);
      if (parts == null) {
        return null;
      }
      if (parts.size() == 1 && firstText.containsKey(c)) {
        return Cells.dropCjkSpaces(firstText.get(c)); // Cells.indicator of the one fragment
      }
      return Cells.indicator(String.join("\n", parts));
    }
  }

  private final int seq;
  private final Problems problems;
  private final Map<Column, Integer> columns = new EnumMap<>(Column.class);
  private final List<Row> rows = new ArrayList<>();
  private final List<String> headerLabels = new ArrayList<>();

  /** The header's positions that name a column, indexed by position. */
  private boolean[] mapped = new boolean[0];
  private boolean valid;
  private boolean afterRepeatedHeader;

  TabIndicatorTable(int seq, Problems problems) {
    this.seq = seq;
    this.problems = problems;
  }

  /** True for a header row: a 一级指标 cell beside a 二级指标, 三级指标 or 指标值 cell. */
  static boolean isHeader(TabRow row) {
    if (!row.contains('一')) {
      return false; // a label comes from its raw cell: no 一 there, no 一级指标 in the label
    }
    boolean level1 = false;
    for (int i = 0; i < row.size() && !level1; i++) {
      level1 = row.raw(i).indexOf('一') >= 0 && row.label(i).contains("一级指标");
    }
    if (!level1) {
      return false;
    }
    for (int i = 0; i < row.size(); i++) {
      Column c = Column.of(row.label(i));
      if (c == Column.L2 || c == Column.L3 || c == Column.VALUE) {
        return true;
      }
    }
    return false;
  }

  /** Maps the columns of the first header row; false (with an error) when a column is missing. */
  boolean header(TabRow row) {
    columns.clear();
    headerLabels.clear();
    for (int i = 0; i < row.size(); i++) {
      headerLabels.add(row.text(i));
      String label = row.label(i);
      if (label.isEmpty()) {
        continue;
      }
      Column c = Column.of(label);
      if (c == null) {
        problems.warning(
            "IMP-HEADER-UNKNOWN-COLUMN",
            row.line(),
            seq,
            row.text(i),
            "指标表头中有不认识的列“" + row.text(i) + "”，该列内容不导入");
      } else if (columns.putIfAbsent(c, i) != null) {
        problems.warning(
            "IMP-HEADER-DUPLICATE-COLUMN",
            row.line(),
            seq,
            c.label,
            "指标表头中“" + c.label + "”出现两次，只读取第一列");
      }
    }
    mapped = new boolean[row.size()];
    for (int i : columns.values()) {
      mapped[i] = true;
    }
    valid = true;
    for (Column required : new Column[] {Column.L1, Column.L2, Column.L3, Column.VALUE}) {
      if (!columns.containsKey(required)) {
        problems.error(
            "IMP-HEADER-MISSING-COLUMN",
            row.line(),
            seq,
            required.label,
            "指标表头缺少“" + required.label + "”列，无法读取该表的指标");
        valid = false;
      }
    }
    return valid;
  }

  /**
   * A header row printed again where the table continues on the next page. Columns are mapped anew
   * (a converter may lay the next page out differently); the next row may continue the cells of the
   * row above.
   */
  void repeatedHeader(TabRow row) {
    if (header(row)) {
      afterRepeatedHeader = true;
    }
  }

  boolean valid() {
    return valid;
  }

  boolean hasRows() {
    return !rows.isEmpty();
  }

  /** Takes one indicator row. */
  void row(TabRow row) {
    if (!valid || row.empty()) {
      return;
    }
    boolean first = afterRepeatedHeader;
    afterRepeatedHeader = false;
    if (first && !rows.isEmpty() && continues(row)) {
      Row above = rows.get(rows.size() - 1);
      for (Map.Entry<Column, Integer> e : columns.entrySet()) {
        if (!row.blank(e.getValue())) {
          append(above, e.getKey(), row.raw(e.getValue()), row.line());
        }
      }
      unmapped(row);
      return;
    }
    Row r = new Row(row.line());
    for (Map.Entry<Column, Integer> e : columns.entrySet()) {
      String text = row.text(e.getValue());
      if (text != null) {
        r.parts(e.getKey()).add(row.raw(e.getValue()));
        r.firstText.put(e.getKey(), text);
      }
    }
    unmapped(row);
    rows.add(r);
  }

  /**
   * True when a row right after a repeated header holds the rest of the row above rather than an
   * indicator of its own. Every real indicator row names its indicator (三级指标) and sets a value
   * (指标值), and a continuation never starts a new level-1 group. A cut cell, though, continues only
   * in the columns whose text did not fit, and a value (short) almost never is one of them. So: the
   * 一级指标 cell is blank, and the 三级指标 or the 指标值 cell is blank too. A real row with a blank value
   * right after a page break would be joined to the row above; that is a defect of its own (no
   * target value) and shows in the joined text.
   */
  private boolean continues(TabRow row) {
    return row.blank(columns.get(Column.L1))
        && (row.blank(columns.get(Column.VALUE)) || row.blank(columns.get(Column.L3)));
  }

  private void append(Row above, Column c, String fragment, int line) {
    List<String> parts = above.parts(c);
    String before = TabRow.label(String.join("", parts));
    String tail = TabRow.label(fragment);
    // A word processor that breaks a row across pages may print the wrapped last line of a cell
    // on both pages: the exporter then has it once inside the cell above (生态效益指 标, 001 table
    // 36) and once as the continuation row (标). Text that merely repeats the end of the cell above
    // is that echo; joining it would double it (生态效益指标标). A genuine continuation that repeats
    // the last characters of its own cell exactly is far less likely than this artefact.
    if (!before.isEmpty() && before.endsWith(tail)) {
      problems.warning(
          "IMP-CONTINUATION-ECHO",
          line,
          seq,
          c.label,
          "跨页续行“" + Cells.text(fragment) + "”与上一行“" + c.label + "”的结尾重复，未再次拼接");
      return;
    }
    parts.add(fragment);
  }

  /** Text in a column the header does not name is not imported: say so. */
  private void unmapped(TabRow row) {
    for (int i = 0; i < row.size(); i++) {
      if (i < mapped.length && mapped[i] || row.blank(i)) {
        continue;
      }
      String label = i < headerLabels.size() ? headerLabels.get(i) : null;
      String why;
      if (label != null) {
        why = "表头“" + label + "”不是绩效指标的列";
      } else if (!columns.containsKey(Column.BASIS)) {
        why = "表头没有“指标值确定依据”列，无表头的列不作为依据导入";
      } else {
        why = "表头没有这一列";
      }
      problems.warning(
          "IMP-SKIPPED-CELL",
          row.line(),
          seq,
          "第 " + (i + 1) + " 列",
          "第 " + (i + 1) + " 列的内容“" + row.text(i) + "”未导入：" + why);
    }
  }

  /**
   * The indicators in printed order. A blank 一级指标 inherits the one above (a merged cell); a blank
   * 二级指标 inherits the one above within the same level-1 group. A printed 一级指标 that is no level-1
   * label means the columns are shuffled: an error.
   */
  List<Indicator> indicators() {
    List<Indicator> out = new ArrayList<>();
    String level1 = null;
    String level2 = null;
    for (Row r : rows) {
      String l1 = r.cell(Column.L1);
      String l2 = r.cell(Column.L2);
      boolean inherited = false;
      if (l1 == null) {
        l1 = level1;
        inherited = true;
        if (l1 == null) {
          problems.warning(
              "IMP-LEVEL1-MISSING", r.line, seq, Column.L1.label, "一级指标为空，且上方没有可继承的一级指标");
        }
      } else if (Level1.of(l1) == null) {
        problems.error(
            "IMP-LEVEL1-UNKNOWN",
            r.line,
            seq,
            Column.L1.label,
            "“一级指标”列的内容“" + l1 + "”不是一级指标（产出指标、效益指标、满意度指标、成本指标），表格的列可能错位");
      }
      if (l2 == null) {
        if (inherited && level2 != null) {
          l2 = level2;
        } else {
          problems.warning(
              "IMP-LEVEL2-MISSING", r.line, seq, Column.L2.label, "二级指标为空，且同一一级指标下没有可继承的二级指标");
        }
      }
      level1 = l1;
      level2 = l2;
      String name = r.cell(Column.L3);
      String description = r.cell(Column.DESCRIPTION);
      String value = r.cell(Column.VALUE);
      String basis = r.cell(Column.BASIS);
      if (name == null && description == null && value == null && basis == null) {
        // a row with labels only: they head the rows below and are inherited by them
        continue;
      }
      out.add(new Indicator(l1, l2, name, description, value, basis));
    }
    return out;
  }
}
