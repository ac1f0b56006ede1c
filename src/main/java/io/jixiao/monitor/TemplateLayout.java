package io.jixiao.monitor;

import io.jixiao.model.Percent;
import io.jixiao.model.SpendingPlan;
import io.jixiao.model.TargetValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout of the XLSX actuals template, shared by {@link ActualsTemplate} (writing) and {@link
 * ActualsXlsx} (reading): sheet 执行数据 with the six columns of an actuals file first, then read-only
 * context columns; sheet 说明 with the instructions.
 */
final class TemplateLayout {

  static final String DATA_SHEET = "执行数据";
  static final String HELP_SHEET = "说明";

  /** Header labels of the six input columns: the column's name, then its meaning in brackets. */
  static String header(ActualsColumn c) {
    switch (c) {
      case SOURCE:
        return "source（文本）";
      case SEQ:
        return "seq（表号）";
      case ROW:
        return "row（行）";
      case PERIOD:
        return "period（期间 YYYY-MM）";
      case VALUE:
        return "value（实际值）";
      default:
        return "note（偏差原因及改进措施）";
    }
  }

  /** The column a header label names: the text before any bracket, or null. */
  static ActualsColumn column(String header) {
    if (header == null) {
      return null;
    }
    String s = header.strip();
    int bracket = s.indexOf('（');
    if (bracket < 0) {
      bracket = s.indexOf('(');
    }
    if (bracket >= 0) {
      s = s.substring(0, bracket).strip();
    }
    return ActualsColumn.of(s);
  }

  /** The read-only context columns after the six input columns (G …). */
  static final List<String> CONTEXT =
      List.of("项目名称", "预算数（万元）", "资金支出计划", "一级指标", "二级指标", "三级指标", "年度指标值", "填写说明");

  static final int PROJECT_NAME = 6;
  static final int BUDGET = 7;
  static final int PLAN = 8;
  static final int LEVEL1 = 9;
  static final int LEVEL2 = 10;
  static final int LEVEL3 = 11;
  static final int TARGET = 12;
  static final int HINT = 13;
  static final int LAST = HINT;

  /** Column widths in characters, A … N. */
  static final int[] WIDTHS = {24, 12, 10, 14, 16, 36, 30, 10, 26, 12, 16, 30, 16, 40};

  static final String SPENT_HINT = "截至期末的累计支出，万元（如 13.5）";
  static final String BUDGET_HINT = "调整后全年预算数，万元；未调整的不填";

  private TemplateLayout() {}

  /** What to write in the value cell of an indicator row, after its target and the budget year. */
  static String hint(TargetValue target, Integer year) {
    if (target instanceof TargetValue.Quantity) {
      TargetValue.Quantity q = (TargetValue.Quantity) target;
      return "填写实际达到的数值，如 " + plain(q.number()) + (q.unit() == null ? "" : q.unit());
    }
    if (target instanceof TargetValue.Deadline) {
      return "填写完成日期（如 " + (year == null ? "" : year + "年") + "11月30日）或 达成/未达成";
    }
    if (target instanceof TargetValue.Qualitative) {
      return "填写 达成/基本达成/部分达成/未达成，或实际数值";
    }
    return "填写实际数值、日期或 达成/基本达成/部分达成/未达成";
  }

  /** {@code 10月底 30%，12月底 100%}; null without a plan. */
  static String plan(SpendingPlan plan) {
    if (plan == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    List<Percent> points = plan.checkpoints();
    for (int i = 0; i < points.size(); i++) {
      if (points.get(i) != null) {
        parts.add(SpendingPlan.MONTHS[i] + "月底 " + points.get(i));
      }
    }
    return parts.isEmpty() ? null : String.join("，", parts);
  }

  private static String plain(BigDecimal n) {
    BigDecimal s = n.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}
