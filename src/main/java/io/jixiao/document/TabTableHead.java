package io.jixiao.document;

import io.jixiao.model.Budget;
import io.jixiao.model.BudgetUnit;
import io.jixiao.model.Money;
import io.jixiao.model.Percent;
import io.jixiao.model.ProjectCode;
import io.jixiao.model.SpendingPlan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header block of one layout-B target table, everything above the indicator table: the budget
 * unit line, 单位：万元, 项目编码/项目名称, 预算数/财政资金/其他资金 with the unlabelled 资金用途 row, the 资金支出计划 header with
 * its values row, and 绩效目标. Rows are recognised by the label in their first cell; a row this class
 * does not know is reported as skipped, never dropped silently.
 */
final class TabTableHead {

  private static final Pattern UNIT_LINE = Pattern.compile("^\\s*(\\d{3,12})\\s*[^\\d\\s].*$");
  private static final Pattern AMOUNT_UNIT =
      Pattern.compile("^[（(]?\\s*(?:金额)?单位\\s*[:：]\\s*(万元|千元|元)\\s*[）)]?$");
  private static final Pattern MONTH = Pattern.compile("^(\\d{1,2})月(?:底|末|份)?(?:前)?$");
  private static final Pattern MONTH_INSIDE = Pattern.compile("(\\d{1,2})月(?:底|末)?");
  private static final Pattern DASH = Pattern.compile("^[-—–/／无]+$");

  /** What the last labelled row was: an unlabelled row below continues it. */
  private enum Last {
    NONE,
    CODE,
    BUDGET,
    FUND_USE,
    PLAN_HEADER,
    PLAN_VALUES,
    GOALS,
    OTHER
  }

  private final Problems problems;
  private final int seq;

  private BudgetUnit unit;
  private String amountUnit;
  private ProjectCode code;
  private String name;
  private boolean budgetSeen;
  private Money total;
  private Money fiscal;
  private Money other;
  private final List<String> fundUse = new ArrayList<>();
  private boolean planSeen;
  private Map<Integer, Integer> planColumns = new LinkedHashMap<>();
  private final Map<Integer, Percent> plan = new LinkedHashMap<>();
  private int planHeaderLine;
  private boolean planValuesSeen;
  private final List<String> goals = new ArrayList<>();
  private Last last = Last.NONE;
  private boolean rowsSeen;

  TabTableHead(int seq, Problems problems) {
    this.seq = seq;
    this.problems = problems;
  }

  /** True for a budget unit line or a 单位：万元 line, which stand between a title and its rows. */
  static boolean isUnitOrAmount(String line) {
    String s = Cells.text(line);
    return s != null && (UNIT_LINE.matcher(s).matches() || AMOUNT_UNIT.matcher(s).matches());
  }

  /** Takes a line without tabs; false when it is not part of the header block. */
  boolean line(int n, String text) {
    String s = Cells.text(text);
    if (s == null) {
      return true;
    }
    Matcher amount = AMOUNT_UNIT.matcher(s);
    if (amount.matches()) {
      amountUnit = amount.group(1);
      return true;
    }
    if (!rowsSeen && UNIT_LINE.matcher(s).matches()) {
      if (unit != null) {
        problems.warning(
            "IMP-UNIT-TWICE",
            n,
            seq,
            "预算单位",
            "表中出现第二个预算单位行“" + s + "”，已保留第一个“" + unit.code() + " " + unit.name() + "”");
        return true;
      }
      unit = BudgetUnit.parse(s);
      return true;
    }
    return false;
  }

