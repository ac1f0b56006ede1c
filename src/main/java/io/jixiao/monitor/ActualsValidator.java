package io.jixiao.monitor;

import io.jixiao.monitor.ActualsEntry.Kind;
import io.jixiao.monitor.ActualsProblem.Severity;
import io.jixiao.model.Indicator;
import io.jixiao.model.Money;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TargetValue;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks the lines of an actuals file against the target documents they report on, whatever the
 * file format: each line names an existing table and row, a month, and a value that fits the row
 * (an amount in 万元, or an actual that fits the indicator's target), and no line repeats another.
 * Collects every problem with its location; the entries make {@link Actuals} only when no problem
 * is an error.
 */
final class ActualsValidator {

  /** One line of input with where each of its fields is. */
  interface Line {
    /** The CSV line or the sheet row, 1-based. */
    int number();

    /** The field's text; null or blank when empty. */
    String get(ActualsColumn column);

    /** The column's letter in a sheet; null for CSV. */
    String letter(ActualsColumn column);
  }

  private static final String GRADES = "达成、基本达成、部分达成、未达成";

  private final String file;
  private final String sheet;
  private final ActualsScope scope;
  private final Map<String, TargetDocument> documents = new LinkedHashMap<>();
  private final List<ActualsProblem> problems = new ArrayList<>();
  private final List<ActualsEntry> entries = new ArrayList<>();
  private final Map<ActualsEntry, Line> lines = new HashMap<>();
  private final Map<List<Object>, Integer> seen = new HashMap<>();

  /**
   * @param sheet the sheet the lines are on; null for a CSV file
   * @param scope which of the tables lines may be about
   */
  ActualsValidator(String file, String sheet, List<TargetDocument> targets, ActualsScope scope) {
    this.file = file;
    this.sheet = sheet;
    this.scope = scope;
    for (TargetDocument d : targets) {
      if (documents.putIfAbsent(d.source(), d) != null) {
        fileProblem(
            Severity.ERROR,
            "ACT-SOURCE-TWICE",
            "两份绩效文本的文件名都是“" + d.source() + "”，执行数据按文件名对应文本，无法区分；请只提供其中一份");
      }
    }
  }

  /** A problem of the whole file (line 0, no column). */
  void fileProblem(Severity severity, String code, String message) {
    problems.add(new ActualsProblem(severity, code, file, sheet, 0, null, null, message));
  }

  /** A problem of one line, in one column (null: the whole line). */
  void problem(Severity severity, String code, Line line, ActualsColumn column, String message) {
    problems.add(
        new ActualsProblem(
            severity,
            code,
            file,
            sheet,
            line.number(),
            column == null ? null : column.label(),
            column == null ? null : line.letter(column),
            message));
  }

  void error(String code, Line line, ActualsColumn column, String message) {
    problem(Severity.ERROR, code, line, column, message);
  }

  void warning(String code, Line line, ActualsColumn column, String message) {
    problem(Severity.WARNING, code, line, column, message);
  }

  boolean hasErrors() {
    return problems.stream().anyMatch(ActualsProblem::isError);
  }

  /** Checks one line and keeps it as an entry when it is right. */
  void line(Line line) {
    String value = text(line, ActualsColumn.VALUE);
    String note = line.get(ActualsColumn.NOTE);
    if (value.isEmpty()) {
      if (note != null && !note.isBlank()) {
        warning("ACT-VALUE-EMPTY", line, ActualsColumn.VALUE, "只填写了说明，未填写实际值，该行未导入");
      }
      return;
    }
    TargetDocument document = document(line);
    Project project = document == null ? null : project(line, document);
    RowRef row = row(line, project);
    YearMonth period = period(line, document);
    if (project == null || row == null || period == null) {
      return;
    }
    ProjectKey key = new ProjectKey(document.source(), project.seq());
    ActualsEntry entry;
    if (row.kind == Kind.INDICATOR) {
      Indicator indicator = project.indicators().get(row.indicator - 1);
      if (!indicatorValue(line, indicator, value, budgetYear(document, period))) {
        return;
      }
      entry = ActualsEntry.indicator(key, row.indicator, period, value, note);
    } else {
      Money amount = amount(line, value, row.kind);
      if (amount == null) {
        return;
      }
      entry = new ActualsEntry(key, row.kind, 0, period, amount.wan().toPlainString(), note);
    }
    Integer first = seen.putIfAbsent(List.of(key, row.kind, row.indicator, period), line.number());
    if (first != null) {
      error(
          "ACT-DUPLICATE",
          line,
          ActualsColumn.PERIOD,
          "与第 " + first + " 行重复：表 " + key.seq() + " 的 " + entry.row() + " 在 " + period + " 只能填写一次");
      return;
    }
    entries.add(entry);
    lines.put(entry, line);
  }

  /** The outcome: the actuals when no problem is an error, with every problem. */
  ActualsReadResult result() {
    spending();
    if (hasErrors()) {
      return new ActualsReadResult(file, null, List.of(), problems);
    }
    return new ActualsReadResult(file, ActualsEntry.assemble(entries), entries, problems);
  }

  private static String text(Line line, ActualsColumn column) {
    String s = line.get(column);
    return s == null ? "" : s.strip();
  }

  private TargetDocument document(Line line) {
    String source = text(line, ActualsColumn.SOURCE);
    if (source.isEmpty()) {
      error("ACT-SOURCE", line, ActualsColumn.SOURCE, "未填写 source（绩效文本的文件名）");
      return null;
    }
    TargetDocument d = documents.get(source);
    String outOfScope = d == null ? scope.unknownSource(source) : null;
    if (outOfScope != null) {
      error("ACT-SOURCE-UNKNOWN", line, ActualsColumn.SOURCE, outOfScope);
    } else if (d == null) {
      error(
          "ACT-SOURCE-UNKNOWN",
          line,
          ActualsColumn.SOURCE,
          "找不到绩效文本“"
              + source
              + "”：source 须为所提供文本的文件名"
              + (documents.isEmpty()
                  ? "（未提供任何文本）"
                  : "（已提供：" + String.join("、", documents.keySet()) + "）"));
    }
    return d;
  }

  private Project project(Line line, TargetDocument document) {
    String printed = text(line, ActualsColumn.SEQ);
    Integer seq = positive(printed);
    if (seq == null) {
      error("ACT-SEQ", line, ActualsColumn.SEQ, "表号应为正整数，实际为“" + printed + "”");
      return null;
    }
    List<Project> found = document.projects().stream().filter(p -> p.seq() == seq).toList();
    if (found.isEmpty()) {
      error(
          "ACT-SEQ-UNKNOWN",
          line,
          ActualsColumn.SEQ,
          "文本“" + document.source() + "”中没有表 " + seq + "（共 " + document.projects().size() + " 张表）");
      return null;
    }
    if (found.size() > 1) {
      error(
          "ACT-SEQ-AMBIGUOUS",
          line,
          ActualsColumn.SEQ,
          "文本“" + document.source() + "”中有 " + found.size() + " 张表的表号都是 " + seq + "，无法确定指哪一张");
      return null;
    }
    String refusal = scope.refusal(document, found.get(0));
    if (refusal != null) {
      error("ACT-SCOPE", line, ActualsColumn.SEQ, refusal);
      return null;
    }
    return found.get(0);
  }

  /** A row reference: spent, budget or an indicator. */
  private record RowRef(Kind kind, int indicator) {}

  private RowRef row(Line line, Project project) {
    String printed = text(line, ActualsColumn.ROW);
    String lower = printed.toLowerCase(Locale.ROOT);
    if (lower.equals("spent")) {
      return new RowRef(Kind.SPENT, 0);
    }
    if (lower.equals("budget")) {
      return new RowRef(Kind.BUDGET, 0);
    }
    Integer n = positive(printed);
    if (n == null) {
      error(
          "ACT-ROW",
          line,
          ActualsColumn.ROW,
          "row 应为 spent（累计支出）、budget（调整后预算数）或指标序号（从 1 起），实际为“" + printed + "”");
      return null;
    }
    if (project == null) {
      return null;
    }
    int count = project.indicators().size();
    if (n > count) {
      error(
          "ACT-ROW-UNKNOWN",
          line,
          ActualsColumn.ROW,
          "表 "
              + project.seq()
              + "（"
              + project.displayName()
              + "）只有 "
              + count
              + " 个指标，没有第 "
              + n
              + " 个");
      return null;
    }
    return new RowRef(Kind.INDICATOR, n);
  }

  private YearMonth period(Line line, TargetDocument document) {
    String printed = text(line, ActualsColumn.PERIOD);
    YearMonth period = yearMonth(printed);
    if (period == null) {
      error(
          "ACT-PERIOD",
          line,
          ActualsColumn.PERIOD,
          printed.isEmpty()
              ? "未填写期间：period 应为 YYYY-MM（如 2023-06，表示截至 6 月底）"
              : "期间应为 YYYY-MM（如 2023-06，表示截至 6 月底），实际为“" + printed + "”");
      return null;
    }
    Integer year = document == null ? null : document.budgetYear();
    if (year != null && period.getYear() != year) {
      if (scope.budgetYearOnly()) {
        error(
            "ACT-PERIOD-YEAR",
            line,
            ActualsColumn.PERIOD,
            "期间 " + period + " 不在绩效目标表的预算年度 " + year + " 年内：只能填报 " + year + "-01 至 "
                + year + "-12 的执行数据");
        return null;
      }
      warning(
          "ACT-PERIOD-YEAR",
          line,
          ActualsColumn.PERIOD,
          "期间 " + period + " 不在文本的预算年度 " + year + " 年内，请确认");
    }
    return period;
  }

  /** {@code 2023-06}; null for anything else. */
  static YearMonth yearMonth(String s) {
    if (s.length() != 7 || s.charAt(4) != '-') {
      return null;
    }
    for (int i = 0; i < 7; i++) {
      if (i != 4 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
        return null;
      }
    }
    int year = Integer.parseInt(s.substring(0, 4));
    int month = Integer.parseInt(s.substring(5));
    if (year < 1990 || month < 1 || month > 12) {
      return null;
    }
    return YearMonth.of(year, month);
  }

  private static Integer positive(String s) {
    if (s.isEmpty() || s.length() > 6) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return null;
      }
    }
    int n = Integer.parseInt(s);
    return n >= 1 ? n : null;
  }

  /** An amount in 万元: {@code 13.5}, {@code 13.5万元}, {@code 1,234.5}. */
  private Money amount(Line line, String value, Kind kind) {
    String what = kind == Kind.SPENT ? "累计支出" : "调整后预算数";
    String s = value.replace(" ", "");
    if (s.endsWith("万元")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("元")) {
      error(
          "ACT-AMOUNT",
          line,
          ActualsColumn.VALUE,
          what + "请以万元为单位填写数字（如 13.5 表示 13.5 万元），实际为“" + value + "”");
      return null;
    }
    Money m;
    try {
      m = Money.parse(s);
    } catch (IllegalArgumentException e) {
      error(
          "ACT-AMOUNT", line, ActualsColumn.VALUE, what + "应为以万元为单位的金额（如 13.5），实际为“" + value + "”");
      return null;
    }
    if (kind == Kind.BUDGET && m.wan().signum() == 0) {
      error("ACT-AMOUNT", line, ActualsColumn.VALUE, "调整后预算数须大于 0");
      return null;
    }
    return m;
  }

  /** Checks an indicator's actual against its target; false when it is an error. */
  private boolean indicatorValue(Line line, Indicator indicator, String value, int year) {
    TargetValue target = indicator.target();
    Achievement grade = Achievement.of(value);
    TargetValue actual = ActualValues.read(value, target);
    String shown = indicator.value() == null ? "（空）" : indicator.value();
    char first = value.charAt(0);
    if (first == '-' || first == '－' || first == '−') {
      error("ACT-VALUE-NEGATIVE", line, ActualsColumn.VALUE, "实际完成值不能为负数：“" + value + "”");
      return false;
    }
    if (actual instanceof TargetValue.Unparsed) {
      error("ACT-VALUE-UNPARSED", line, ActualsColumn.VALUE, "无法识别的实际完成值“" + value + "”");
      return false;
    }
    if (actual instanceof TargetValue.Deadline) {
      TargetValue.Deadline d = (TargetValue.Deadline) actual;
      if (!d.possible(year)) {
        error("ACT-DATE", line, ActualsColumn.VALUE, "日期“" + value + "”不存在");
        return false;
      }
    }
    if (target instanceof TargetValue.Quantity) {
      TargetValue.Quantity t = (TargetValue.Quantity) target;
      if (grade != null || !(actual instanceof TargetValue.Quantity)) {
        error(
            "ACT-VALUE-KIND",
            line,
            ActualsColumn.VALUE,
            "指标值“" + shown + "”是定量目标，实际完成值应填写实际达到的数值（如 " + example(t) + "），“" + value + "”不行");
        return false;
      }
      TargetValue.Quantity a = (TargetValue.Quantity) actual;
      if (ActualUnits.contradicts(t, a)) {
        error(
            "ACT-UNIT",
            line,
            ActualsColumn.VALUE,
            "实际完成值“" + value + "”的单位“" + a.unit() + "”与指标值“" + shown + "”的单位“" + t.unit() + "”不符");
        return false;
      }
      if (ActualUnits.inUnitOf(t, a).isEmpty()) {
        warning(
            "ACT-UNIT-DIFFERS",
            line,
            ActualsColumn.VALUE,
            "实际完成值的单位“" + a.unit() + "”与指标值“" + shown + "”的单位“" + t.unit() + "”不同，无法换算，请确认");
      }
      signWarning(line, a, value);
      return true;
    }
    if (target instanceof TargetValue.Deadline) {
      boolean ok =
          actual instanceof TargetValue.Deadline
              || grade == Achievement.ACHIEVED
              || grade == Achievement.NOT_ACHIEVED;
      if (!ok) {
        error(
            "ACT-VALUE-KIND",
            line,
            ActualsColumn.VALUE,
            "时限指标（指标值“"
                + shown
                + "”）的实际完成值应为完成日期（如 "
                + year
                + "年11月30日）或 达成、未达成，“"
                + value
                + "”不行");
      }
      return ok;
    }
    if (target instanceof TargetValue.Qualitative) {
      boolean ok = grade != null || actual instanceof TargetValue.Quantity;
      if (!ok) {
        error(
            "ACT-VALUE-KIND",
            line,
            ActualsColumn.VALUE,
            "定性指标（指标值“" + shown + "”）的实际完成值应填写 " + GRADES + " 之一或实际数值，“" + value + "”无法识别");
      } else if (actual instanceof TargetValue.Quantity) {
        signWarning(line, (TargetValue.Quantity) actual, value);
      }
      return ok;
    }
    // relative to last year, blank or unparsed target: any measured value or a grade
    boolean ok = grade != null || !(actual instanceof TargetValue.Qualitative);
    if (!ok) {
      error(
          "ACT-VALUE-KIND",
          line,
          ActualsColumn.VALUE,
          "实际完成值应为实际数值、日期或 " + GRADES + " 之一，“" + value + "”无法识别");
    }
    return ok;
  }

  private void signWarning(Line line, TargetValue.Quantity actual, String value) {
    if (actual.sign() != io.jixiao.model.Sign.EQ) {
      warning(
          "ACT-VALUE-SIGN",
          line,
          ActualsColumn.VALUE,
          "实际完成值应为实际达到的数值，不带比较符号：“" + value + "”按 " + plain(actual.number()) + " 计");
    }
  }

  /** The document's budget year, else the period's year. */
  private static int budgetYear(TargetDocument doc, YearMonth period) {
    return doc.budgetYear() != null ? doc.budgetYear() : period.getYear();
  }

  /** An example actual for a quantity target: its own number and unit ({@code 95%}). */
  private static String example(TargetValue.Quantity t) {
    return plain(t.number()) + (t.unit() == null ? "" : t.unit());
  }

  private static String plain(BigDecimal n) {
    BigDecimal s = n.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  /**
   * Spending is cumulative: a later month below an earlier one is a warning (a refund is possible,
   * a monthly figure by mistake likelier), and so is spending above the budget that applies (the
   * latest adjusted budget, else the table's 预算数). The months stored already ({@link
   * ActualsScope#storedSpending}) count as earlier and later months too, unless the input replaces
   * them.
   */
  private void spending() {
    Map<ProjectKey, TreeMap<YearMonth, ActualsEntry>> spent = new TreeMap<>();
    Map<ProjectKey, ActualsEntry> budget = new HashMap<>();
    for (ActualsEntry e : entries) {
      if (e.kind() == Kind.SPENT) {
        spent.computeIfAbsent(e.key(), k -> new TreeMap<>()).put(e.period(), e);
      } else if (e.kind() == Kind.BUDGET) {
        budget.merge(e.key(), e, (a, b) -> a.period().isAfter(b.period()) ? a : b);
      }
    }
    for (Map.Entry<ProjectKey, TreeMap<YearMonth, ActualsEntry>> t : spent.entrySet()) {
      Money available = available(t.getKey(), budget.get(t.getKey()));
      TreeMap<YearMonth, Money> all = new TreeMap<>(scope.storedSpending(t.getKey()));
      t.getValue().forEach((month, e) -> all.put(month, e.amount()));
      for (ActualsEntry e : t.getValue().values()) {
        Money amount = e.amount();
        Map.Entry<YearMonth, Money> before = all.lowerEntry(e.period());
        if (before != null && amount.compareTo(before.getValue()) < 0) {
          warning(
              "ACT-SPENT-DECREASE",
              lines.get(e),
              ActualsColumn.VALUE,
              "累计支出 "
                  + amount.wan().toPlainString()
                  + " 万元少于 "
                  + before.getKey()
                  + (t.getValue().containsKey(before.getKey()) ? " 的 " : "（已保存）的 ")
                  + before.getValue().wan().toPlainString()
                  + " 万元：spent 应为截至期末的累计数，不是当月数；如有资金退回请在 note 中说明");
        }
        Map.Entry<YearMonth, Money> after = all.higherEntry(e.period());
        if (after != null
            && !t.getValue().containsKey(after.getKey())
            && amount.compareTo(after.getValue()) > 0) {
          warning(
              "ACT-SPENT-DECREASE",
              lines.get(e),
              ActualsColumn.VALUE,
              "累计支出 "
                  + amount.wan().toPlainString()
                  + " 万元多于之后 "
                  + after.getKey()
                  + "（已保存）的 "
                  + after.getValue().wan().toPlainString()
                  + " 万元：累计支出不应逐月减少，请核对各月数据");
        }
        if (available != null && amount.compareTo(available) > 0) {
          warning(
              "ACT-SPENT-OVER",
              lines.get(e),
              ActualsColumn.VALUE,
              "累计支出 "
                  + amount.wan().toPlainString()
                  + " 万元超过全年预算数 "
                  + available.wan().toPlainString()
                  + " 万元");
        }
      }
    }
  }

  private Money available(ProjectKey key, ActualsEntry budget) {
    if (budget != null) {
      return budget.amount();
    }
    TargetDocument d = documents.get(key.source());
    for (Project p : d.projects()) {
      if (p.seq() == key.seq()) {
        return p.budget() == null ? null : p.budget().total();
      }
    }
    return null;
  }
}
