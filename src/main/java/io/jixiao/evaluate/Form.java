package io.jixiao.evaluate;

import io.jixiao.model.Budget;
import io.jixiao.model.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The 项目支出绩效自评表 of one project in the layout provinces use, as a grid of nine columns with merged
 * cells; the HTML, XLSX and DOCX writers each draw this one grid.
 *
 * <pre>
 * 项目名称 | name
 * 主管部门 | department         | 实施单位 | unit
 * 项目资金 |        | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
 * （万元） | 年度资金总额 | …
 *          | 其中：财政资金 | …  (when the table prints 财政资金 or 其他资金)
 *          | 其他资金 | …
 * 年度总体目标 | 预期目标 | 实际完成情况
 *          | goals    | summary
 * 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施
 *          | rows (一级 and 二级 merged down over equal rows)
 * 总分 | 100 | score | (the rescaling, when a part was left out)
 * 自评等级 | grade
 * </pre>
 */
public final class Form {

  static final int COLUMNS = 9;

  public static final String TITLE = "项目支出绩效自评表";

  static final String DASH = "—";

  /** How a cell is drawn. */
  public enum Style {
    /** A printed label of the form: centred, bold, shaded. */
    LABEL,
    /** Running text: left, wrapped. */
    TEXT,
    /** A number or short value: centred. */
    NUMBER
  }

  /** One cell at (row, col) spanning rows and columns. */
  public record Cell(int row, int col, int rowSpan, int colSpan, String text, Style style) {
    public Cell {
      text = text == null ? "" : text;
    }

    boolean covers(int r, int c) {
      return r >= row && r < row + rowSpan && c >= col && c < col + colSpan;
    }
  }

  private final ProjectEvaluation evaluation;
  private final EvaluationPeriod period;
  private final List<Cell> cells = new ArrayList<>();
  private int rows;

  private Form(ProjectEvaluation evaluation, EvaluationPeriod period) {
    this.evaluation = evaluation;
    this.period = period;
  }

  /** The form of one project's year-end self-evaluation. */
  public static Form of(ProjectEvaluation e) {
    return of(e, EvaluationPeriod.YEAR_END);
  }

  /**
   * The form of one project's self-evaluation of actuals that run to {@code period}: in mid-year
   * the spending column is 执行数（截至…） instead of 全年执行数.
   */
  public static Form of(ProjectEvaluation e, EvaluationPeriod period) {
    Form f = new Form(e, period);
    f.header();
    f.budget();
    f.goals();
    f.indicators();
    f.total();
    return f;
  }

  List<Cell> cells() {
    return cells;
  }

  public int rows() {
    return rows;
  }

  /**
   * The cells to draw in row {@code r}, left to right: those that start in it, and an empty text
   * cell where no cell starts or spans over (a table row of HTML).
   */
  public List<Cell> row(int r) {
    List<Cell> row = new ArrayList<>(COLUMNS);
    for (int c = 0; c < COLUMNS; c++) {
      Cell cell = at(r, c);
      if (cell != null) {
        row.add(cell);
      } else if (covering(r, c) == null) {
        row.add(new Cell(r, c, 1, 1, "", Style.TEXT));
      }
    }
    return row;
  }

  /** {@code （2023 年度）}, or empty when the year is unknown. */
  public String subtitle() {
    return evaluation.year() == null ? "" : "（" + evaluation.year() + " 年度）";
  }

  /** The cell starting at (r, c), or null. */
  Cell at(int r, int c) {
    for (Cell cell : cells) {
      if (cell.row() == r && cell.col() == c) {
        return cell;
      }
    }
    return null;
  }

  /** The cell covering (r, c), or null when none does. */
  Cell covering(int r, int c) {
    for (Cell cell : cells) {
      if (cell.covers(r, c)) {
        return cell;
      }
    }
    return null;
  }

  // ---- the rows

  private void header() {
    int r = rows;
    label(r, 0, 1, 1, "项目名称");
    add(r, 1, 1, 8, evaluation.name(), Style.TEXT);
    label(r + 1, 0, 1, 1, "主管部门");
    add(r + 1, 1, 1, 4, evaluation.department(), Style.TEXT);
    label(r + 1, 5, 1, 1, "实施单位");
    add(r + 1, 6, 1, 3, evaluation.unit(), Style.TEXT);
    rows += 2;
  }

  private void budget() {
    BudgetExecution b = evaluation.budget();
    Budget printed = b.printed();
    boolean split = printed != null && (printed.fiscal() != null || printed.other() != null);
    int r = rows;
    int height = split ? 4 : 2;
    label(r, 0, height, 1, "项目资金（万元）");
    label(r, 1, 1, 2, "");
    String[] heads = {"年初预算数", "全年预算数", period.spentHeading(), "分值", "执行率", "得分"};
    for (int i = 0; i < heads.length; i++) {
      label(r, 3 + i, 1, 1, heads[i]);
    }
    add(r + 1, 1, 1, 2, "年度资金总额", Style.TEXT);
    number(r + 1, 3, money(b.initial()));
    number(r + 1, 4, money(b.available()));
    number(r + 1, 5, money(b.spent()));
    if (b.scored()) {
      number(r + 1, 6, plain(b.shownWeight()));
      number(r + 1, 7, b.rate() == null ? DASH : plain(b.shownRate()) + "%");
      number(r + 1, 8, plain(b.shownPoints()));
    } else {
      number(r + 1, 6, DASH);
      number(r + 1, 7, DASH);
      number(r + 1, 8, DASH);
    }
    if (split) {
      add(r + 2, 1, 1, 2, "其中：财政资金", Style.TEXT);
      number(r + 2, 3, money(printed.fiscal()));
      add(r + 3, 1, 1, 2, "其他资金", Style.TEXT);
      number(r + 3, 3, money(printed.other()));
      for (int k = 2; k <= 3; k++) {
        for (int c = 4; c < COLUMNS; c++) {
          number(r + k, c, DASH);
        }
      }
    }
    rows += height;
  }

