package io.jixiao.demo;

import io.jixiao.monitor.ActualsEntry;
import io.jixiao.monitor.ProjectKey;
import io.jixiao.model.Indicator;
import io.jixiao.model.Money;
import io.jixiao.model.Project;
import io.jixiao.model.Sign;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TargetValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The 2024 actuals (执行数据) of the demo's approved and published tables, as the departments would
 * have reported them at every month end from January to December: cumulative spending each month,
 * the first indicator's cumulative quantity each month, every indicator's result in December, one
 * adjusted budget and the reasons for deviations.
 *
 * <p>Chosen so that monitoring and self-evaluation have something to say: some projects spend on
 * plan, one ahead; some lag behind their own plan and the regional floors (M1, M3), some meet their
 * plan but not the floors (M3 only), one starts late and catches up; one's indicators fall behind
 * its spending (M2). Indicators are met, missed with and without a written reason, graded 达成 /
 * 基本达成 / 部分达成; a deadline is met and one is missed; one table without a printed budget
 * reports spending; one approved table reports nothing at all, and one reports spending only.
 *
 * <p>Generated in code from {@link DemoData#documents()}, deterministic.
 */
public final class DemoActuals {

  /** The name the demo's actuals are stored under. */
  public static final String FILE = "云泽市2024年执行数据（演示）.csv";

  /** The last month reported. */
  public static final YearMonth LAST = YearMonth.of(DemoData.YEAR, 12);

  private DemoActuals() {}

  /** How a project spends its budget: the cumulative percentage at the end of each month. */
  enum Pace {
    /** On the table's own plan and above the regional floors. */
    STEADY("5", "12", "30", "38", "47", "60", "66", "73", "81", "91", "96", "99.2"),
    /** Ahead of plan, fully spent. */
    AHEAD("8", "18", "36", "45", "52", "66", "72", "80", "86", "93", "98", "100"),
    /** Within 10 points of a slow plan (20/45/75 or 0/40/70), below the floors in April, August, October. */
    BELOW_FLOORS("2", "6", "16", "22", "30", "42", "47", "55", "63", "72", "86", "96"),
    /** Far behind its plan and the floors all year. */
    LAGGING("0", "2", "6", "10", "15", "22", "27", "33", "40", "48", "57", "66"),
    /** Behind until the summer, then caught up. */
    LATE_START("1", "3", "8", "12", "18", "28", "40", "55", "68", "82", "92", "97");

    private final BigDecimal[] percent = new BigDecimal[12];

    Pace(String... percent) {
      for (int i = 0; i < 12; i++) {
        this.percent[i] = new BigDecimal(percent[i]);
      }
    }

    /** The cumulative percentage at the end of {@code month} (1–12). */
    BigDecimal at(int month) {
      return percent[month - 1];
    }
  }

  /** What the indicators achieved by December. */
  enum Results {
    /** Every target met. */
    MET,
    /** The quantity short of its target and an effect 基本达成, both explained. */
    MISSED_EXPLAINED,
    /** A quality rate and the satisfaction short of their targets, unexplained. */
    MISSED_UNEXPLAINED,
    /** Most targets well short (部分达成), only some explained. */
    POOR,
    /** Every target missed by far, the deadline overrun into the next year (a 差 year). */
    FAILED,
    /** Every quantity missed by far, but the work finished on time and partly effective (中). */
    WEAK,
    /** Spending reported, indicators never. */
    NOT_REPORTED
  }

  /**
   * One table's actuals.
   *
   * @param department index in {@link DemoData#documents()}
   * @param seq the table's number
   */
  private record Plan(
      int department,
      int seq,
      Pace pace,
      Results results,
      String spendingNote,
      String adjustedBudget,
      String budgetNote) {

    Plan(int department, int seq, Pace pace, Results results) {
      this(department, seq, pace, results, null, null, null);
    }
  }

  /** The tables with actuals; 卫健委 table 9 is approved and reports nothing. */
  private static final List<Plan> PLANS =
      List.of(
          new Plan(0, 1, Pace.STEADY, Results.MET),
          new Plan(0, 2, Pace.BELOW_FLOORS, Results.MISSED_EXPLAINED),
          new Plan(0, 5, Pace.AHEAD, Results.MET, null, "560.00", "年中追加普通高中国家助学金 20 万元"),
          new Plan(1, 1, Pace.STEADY, Results.MET),
          new Plan(1, 3, Pace.LAGGING, Results.MISSED_EXPLAINED,
              "疫苗由省级集中采购，中标价格下降，采购资金结余；结余资金将按程序调整用于接种服务补助", null, null),
          new Plan(1, 4, Pace.LATE_START, Results.MISSED_UNEXPLAINED),
          new Plan(2, 1, Pace.BELOW_FLOORS, Results.MET),
          new Plan(2, 2, Pace.AHEAD, Results.MET),
          new Plan(2, 3, Pace.LAGGING, Results.POOR),
          new Plan(2, 5, Pace.STEADY, Results.POOR),
          new Plan(2, 6, Pace.STEADY, Results.MET),
          new Plan(2, 7, Pace.STEADY, Results.MISSED_EXPLAINED),
          new Plan(2, 8, Pace.STEADY, Results.NOT_REPORTED),
          new Plan(3, 1, Pace.LATE_START, Results.MET),
          new Plan(3, 2, Pace.STEADY, Results.MET),
          new Plan(3, 3, Pace.AHEAD, Results.MISSED_UNEXPLAINED),
          new Plan(3, 4, Pace.BELOW_FLOORS, Results.MISSED_EXPLAINED),
          new Plan(3, 7, Pace.STEADY, Results.MET),
          new Plan(3, 8, Pace.LAGGING, Results.MISSED_UNEXPLAINED),
          new Plan(3, 9, Pace.STEADY, Results.MET));

  private static final String QUANTITY_NOTE = "部分任务受审批进度影响推迟实施，未完成部分已列入下年度计划，将按月调度、通报进度";
  private static final String EFFECT_NOTE = "项目效果需要较长周期才能完全显现，将持续跟踪评估";
  private static final String SATISFACTION_NOTE = "问卷反映服务响应不够及时，已建立定期回访制度";
  private static final String LATE_NOTE = "受汛期降雨影响，田间工程延期至11月中旬完工；今后将提前谋划、合理安排工期";
  private static final String COST_NOTE = "年中追加预算，成本相应增加";

  /** Every line of the demo's actuals, table by table. */
  public static List<ActualsEntry> entries() {
    return entries(DemoData.documents(), PLANS);
  }

  /** The name last year's actuals are stored under. */
  public static final String LAST_YEAR_FILE = "云泽市教育局2023年执行数据（演示）.csv";

  /**
   * The year-end actuals of 2023 of {@link DemoData#lastYear()}: the self-evaluation that 结果应用
   * shows beside the 2024 drafts. 义务教育学校公用经费补助 and 智慧校园建设 meet every target (优);
   * 学前教育普惠性幼儿园奖补 falls somewhat short everywhere (良); 教师培训专项 misses its quantities by far
   * but finishes on time (中); 中小学校舍维修改造 lags all year, falls well short and finishes late (差) —
   * and asks for more money in 2024, which rule R1 flags.
   */
  public static List<ActualsEntry> lastYearEntries() {
    return entries(DemoData.lastYear(), LAST_YEAR_PLANS);
  }

  private static final List<Plan> LAST_YEAR_PLANS =
      List.of(
          new Plan(0, 1, Pace.STEADY, Results.MET),
          new Plan(0, 2, Pace.STEADY, Results.POOR),
          new Plan(0, 3, Pace.LAGGING, Results.FAILED),
          new Plan(0, 4, Pace.BELOW_FLOORS, Results.WEAK),
          new Plan(0, 5, Pace.AHEAD, Results.MET));

  private static List<ActualsEntry> entries(List<TargetDocument> documents, List<Plan> plans) {
    List<ActualsEntry> entries = new ArrayList<>();
    for (Plan plan : plans) {
      TargetDocument d = documents.get(plan.department());
      entries.addAll(
          table(d.source(), d.department().year(), d.projects().get(plan.seq() - 1), plan));
    }
    return entries;
  }

  /** The demo tables (document index, table number) that report actuals. */
  public static List<int[]> tables() {
    return PLANS.stream().map(p -> new int[] {p.department(), p.seq()}).toList();
  }

  private static List<ActualsEntry> table(String source, int budgetYear, Project p, Plan plan) {
    ProjectKey key = new ProjectKey(source, p.seq());
    List<ActualsEntry> lines = new ArrayList<>();
    // the base the percentages apply to: the adjusted budget, the printed one, or for the table
    // without a budget the cost it states
    BigDecimal base =
        plan.adjustedBudget() != null
            ? new BigDecimal(plan.adjustedBudget())
            : p.budget() != null
                ? p.budget().total().wan()
                : ((TargetValue.Quantity) cost(p).target()).inWan();
    if (plan.adjustedBudget() != null) {
      lines.add(
          ActualsEntry.budget(
              key, YearMonth.of(budgetYear, 9), Money.parse(plan.adjustedBudget()),
              plan.budgetNote()));
    }
    for (int m = 1; m <= 12; m++) {
      String note = m == 12 ? plan.spendingNote() : null;
      lines.add(
          ActualsEntry.spent(
              key, YearMonth.of(budgetYear, m), new Money(amount(base, plan.pace().at(m))), note));
    }
    if (plan.results() == Results.NOT_REPORTED) {
      return lines;
    }
    BigDecimal spent = amount(base, plan.pace().at(12));
    for (int row = 1; row <= p.indicators().size(); row++) {
      Indicator i = p.indicators().get(row - 1);
      Actual result = yearEnd(i, plan.results(), spent, budgetYear);
      if (row == 1 && i.target() instanceof TargetValue.Quantity q && q.sign() == Sign.GE) {
        BigDecimal last = plan.pace().at(12);
        for (int m = 1; m < 12; m++) {
          BigDecimal share = plan.pace().at(m).divide(last, 10, RoundingMode.HALF_UP);
          BigDecimal n = scaled(result.number().multiply(share), q.number());
          if (n.signum() > 0) {
            lines.add(
                ActualsEntry.indicator(
                    key, row, YearMonth.of(budgetYear, m), quantity(n, q.unit()), null));
          }
        }
      }
      lines.add(
          ActualsEntry.indicator(
              key, row, YearMonth.of(budgetYear, 12), result.text(), result.note()));
    }
    return lines;
  }

  /** An indicator's result as written, with its number when it is a quantity. */
  private record Actual(String text, BigDecimal number, String note) {}

  private static Actual yearEnd(Indicator i, Results r, BigDecimal spent, int budgetYear) {
    TargetValue t = i.target();
    String level2 = i.level2() == null ? "" : i.level2();
    boolean effect = i.level1() != null && i.level1().startsWith("效益");
    boolean satisfaction = i.level1() != null && i.level1().startsWith("满意度");
    if (t instanceof TargetValue.Deadline d) {
      if (r == Results.FAILED) {
        return new Actual((budgetYear + 1) + "年3月15日", null, LATE_NOTE);
      }
      LocalDate due = d.lastDay(budgetYear);
      return due.getMonthValue() < 12
          ? new Actual(budgetYear + "年" + (due.getMonthValue() + 1) + "月20日", null, LATE_NOTE)
          : new Actual(budgetYear + "年11月28日", null, null);
    }
    if (!(t instanceof TargetValue.Quantity q)) {
      String grade =
          r == Results.FAILED
              ? "未达成"
              : r == Results.WEAK
                  ? "部分达成"
              : r == Results.POOR
                  ? "部分达成"
                  : r == Results.MISSED_EXPLAINED && effect ? "基本达成" : "达成";
      String note =
          grade.equals("基本达成") ? EFFECT_NOTE : grade.equals("部分达成") ? QUANTITY_NOTE : null;
      return new Actual(grade, null, note);
    }
    if (level2.contains("成本") && q.isMoney()) {
      BigDecimal cost = spent;
      return new Actual(
          quantity(cost, "万元"), cost, cost.compareTo(q.inWan()) > 0 ? COST_NOTE : null);
    }
    boolean quantityRow = level2.equals("数量指标");
    boolean qualityRow = level2.equals("质量指标");
    boolean miss;
    String note = null;
    switch (r) {
      case MISSED_EXPLAINED:
        miss = quantityRow || effect;
        note = miss ? (quantityRow ? QUANTITY_NOTE : EFFECT_NOTE) : null;
        break;
      case MISSED_UNEXPLAINED:
        miss = qualityRow || satisfaction;
        break;
      case POOR:
      case FAILED:
      case WEAK:
        miss = true;
        note = quantityRow ? QUANTITY_NOTE : satisfaction ? SATISFACTION_NOTE : null;
        break;
      default:
        miss = false;
    }
    BigDecimal n = q.number();
    BigDecimal v;
    if (q.sign() == Sign.LE || q.sign() == Sign.LT) {
      String factor = !miss ? "0.6" : far(r) ? "1.5" : "1.15";
      v = scaled(n.multiply(new BigDecimal(factor)), n.movePointLeft(1));
    } else if (n.signum() == 0) {
      v = BigDecimal.ZERO; // "none" (0人, 0次): the demo keeps every such target
    } else if (q.isPercent()) {
      BigDecimal short_ =
          far(r) ? new BigDecimal("35") : r == Results.POOR ? new BigDecimal("12")
              : new BigDecimal("4");
      v = miss ? n.subtract(short_) : n.add(BigDecimal.valueOf(3)).min(BigDecimal.valueOf(100));
      v = v.max(BigDecimal.ZERO);
    } else if (q.sign() == Sign.EQ && !miss) {
      v = n;
    } else {
      String factor =
          !miss ? "1.03" : far(r) ? "0.4" : r == Results.POOR ? "0.6" : "0.9";
      v = scaled(n.multiply(new BigDecimal(factor)), n);
    }
    return new Actual(quantity(v, q.unit()), v, miss ? note : null);
  }

  /** ProjectWorkflows missed by far (a 差 or 中 year). */
  private static boolean far(Results r) {
    return r == Results.FAILED || r == Results.WEAK;
  }

  /** {@code percent} of {@code base}, to the cent. */
  private static BigDecimal amount(BigDecimal base, BigDecimal percent) {
    return base.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
  }

  /** {@code v} with as many decimals as {@code like} (at least none). */
  private static BigDecimal scaled(BigDecimal v, BigDecimal like) {
    return v.setScale(Math.max(0, like.stripTrailingZeros().scale()), RoundingMode.HALF_UP);
  }

  private static String quantity(BigDecimal n, String unit) {
    return n.stripTrailingZeros().toPlainString() + (unit == null ? "" : unit);
  }

  private static Indicator cost(Project p) {
    return p.indicators().stream()
        .filter(i -> i.level2() != null && i.level2().contains("成本"))
        .findFirst()
        .orElseThrow();
  }
}
