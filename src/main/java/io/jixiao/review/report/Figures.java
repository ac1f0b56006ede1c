package io.jixiao.review.report;

import io.jixiao.monitor.Checkpoint;
import io.jixiao.monitor.IndicatorProgress;
import io.jixiao.monitor.MonitoringTable;
import io.jixiao.monitor.Percentages;
import io.jixiao.monitor.Spending;
import io.jixiao.model.Money;
import java.math.BigDecimal;
import java.time.YearMonth;

/** How the monitoring reports print figures; {@code —} stands for an unknown figure. */
final class Figures {

  static final String NONE = "—";

  private Figures() {}

  /** {@code 15.00}, in 万元. */
  static String money(Money m) {
    return m == null ? NONE : m.wan().toPlainString();
  }

  static String percent(BigDecimal p) {
    return Percentages.text(p);
  }

  /** {@code +30}, {@code -6}, {@code 0} percentage points. */
  static String gap(BigDecimal g) {
    if (g == null) {
      return NONE;
    }
    return (g.signum() > 0 ? "+" : "") + Percentages.plain(g);
  }

  /** {@code 2023年10月底}. */
  static String monthEnd(YearMonth m) {
    return m.getYear() + "年" + m.getMonthValue() + "月底";
  }

  /** {@code 30%（10月底）}. */
  static String plan(MonitoringTable t) {
    if (t.plan().isEmpty()) {
      return NONE;
    }
    Checkpoint c = t.plan().get();
    return c.planned() + "（" + c.label() + "）";
  }

  /** {@code 82.5%（4 项指标的平均）}, or {@code —（没有可计算进度的指标）}. */
  static String indicatorProgress(MonitoringTable t) {
    if (t.indicatorProgress() == null) {
      return NONE + "（没有可计算进度的指标）";
    }
    return percent(t.indicatorProgress()) + "（" + t.indicatorsCounted() + " 项指标的平均）";
  }

  /** {@code 9.00 万元（截至2023年10月底）}. */
  static String spent(MonitoringTable t) {
    if (t.spending().isEmpty()) {
      return "未报送";
    }
    Spending s = t.spending().get();
    return money(s.amount()) + " 万元（截至" + monthEnd(s.period()) + "）";
  }

  /** {@code 15.00 万元}, with the printed 预算数 beside an adjusted budget. */
  static String budget(MonitoringTable t) {
    if (t.budget() == null) {
      return "未填写";
    }
    String b = money(t.budget()) + " 万元";
    if (t.budgetAdjusted()) {
      b += "（调整后；年初预算数 " + (t.printedBudget() == null ? NONE : money(t.printedBudget()) + " 万元");
      b += t.budgetNote() == null ? "）" : "；" + t.budgetNote() + "）";
    }
    return b;
  }

  static String actual(IndicatorProgress p) {
    return p.actual() == null ? NONE : p.actual();
  }

  static String likelihood(IndicatorProgress p) {
    return p.likelihood() == null ? NONE : p.likelihood().label();
  }

  static String note(IndicatorProgress p) {
    return p.note() == null ? "" : p.note();
  }

  static String text(String s) {
    return s == null ? NONE : s;
  }
}