  /** Takes one tab-separated row of the header block. */
  void row(TabRow row) {
    rowsSeen = true;
    String first = row.label(0);
    if (first.isEmpty()) {
      unlabelled(row);
      return;
    }
    if (first.contains("项目编码") || first.contains("项目编号") || first.contains("项目代码")) {
      codeRow(row);
      last = Last.CODE;
    } else if (isBudgetRow(row)) {
      budgetRow(row);
      last = Last.BUDGET;
    } else if (first.contains("资金用途") || first.contains("资金使用用途")) {
      text(row, 1, fundUse);
      last = Last.FUND_USE;
    } else if (first.contains("支出计划") || first.contains("支出进度")) {
      planHeader(row);
      last = Last.PLAN_HEADER;
    } else if (MONTH.matcher(first).matches()) {
      lateCheckpoints(row);
      last = Last.PLAN_VALUES;
    } else if (first.contains("目标") && first.length() <= 8) {
      text(row, 1, goals);
      last = Last.GOALS;
    } else if (first.contains("项目名称")) {
      codeRow(row);
      last = Last.CODE;
    } else {
      skipped(row, "不认识的表头行“" + row.text(0) + "”");
      last = Last.OTHER;
    }
  }

  private void unlabelled(TabRow row) {
    if (last == Last.PLAN_HEADER) {
      // the values row, even when every checkpoint is blank
      planValues(row);
      last = Last.PLAN_VALUES;
      return;
    }
    if (row.empty()) {
      return;
    }
    switch (last) {
      case BUDGET:
      case FUND_USE:
        // the unlabelled row under 预算规模及资金用途 is the use of funds; a second one wraps it
        text(row, 0, fundUse);
        last = Last.FUND_USE;
        break;
      case GOALS:
        text(row, 0, goals);
        break;
      default:
        skipped(row, "没有标签的行");
    }
  }

  // ---- 项目编码 / 项目名称

  private void codeRow(TabRow row) {
    int codeAt = -1;
    int nameAt = -1;
    for (int i = 0; i < row.size(); i++) {
      String l = row.label(i);
      if (codeAt < 0 && (l.contains("项目编码") || l.contains("项目编号") || l.contains("项目代码"))) {
        codeAt = i;
      } else if (nameAt < 0 && l.contains("项目名称")) {
        nameAt = i;
      }
    }
    if (codeAt >= 0) {
      int end = nameAt > codeAt ? nameAt : row.size();
      List<String> values = values(row, codeAt + 1, end);
      String printed = values.isEmpty() ? inline(row.label(codeAt)) : TabRow.label(values.get(0));
      if (values.size() > 1) {
        skippedCells(row, values.subList(1, values.size()), "项目编码");
      }
      if (printed != null && !DASH.matcher(printed).matches()) {
        try {
          code = new ProjectCode(printed);
        } catch (IllegalArgumentException e) {
          problems.unparsed(
              "IMP-CODE-INVALID",
              row.line(),
              seq,
              "项目编码",
              printed,
              "项目编码“" + printed + "”格式不正确：应为 6 到 40 位字母或数字；按未填写导入，原文保留");
        }
      }
    }
    if (nameAt >= 0) {
      int end = codeAt > nameAt ? codeAt : row.size();
      List<String> values = values(row, nameAt + 1, end);
      name = values.isEmpty() ? inline(row.text(nameAt)) : Cells.text(String.join(" ", values));
    }
  }

  /** The text after the colon of a cell that holds label and value ({@code 项目编码：1308…}). */
  private static String inline(String cell) {
    int colon = Math.max(cell.indexOf('：'), cell.indexOf(':'));
    return colon < 0 ? null : Cells.text(cell.substring(colon + 1));
  }

  // ---- 预算数 / 财政资金 / 其他资金

  private static boolean isBudgetRow(TabRow row) {
    for (int i = 0; i < row.size(); i++) {
      String l = row.label(i);
      if (l.contains("预算数") || l.contains("预算规模") || l.contains("资金总额")) {
        return true;
      }
    }
    return false;
  }

  private enum Amount {
    TOTAL("预算数"),
    FISCAL("财政资金"),
    OTHER("其他资金");

    final String field;

    Amount(String field) {
      this.field = field;
    }

    static Amount of(String label) {
      if (label.contains("财政")) {
        return FISCAL;
      }
      if (label.contains("其他资金") || label.equals("其他") || label.equals("其中：其他")) {
        return OTHER;
      }
      if (label.contains("预算数")
          || label.contains("资金总额")
          || label.contains("年度资金")
          || label.contains("预算金额")) {
        return TOTAL;
      }
      return null;
    }
  }

