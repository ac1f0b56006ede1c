package io.jixiao.publish;

import io.jixiao.model.Budget;
import io.jixiao.model.BudgetUnit;
import io.jixiao.model.Indicator;
import io.jixiao.model.Money;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import io.jixiao.model.SpendingPlan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One 绩效目标表 as departments print it, built once from the model: the header block (项目编码/项目名称,
 * 预算规模及资金用途, 资金支出计划（%）, 绩效目标), the indicator header and the indicator rows with the 一级指标 and
 * 二级指标 cells merged down over equal rows. The Word export, the PDF (through its XHTML) and the web
 * page draw this one table; none of them decides a text, a span or a row of its own.
 *
 * <pre>
 * 项目编码 | code (4)          | 项目名称 (2) | name (6)        ← 项目名称 over all 12 without a code
 * 预算规模及 | 预算数 (2) | total (2) | 其中：财政资金 (2) | fiscal (2) | 其他资金 (2) | other (2)
 * 资金用途   | fund use (12)                                      ← 资金用途 alone without a budget
 * 资金支出计划 | 3月底 (3) | 6月底 (3) | 10月底 (3) | 12月底 (3)
 * （%）      | checkpoints (3 each)
 * 绩效目标 | 1. … 2. … (12)
 * </pre>
 *
 * The header block is a grid of a label column and {@value #HEAD_COLUMNS} narrow columns; rows the
 * project has no data for are left out. The indicator rows are a grid of their own, five columns, or
 * six when an indicator has a 指标值确定依据.
 *
 * <p>The merges follow the rule by which a reader of the printed rows fills blank cells (a blank
 * 一级指标 inherits the one above, and so does a blank 二级指标 under an inherited 一级指标), so every renderer's
 * output reads back exactly as the indicators written: a label is printed only where the row above
 * would not give it, and a blank cell is merged into the cell above only when that one holds the
 * same label.
 */
public final class PrintedTable {

  /** The narrow columns of the header block beside its label column (4 plan checkpoints × 3). */
  public static final int HEAD_COLUMNS = 12;

  private static final List<String> INDICATOR_LABELS =
      List.of("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据");

  /** How a cell is drawn. */
  public enum Style {
    /** A printed label of the form: centred, bold. */
    LABEL,
    /** A number or short value: centred. */
    NUMBER,
    /** Running text. */
    TEXT,
    /** Running text in numbered items, one per line (the 绩效目标). */
    ITEMS
  }

  /**
   * One cell starting at column {@code col} of its grid and spanning {@code colSpan} columns and
   * {@code rowSpan} rows; {@code lines} is empty for a blank cell.
   */
  public record Cell(int col, int colSpan, int rowSpan, List<String> lines, Style style) {
    public Cell {
      lines = List.copyOf(lines);
    }

    static Cell of(int col, int colSpan, String text, Style style) {
      return new Cell(col, colSpan, 1, text == null ? List.of() : List.of(text), style);
    }

    Cell down(int rows) {
      return new Cell(col, colSpan, rows, lines, style);
    }

    /** The printed text, its lines joined by a line break; empty for a blank cell. */
    public String text() {
      return String.join("\n", lines);
    }

    public boolean blank() {
      return lines.isEmpty();
    }
  }

  /** The cells that start in one row, left to right. */
  public record Row(List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /**
   * One indicator row: its number (from 1), the indicator, and the cells that start in it: the
   * 一级指标 and 二级指标 cells only in the row where their merged cell starts.
   */
  public record IndicatorRow(int number, Indicator indicator, List<Cell> cells) {
    public IndicatorRow {
      cells = List.copyOf(cells);
    }

    /** The rows the 一级指标 cell starting here spans; 0 when the row lies under a merged cell. */
    public int level1Span() {
      Cell c = at(0);
      return c == null ? 0 : c.rowSpan();
    }

    public int level2Span() {
      Cell c = at(1);
      return c == null ? 0 : c.rowSpan();
    }

    /** The printed 一级指标: empty when blank or under a merged cell. */
    public String level1() {
      Cell c = at(0);
      return c == null ? "" : c.text();
    }

    public String level2() {
      Cell c = at(1);
      return c == null ? "" : c.text();
    }

    private Cell at(int col) {
      for (Cell c : cells) {
        if (c.col() == col) {
          return c;
        }
      }
      return null;
    }
  }

  private final Project project;
  private final List<Row> head = new ArrayList<>();
  private final List<IndicatorRow> indicators = new ArrayList<>();
  private final boolean basis;

  private PrintedTable(Project project) {
    this.project = project;
    this.basis = project.indicators().stream().anyMatch(i -> i.basis() != null);
  }

  /** The printed table of {@code project}. */
  public static PrintedTable of(Project project) {
    PrintedTable t = new PrintedTable(project);
    t.headerBlock();
    t.indicatorRows();
    return t;
  }

  public Project project() {
    return project;
  }

  /** {@code 3. 某某项目绩效目标表}: the sequence number and the title above the table. */
  public String title() {
    return title(project);
  }

  /** The title above the table of {@code p} (and its line in the contents). */
  public static String title(Project p) {
    return p.seq() + ". " + p.title();
  }

  /** {@code 543001 承德市自然资源和规划局本级} above the table, or null when no unit is printed. */
  public String unitLine() {
    BudgetUnit u = project.unit();
    if (u == null || (u.code() == null && u.name() == null)) {
      return null;
    }
    String code = u.code() == null ? "" : u.code().value();
    String name = u.name() == null ? "" : u.name();
    return (code + " " + name).strip();
  }

  /** The rows of the header block, on a grid of the label column and {@value #HEAD_COLUMNS}. */
  public List<Row> head() {
    return Collections.unmodifiableList(head);
  }

  /** True when the indicator rows have the sixth column, 指标值确定依据. */
  public boolean basis() {
    return basis;
  }

  /** The number of columns of the indicator rows: 5, or 6 with 指标值确定依据. */
  public int indicatorColumns() {
    return basis ? 6 : 5;
  }

  /** The labels of the indicator header row. */
  public List<String> indicatorLabels() {
    return INDICATOR_LABELS.subList(0, indicatorColumns());
  }

  public List<IndicatorRow> indicators() {
    return Collections.unmodifiableList(indicators);
  }

  /** The four checkpoints of the 资金支出计划 as printed ({@code 30%}), empty when not printed. */
  public List<String> plan() {
    List<String> plan = new ArrayList<>();
    SpendingPlan p = project.spendingPlan();
    if (p != null) {
      for (Percent c : p.checkpoints()) {
        plan.add(c == null ? "" : c.toString());
      }
    }
    return plan;
  }

  // ---- the header block

  private void headerBlock() {
    Project p = project;
    if (p.code() != null) {
      row(
          label(0, 1, "项目编码"),
          Cell.of(1, 4, p.code().value(), Style.NUMBER),
          label(5, 2, "项目名称"),
          Cell.of(7, 6, p.name(), Style.TEXT));
    } else if (p.name() != null) {
      row(label(0, 1, "项目名称"), Cell.of(1, HEAD_COLUMNS, p.name(), Style.TEXT));
    }
    Budget b = p.budget();
    if (b != null) {
      row(
          label(0, 1, "预算规模及资金用途").down(p.fundUse() != null ? 2 : 1),
          label(1, 2, "预算数"),
          Cell.of(3, 2, money(b.total()), Style.NUMBER),
          label(5, 2, "其中：财政资金"),
          Cell.of(7, 2, money(b.fiscal()), Style.NUMBER),
          label(9, 2, "其他资金"),
          Cell.of(11, 2, money(b.other()), Style.NUMBER));
      if (p.fundUse() != null) {
        row(Cell.of(1, HEAD_COLUMNS, p.fundUse(), Style.TEXT));
      }
    } else if (p.fundUse() != null) {
      row(label(0, 1, "资金用途"), Cell.of(1, HEAD_COLUMNS, p.fundUse(), Style.TEXT));
    }
    SpendingPlan plan = p.spendingPlan();
    if (plan != null) {
      List<Cell> months = new ArrayList<>();
      List<Cell> values = new ArrayList<>();
      months.add(label(0, 1, "资金支出计划（%）").down(2));
      int col = 1;
      List<Percent> checkpoints = plan.checkpoints();
      for (int k = 0; k < SpendingPlan.MONTHS.length; k++) {
        months.add(label(col, 3, SpendingPlan.MONTHS[k] + "月底"));
        Percent c = checkpoints.get(k);
        values.add(Cell.of(col, 3, c == null ? null : c.toString(), Style.NUMBER));
        col += 3;
      }
      head.add(new Row(months));
      head.add(new Row(values));
    }
    if (!p.goals().isEmpty()) {
      List<String> numbered = new ArrayList<>();
      for (int i = 0; i < p.goals().size(); i++) {
        numbered.add((i + 1) + ". " + p.goals().get(i));
      }
      row(label(0, 1, "绩效目标"), new Cell(1, HEAD_COLUMNS, 1, numbered, Style.ITEMS));
    }
  }

  private void row(Cell... cells) {
    head.add(new Row(List.of(cells)));
  }

  private static Cell label(int col, int colSpan, String text) {
    return Cell.of(col, colSpan, text, Style.LABEL);
  }

  private static String money(Money m) {
    return m == null ? null : m.wan().toPlainString();
  }

  // ---- the indicator rows

  private void indicatorRows() {
    List<Indicator> list = project.indicators();
    // what a reader of the printed rows holds after each row: the inherited 一级/二级指标
    String level1 = null;
    String level2 = null;
    String[][] printed = new String[list.size()][];
    for (int r = 0; r < list.size(); r++) {
      Indicator i = list.get(r);
      String l1 = i.level1();
      String l2 = i.level2();
      boolean blank1;
      boolean blank2;
      if (l1 != null && l1.equals(level1)) {
        if (l2 != null) {
          blank1 = true;
          blank2 = l2.equals(level2);
        } else {
          // a blank 二级指标 under a blank 一级指标 would inherit the one above
          blank1 = level2 == null;
          blank2 = true;
        }
      } else {
        blank1 = l1 == null;
        blank2 = l2 == null;
      }
      String p1 = blank1 ? null : l1;
      String p2 = blank2 ? null : l2;
      printed[r] = new String[] {p1, p2};
      if (p1 == null) {
        level2 = p2 != null ? p2 : level2;
      } else {
        level1 = p1;
        level2 = p2;
      }
    }
    boolean[][] continues = continues(list, printed);
    for (int r = 0; r < list.size(); r++) {
      Indicator i = list.get(r);
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < 2; c++) {
        if (!continues[r][c]) {
          int span = 1;
          while (r + span < list.size() && continues[r + span][c]) {
            span++;
          }
          cells.add(Cell.of(c, 1, printed[r][c], Style.NUMBER).down(span));
        }
      }
      cells.add(Cell.of(2, 1, i.name(), Style.TEXT));
      cells.add(Cell.of(3, 1, i.description(), Style.TEXT));
      cells.add(Cell.of(4, 1, i.value(), Style.NUMBER));
      if (basis) {
        cells.add(Cell.of(5, 1, i.basis(), Style.TEXT));
      }
      indicators.add(new IndicatorRow(r + 1, i, cells));
    }
  }

  /**
   * Which 一级 and 二级指标 cells continue the merged cell above: a blank printed cell does when the
   * one above holds the same label (a 二级指标 only inside a merged 一级指标).
   */
  private static boolean[][] continues(List<Indicator> list, String[][] printed) {
    boolean[][] m = new boolean[list.size()][2];
    for (int c = 0; c < 2; c++) {
      for (int r = 1; r < list.size(); r++) {
        boolean blank = printed[r][c] == null;
        String label = c == 0 ? list.get(r).level1() : list.get(r).level2();
        String above = c == 0 ? list.get(r - 1).level1() : list.get(r - 1).level2();
        boolean inside = c == 0 || printed[r][0] == null;
        m[r][c] = blank && label != null && label.equals(above) && inside;
      }
    }
    return m;
  }
}
