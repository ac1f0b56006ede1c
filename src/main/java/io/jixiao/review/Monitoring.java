package io.jixiao.review;

import io.jixiao.monitor.Checkpoint;
import io.jixiao.monitor.MonitoringTable;
import io.jixiao.monitor.Percentages;
import io.jixiao.monitor.Spending;
import java.math.BigDecimal;
import java.time.YearMonth;

/** Wording the monitoring rules share. */
final class Monitoring {

  private Monitoring() {}

  /** {@code 2023年10月底}. */
  static String monthEnd(YearMonth month) {
    return month.getYear() + "年" + month.getMonthValue() + "月底";
  }

  /** {@code 20 万元}. */
  static String wan(BigDecimal amount) {
    return B1BudgetSum.wan(amount);
  }

  /** {@code 20} (points, without a percent sign). */
  static String points(BigDecimal points) {
    return Percentages.plain(points);
  }

  /** The field of a checkpoint: {@code spendingPlan.oct}. */
  static String field(Checkpoint c) {
    switch (c.month().getMonthValue()) {
      case 3:
        return "spendingPlan.mar";
      case 6:
        return "spendingPlan.jun";
      case 10:
        return "spendingPlan.oct";
      default:
        return "spendingPlan.dec";
    }
  }

  /**
   * {@code 截至2023年10月底累计支出 20 万元，占全年预算数 40 万元的 50%}, naming the report used when it is older than
   * {@code month} and an adjusted budget as such.
   */
  static String spent(MonitoringTable m, YearMonth month, Spending s) {
    StringBuilder b = new StringBuilder("截至").append(monthEnd(month));
    if (!s.period().equals(month)) {
      b.append("（最近一次报送为").append(monthEnd(s.period())).append("）");
    }
    b.append("累计支出 ")
        .append(wan(s.amount().wan()))
        .append("，占全年预算数")
        .append(m.budgetAdjusted() ? "（调整后）" : " ")
        .append(wan(m.budget().wan()))
        .append("的 ")
        .append(Percentages.text(s.rate()));
    return b.toString();
  }
}