  private void goals() {
    int r = rows;
    label(r, 0, 2, 1, "年度总体目标");
    label(r, 1, 1, 4, "预期目标");
    label(r, 5, 1, 4, "实际完成情况");
    add(r + 1, 1, 1, 4, numbered(evaluation.goals()), Style.TEXT);
    add(r + 1, 5, 1, 4, summary(evaluation, period), Style.TEXT);
    rows += 2;
  }

  private void indicators() {
    List<IndicatorScore> list = evaluation.indicators();
    int r = rows;
    label(r, 0, list.size() + 1, 1, "绩效指标");
    String[] heads = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"};
    for (int i = 0; i < heads.length; i++) {
      label(r, 1 + i, 1, 1, heads[i]);
    }
    int first = r + 1;
    for (int k = 0; k < list.size(); k++) {
      IndicatorScore i = list.get(k);
      int row = first + k;
      add(row, 3, 1, 1, i.indicator().name(), Style.TEXT);
      add(row, 4, 1, 1, i.indicator().value(), Style.NUMBER);
      add(row, 5, 1, 1, i.actual(), Style.NUMBER);
      number(row, 6, i.weight() == null ? DASH : plain(i.shownWeight()));
      number(row, 7, i.points() == null ? DASH : plain(i.shownPoints()));
      add(row, 8, 1, 1, i.note(), Style.TEXT);
    }
    // 一级 merged over equal rows; 二级 over equal rows under the same 一级
    int k = 0;
    while (k < list.size()) {
      String l1 = list.get(k).indicator().level1();
      int end = k + 1;
      while (end < list.size() && Objects.equals(list.get(end).indicator().level1(), l1)) {
        end++;
      }
      add(first + k, 1, end - k, 1, l1, Style.TEXT);
      int j = k;
      while (j < end) {
        String l2 = list.get(j).indicator().level2();
        int stop = j + 1;
        while (stop < end && Objects.equals(list.get(stop).indicator().level2(), l2)) {
          stop++;
        }
        add(first + j, 2, stop - j, 1, l2, Style.TEXT);
        j = stop;
      }
      k = end;
    }
    rows += list.size() + 1;
  }

  private void total() {
    int r = rows;
    label(r, 0, 1, 6, "总分");
    number(r, 6, plain(evaluation.outOf().compareTo(BigDecimal.ZERO) == 0 ? null : Exact.HUNDRED));
    number(r, 7, evaluation.score() == null ? DASH : plain(evaluation.score()));
    add(r, 8, 1, 1, rescaling(evaluation), Style.TEXT);
    label(r + 1, 0, 1, 6, "自评等级");
    add(
        r + 1,
        6,
        1,
        3,
        evaluation.grade() == null ? DASH : evaluation.grade().label(),
        Style.NUMBER);
    rows += 2;
  }

  // ---- texts shared by the writers

  /** {@code 实际完成情况}: spending and how many indicators reached their target. */
  static String summary(ProjectEvaluation e, EvaluationPeriod period) {
    StringBuilder b = new StringBuilder();
    BudgetExecution budget = e.budget();
    if (budget.spent() != null) {
      b.append(period.spentPhrase())
          .append(' ')
          .append(budget.spent().wan().toPlainString())
          .append(" 万元");
      if (budget.rate() != null) {
        b.append("，预算执行率 ").append(plain(budget.shownRate())).append('%');
      }
      b.append("；");
    }
    int reported = 0;
    for (IndicatorScore i : e.indicators()) {
      if (i.actual() != null) {
        reported++;
      }
    }
    b.append(e.indicators().size())
        .append(" 项绩效指标中 ")
        .append(e.indicatorsMet())
        .append(" 项达到年度指标值");
    if (reported < e.indicators().size()) {
      b.append("，").append(e.indicators().size() - reported).append(" 项未填报实际完成值");
    }
    return b.append("。").toString();
  }

  /** Why the total is out of fewer than 100 points, or null. */
  static String rescaling(ProjectEvaluation e) {
    if (!e.rescaled() || e.score() == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    if (!e.budget().scored()) {
      out.add("预算执行率");
    }
    boolean satisfaction = false;
    for (IndicatorScore i : e.indicators()) {
      satisfaction |= i.part() == Part.SATISFACTION;
    }
    if (!satisfaction) {
      out.add("满意度指标");
    }
    String parts = out.isEmpty() ? "部分指标" : String.join("、", out);
    return parts
        + "无可评分内容，不计分；实得 "
        + plain(e.shownPointsEarned())
        + " 分（满分 "
        + e.outOf().stripTrailingZeros().toPlainString()
        + " 分）折算为百分制";
  }

  static String numbered(List<String> goals) {
    if (goals.size() == 1) {
      return goals.get(0);
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < goals.size(); i++) {
      if (i > 0) {
        b.append('\n');
      }
      b.append(i + 1).append(". ").append(goals.get(i));
    }
    return b.toString();
  }

  static String money(Money m) {
    return m == null ? "" : m.wan().toPlainString();
  }

  static String plain(BigDecimal n) {
    return n == null ? "" : n.toPlainString();
  }

  private void label(int r, int c, int rowSpan, int colSpan, String text) {
    add(r, c, rowSpan, colSpan, text, Style.LABEL);
  }

  private void number(int r, int c, String text) {
    add(r, c, 1, 1, text, Style.NUMBER);
  }

  private void add(int r, int c, int rowSpan, int colSpan, String text, Style style) {
    cells.add(new Cell(r, c, rowSpan, colSpan, text, style));
  }
}