  private void budgetRow(TabRow row) {
    budgetSeen = true;
    List<Integer> labels = new ArrayList<>();
    for (int i = 1; i < row.size(); i++) {
      if (Amount.of(row.label(i)) != null) {
        labels.add(i);
      }
    }
    for (int k = 0; k < labels.size(); k++) {
      int at = labels.get(k);
      int end = k + 1 < labels.size() ? labels.get(k + 1) : row.size();
      List<String> values = values(row, at + 1, end);
      Amount kind = Amount.of(row.label(at));
      if (values.size() > 1) {
        skippedCells(row, values.subList(1, values.size()), kind.field);
      }
      Money money = values.isEmpty() ? null : money(row.line(), kind.field, values.get(0));
      switch (kind) {
        case TOTAL:
          total = money;
          break;
        case FISCAL:
          fiscal = money;
          break;
        default:
          other = money;
      }
    }
    int firstLabel = labels.isEmpty() ? row.size() : labels.get(0);
    List<String> before = values(row, 1, firstLabel);
    if (!before.isEmpty()) {
      skippedCells(row, before, "预算数");
    }
  }

  private Money money(int line, String field, String raw) {
    String s = TabRow.label(raw).replace("万元", "").replace("元", "");
    if (s.isEmpty() || DASH.matcher(s).matches()) {
      return null;
    }
    try {
      return Money.parse(s);
    } catch (IllegalArgumentException e) {
      problems.unparsed(
          "IMP-BUDGET-NOT-NUMBER",
          line,
          seq,
          field,
          Cells.text(raw),
          field + "“" + Cells.text(raw) + "”不是金额：应为以万元为单位的数字，如 15.00；按未填写导入，原文保留");
      return null;
    }
  }

  // ---- 资金支出计划

  private void planHeader(TabRow row) {
    planSeen = true;
    planHeaderLine = row.line();
    planColumns = new LinkedHashMap<>();
    for (int i = 1; i < row.size(); i++) {
      String l = row.label(i);
      if (l.isEmpty()) {
        continue;
      }
      Matcher m = MONTH_INSIDE.matcher(l);
      if (m.find()) {
        planColumns.put(i, Integer.parseInt(m.group(1)));
      } else {
        skippedCells(row, List.of(row.raw(i)), "资金支出计划");
      }
    }
  }

  private void planValues(TabRow row) {
    planValuesSeen = true;
    for (int i = 0; i < row.size(); i++) {
      if (row.blank(i)) {
        continue;
      }
      Integer month = planColumns.get(i);
      if (month == null) {
        problems.warning(
            "IMP-PLAN-COLUMN",
            row.line(),
            seq,
            "资金支出计划",
            "支出计划的值“" + row.text(i) + "”不在任何月份列下（第 " + (i + 1) + " 列），未导入");
        continue;
      }
      checkpoint(row.line(), month, row.raw(i));
    }
  }

  /** {@code 12 月底\t100%}: a checkpoint printed on its own row below the values row. */
  private void lateCheckpoints(TabRow row) {
    planSeen = true;
    planValuesSeen = true;
    int i = 0;
    while (i < row.size()) {
      Matcher m = MONTH.matcher(row.label(i));
      if (!m.matches()) {
        if (!row.blank(i)) {
          skippedCells(row, List.of(row.raw(i)), "资金支出计划");
        }
        i++;
        continue;
      }
      int month = Integer.parseInt(m.group(1));
      int j = i + 1;
      while (j < row.size() && row.blank(j)) {
        j++;
      }
      if (j < row.size() && !MONTH.matcher(row.label(j)).matches()) {
        checkpoint(row.line(), month, row.raw(j));
        i = j + 1;
      } else {
        i = j;
      }
    }
  }

