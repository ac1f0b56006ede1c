package io.jixiao.document;

import io.jixiao.document.CellPerLineReader.Cell;
import io.jixiao.document.CellPerLineReader.Group;
import io.jixiao.document.CellPerLineReader.Table;
import io.jixiao.model.Budget;
import io.jixiao.model.BudgetUnit;
import io.jixiao.model.Money;
import io.jixiao.model.Percent;
import io.jixiao.model.ProjectCode;
import io.jixiao.model.SpendingPlan;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header block of a layout-A table, everything above the 一级指标 row: the unit line, 单位：万元, then
 * label cells each followed by their value cells — 项目编码, 项目名称, 预算数 / 其中：财政资金 / 其他资金 (each amount in
 * the cell right after its label), the unlabelled fund-use row, 资金支出计划 and 绩效目标. The cells are read
 * as one stream so that a row split by a page break reads the same.
 */
final class CellPerLineHeader {

  /** What a header cell's value belongs to. */
  private enum Field {
    UNIT,
    NAME,
    CODE,
    BUDGET,
    TOTAL,
    FISCAL,
    OTHER,
    FUND_USE,
    PLAN,
    GOALS
  }

  /** {@code 单位：万元}, {@code 金额单位：元}. */
  private static final Pattern AMOUNT_UNIT = Pattern.compile("^(?:金额)?单位：(.*)$");

  /** A spending-plan checkpoint label: {@code 3月底}, {@code 10月底前}. */
  private static final Pattern CHECKPOINT = Pattern.compile("^(\\d{1,2})月");

  /** An amount alone in its cell: {@code 100.17}, {@code 15万元}. */
  private static final Pattern AMOUNT = Pattern.compile("[\\d,.]+(万元)?");

  /** The fields read from a header block; blank cells are null. */
  record Header(
      BudgetUnit unit,
      ProjectCode code,
      String name,
      Budget budget,
      String fundUse,
      SpendingPlan spendingPlan,
      List<String> goals) {}

  private final Table table;
  private final Problems problems;
  private final List<Cell> cells = new ArrayList<>();
  private final List<Integer> groupOf = new ArrayList<>();
  private final List<Group> groups;
  private final Map<Field, List<Cell>> text = new EnumMap<>(Field.class);
  private final Map<Field, Money> amounts = new EnumMap<>(Field.class);
  private SpendingPlan plan;

  private CellPerLineHeader(Table table, List<Group> groups, Problems problems) {
    this.table = table;
    this.groups = groups;
    this.problems = problems;
    for (int g = 0; g < groups.size(); g++) {
      for (Cell c : groups.get(g).cells) {
        cells.add(c);
        groupOf.add(g);
      }
    }
    for (Field f : Field.values()) {
      text.put(f, new ArrayList<>());
    }
  }

  /** Reads the header block made of {@code groups} (the groups above the indicator header). */
  static Header read(Table table, List<Group> groups, Problems problems) {
    CellPerLineHeader h = new CellPerLineHeader(table, groups, problems);
    h.scan();
    return h.header();
  }

  private static Field field(String label) {
    String s = label.startsWith("其中：") ? label.substring(3) : label;
    s = s.startsWith("其中") ? s.substring(2) : s;
    switch (s) {
      case "项目名称":
        return Field.NAME;
      case "项目编码":
      case "项目编号":
      case "项目代码":
        return Field.CODE;
      case "预算规模及资金用途":
      case "预算规模":
        return Field.BUDGET;
      case "预算数":
      case "年度预算数":
      case "预算总额":
        return Field.TOTAL;
      case "财政资金":
      case "财政拨款":
        return Field.FISCAL;
      case "其他资金":
        return Field.OTHER;
      case "资金用途":
        return Field.FUND_USE;
      case "绩效目标":
      case "年度绩效目标":
      case "项目绩效目标":
        return Field.GOALS;
      default:
        return s.startsWith("资金支出计划") ? Field.PLAN : null;
    }
  }

  private static boolean isLabel(Cell c) {
    String label = c.label();
    return field(label) != null || mayBeAmountUnit(label) && AMOUNT_UNIT.matcher(label).matches();
  }

  /** A quick test before {@link #AMOUNT_UNIT}. */
  private static boolean mayBeAmountUnit(String label) {
    return label.startsWith("单位：") || label.startsWith("金额单位：");
  }

  private void scan() {
    Field state = Field.UNIT;
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      if (c.isBlank()) {
        continue;
      }
      String label = c.label();
      Matcher amountUnit = mayBeAmountUnit(label) ? AMOUNT_UNIT.matcher(label) : null;
      if (amountUnit != null && amountUnit.matches()) {
        checkAmountUnit(c, amountUnit.group(1));
        continue;
      }
      Field f = field(label);
      if (f == null) {
        if (state == Field.PLAN) {
          stray(c, "资金支出计划之后有一个无法识别的单元格，未导入：");
        } else {
          text.get(state).add(c);
        }
        continue;
      }
      switch (f) {
        case TOTAL:
        case FISCAL:
        case OTHER:
          Cell value = amountCell(i);
          if (value != null) {
            i++;
          }
          amounts.put(f, money(value, c, label));
          state = Field.FUND_USE;
          break;
        case PLAN:
          i = spendingPlan(i);
          state = Field.PLAN;
          break;
        case BUDGET:
          state = Field.FUND_USE;
          break;
        default:
          state = f;
      }
    }
  }

  private void stray(Cell c, String what) {
    problems.warning("IMP-STRAY-TEXT", c.line(), table.seq, null, what + "“" + c.text() + "”");
  }

  /**
   * The cell holding the amount of the label at {@code i}: the next cell of the same row, or the
   * first cell of the next group when the row was split there and that cell is a number.
   */
  private Cell amountCell(int i) {
    if (i + 1 >= cells.size()) {
      return null;
    }
    Cell next = cells.get(i + 1);
    if (isLabel(next)) {
      return null;
    }
    if (groupOf.get(i + 1).equals(groupOf.get(i))) {
      return next;
    }
    String t = next.text();
    return t != null && AMOUNT.matcher(t).matches() ? next : null;
  }

  private Money money(Cell value, Cell label, String field) {
    String t = value == null ? null : value.text();
    if (t == null) {
      return null;
    }
    String amount = t.replace(" ", "");
    if (amount.endsWith("万元")) {
      amount = amount.substring(0, amount.length() - 2);
    }
    try {
      return Money.parse(amount);
    } catch (IllegalArgumentException e) {
      problems.unparsed(
          "IMP-BUDGET",
          value.line(),
          table.seq,
          fieldName(field),
          t,
          String.format("“%s”不是金额：应为以万元计的数字，如 100.17；该项按未填写导入，原文保留", t));
      return null;
    }
  }

  private static String fieldName(String label) {
    return label.startsWith("其中：") ? label.substring(3) : label;
  }

  private void checkAmountUnit(Cell c, String unit) {
    if (!unit.isEmpty() && !unit.equals("万元")) {
      problems.error(
          "IMP-AMOUNT-UNIT",
          c.line(),
          table.seq,
          "单位",
          String.format("金额单位是“%s”，本系统的金额以万元计；请换算为万元后再导入", unit));
    }
  }

  /**
   * Reads 资金支出计划 at cell {@code i}: the rest of its row holds the checkpoint labels (3月底 …), the
   * next row the percentages, each under its label. Returns the index of the last cell read.
   */
  private int spendingPlan(int i) {
    int g = groupOf.get(i);
    Group labels = groups.get(g);
    int offset = labels.cells.indexOf(cells.get(i));
    Group values = g + 1 < groups.size() ? groups.get(g + 1) : null;
    if (values != null && !values.cells.isEmpty() && isLabel(firstNonBlank(values))) {
      values = null;
    }
    int last = i + labels.size() - offset - 1;
    if (values == null) {
      problems.warning(
          "IMP-SPENDING-PLAN", cells.get(i).line(), table.seq, "资金支出计划", "资金支出计划下面没有百分比行，未导入支出计划");
      return last;
    }
    last += values.size();
    Percent[] plan = new Percent[4];
    List<Integer> columns = new ArrayList<>();
    for (int k = offset + 1; k < labels.size(); k++) {
      if (!labels.cells.get(k).isBlank()) {
        columns.add(k);
      }
    }
    boolean positional = values.size() == labels.size();
    List<Cell> filled = new ArrayList<>();
    for (Cell v : values.cells) {
      if (!v.isBlank()) {
        filled.add(v);
      }
    }
    if (!positional && filled.size() != columns.size()) {
      problems.warning(
          "IMP-SPENDING-PLAN",
          values.line(),
          table.seq,
          "资金支出计划",
          "资金支出计划的百分比与 3月底/6月底/10月底/12月底 各列对不上，未导入支出计划");
      return last;
    }
    for (int n = 0; n < columns.size(); n++) {
      Cell label = labels.cells.get(columns.get(n));
      Cell value = positional ? values.cells.get(columns.get(n)) : filled.get(n);
      int slot = checkpoint(label.label());
      if (slot < 0) {
        problems.warning(
            "IMP-SPENDING-PLAN",
            label.line(),
            table.seq,
            "资金支出计划",
            "不认识的支出计划时点“" + label.text() + "”（应为 3月底、6月底、10月底、12月底），未导入该列");
        continue;
      }
      plan[slot] = percent(value);
    }
    this.plan = new SpendingPlan(plan[0], plan[1], plan[2], plan[3]);
    return last;
  }

  private static Cell firstNonBlank(Group g) {
    return g.cells.stream().filter(c -> !c.isBlank()).findFirst().orElse(g.cells.get(0));
  }

  private static int checkpoint(String label) {
    Matcher m = CHECKPOINT.matcher(label);
    if (!m.lookingAt()) {
      return -1;
    }
    int month = Integer.parseInt(m.group(1));
    for (int k = 0; k < SpendingPlan.MONTHS.length; k++) {
      if (SpendingPlan.MONTHS[k] == month) {
        return k;
      }
    }
    return -1;
  }

  private Percent percent(Cell value) {
    String t = value.text();
    if (t == null) {
      return null;
    }
    try {
      return Percent.parse(t);
    } catch (IllegalArgumentException e) {
      problems.unparsed(
          "IMP-SPENDING-PLAN",
          value.line(),
          table.seq,
          "资金支出计划",
          t,
          String.format("“%s”不是百分比（应如 30%%）；该项按未填写导入，原文保留", t));
      return null;
    }
  }

  private Header header() {
    return new Header(
        unit(), code(), joined(Field.NAME), budget(), joined(Field.FUND_USE), plan, goals());
  }

  private BudgetUnit unit() {
    List<Cell> unit = text.get(Field.UNIT);
    if (unit.isEmpty()) {
      Cell above = table.unitParagraph();
      return above == null ? null : BudgetUnit.parse(above.text());
    }
    for (Cell extra : unit.subList(1, unit.size())) {
      stray(extra, "单位行之后有一个无法识别的单元格，未导入：");
    }
    return BudgetUnit.parse(unit.get(0).text());
  }

  private ProjectCode code() {
    String printed = joined(Field.CODE);
    if (printed == null) {
      return null;
    }
    String value = printed.replace(" ", "");
    try {
      return new ProjectCode(value);
    } catch (IllegalArgumentException e) {
      problems.warning(
          "IMP-PROJECT-CODE",
          text.get(Field.CODE).get(0).line(),
          table.seq,
          "项目编码",
          String.format("项目编码“%s”格式不对（应为 6–40 位字母或数字），未导入", printed));
      return null;
    }
  }

  private Budget budget() {
    if (amounts.isEmpty()) {
      return null;
    }
    return new Budget(
        amounts.get(Field.TOTAL), amounts.get(Field.FISCAL), amounts.get(Field.OTHER));
  }

  private List<String> goals() {
    List<String> paragraphs = new ArrayList<>();
    for (Cell c : text.get(Field.GOALS)) {
      paragraphs.addAll(c.paragraphs());
    }
    return Goals.split(paragraphs);
  }

  /** The text of a field's cells, each by the text rule, joined with nothing; null when blank. */
  private String joined(Field f) {
    StringBuilder b = new StringBuilder();
    for (Cell c : text.get(f)) {
      String t = c.text();
      if (t != null) {
        b.append(t);
      }
    }
    return b.length() == 0 ? null : b.toString();
  }
}