  private void checkpoint(int line, int month, String raw) {
    String field = "资金支出计划（" + month + "月底）";
    if (month != 3 && month != 6 && month != 10 && month != 12) {
      problems.warning(
          "IMP-PLAN-COLUMN",
          line,
          seq,
          field,
          "支出计划只记录 3、6、10、12 月底，" + month + "月底的值“" + Cells.text(raw) + "”未导入");
      return;
    }
    String s = TabRow.label(raw);
    if (DASH.matcher(s).matches()) {
      return;
    }
    Percent p;
    try {
      p = Percent.parse(s);
    } catch (IllegalArgumentException e) {
      problems.unparsed(
          "IMP-PLAN-NOT-PERCENT",
          line,
          seq,
          field,
          Cells.text(raw),
          field + "“" + Cells.text(raw) + "”不是百分比，如 25%；按未填写导入，原文保留");
      return;
    }
    Percent before = plan.putIfAbsent(month, p);
    if (before != null) {
      plan.put(month, before);
      problems.warning(
          "IMP-PLAN-TWICE",
          line,
          seq,
          field,
          month + "月底的支出计划出现两次（" + before + " 和 " + p + "），保留第一个");
    }
  }

  // ---- helpers

  /** The non-blank raw cells in columns [from, to). */
  private static List<String> values(TabRow row, int from, int to) {
    List<String> out = new ArrayList<>();
    for (int i = Math.max(from, 0); i < Math.min(to, row.size()); i++) {
      if (!row.blank(i)) {
        out.add(row.raw(i));
      }
    }
    return out;
  }

  private static void text(TabRow row, int from, List<String> into) {
    for (String raw : values(row, from, row.size())) {
      into.add(Cells.text(raw));
    }
  }

  private void skipped(TabRow row, String what) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < row.size(); i++) {
      if (!row.blank(i)) {
        texts.add(row.text(i));
      }
    }
    problems.warning(
        "IMP-SKIPPED-ROW", row.line(), seq, null, what + "，未导入：" + String.join(" | ", texts));
  }

  private void skippedCells(TabRow row, List<String> raws, String field) {
    List<String> texts = new ArrayList<>();
    for (String raw : raws) {
      texts.add(Cells.text(raw));
    }
    problems.warning(
        "IMP-SKIPPED-CELL", row.line(), seq, field, "多余的单元格，未导入：" + String.join(" | ", texts));
  }

  // ---- results

  BudgetUnit unit() {
    return unit;
  }

  ProjectCode code() {
    return code;
  }

  String name() {
    return name;
  }

  Budget budget() {
    if (!budgetSeen) {
      return null;
    }
    return new Budget(scaled(total), scaled(fiscal), scaled(other));
  }

  /** Amounts printed in 元 or 千元 are converted to 万元, the unit of the model. */
  private Money scaled(Money m) {
    if (m == null || amountUnit == null || amountUnit.equals("万元")) {
      return m;
    }
    BigDecimal wan = amountUnit.equals("元") ? m.wan().movePointLeft(4) : m.wan().movePointLeft(1);
    return new Money(wan.scale() > 6 ? wan.stripTrailingZeros() : wan);
  }

  /** Warns once when the amounts had to be converted; called after the table is read. */
  void reportAmountUnit(int line) {
    if (budgetSeen && amountUnit != null && !amountUnit.equals("万元")) {
      problems.warning("IMP-AMOUNT-UNIT", line, seq, "单位", "金额单位为" + amountUnit + "，已换算为万元");
    }
  }

  String fundUse() {
    return fundUse.isEmpty() ? null : Cells.text(String.join(" ", fundUse));
  }

  SpendingPlan spendingPlan() {
    if (!planSeen) {
      return null;
    }
    if (!planValuesSeen) {
      problems.warning(
          "IMP-PLAN-NO-VALUES", planHeaderLine, seq, "资金支出计划", "资金支出计划只有表头、没有数值行，各月份按空白导入");
    }
    return new SpendingPlan(plan.get(3), plan.get(6), plan.get(10), plan.get(12));
  }

  List<String> goals() {
    return Goals.split(goals);
  }
}
