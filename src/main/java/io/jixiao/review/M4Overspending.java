package io.jixiao.review;

import io.jixiao.monitor.MonitoringTable;
import io.jixiao.monitor.Spending;
import java.math.BigDecimal;

/**
 * M4 超预算支出: cumulative spending at the date above the budget available for the year (执行率 above
 * 100%). A budget is an upper limit: 《中华人民共和国预算法》第十三条 allows no spending beyond the approved
 * budget, and a budget that must grow is adjusted by procedure (调整后预算数), which the rate then
 * follows. Spending of 2,000 on 860 (232.56%) is an overrun or a wrong entry, never good execution.
 */
final class M4Overspending implements MonitoringRule {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  M4Overspending(RuleSettings settings) {}

  @Override
  public RuleId id() {
    return RuleId.M4;
  }

  @Override
  public void check(TableContext t, Findings out) {
    MonitoringTable m = t.monitoring();
    if (m == null || m.budget() == null) {
      return;
    }
    Spending s = m.spendingAt(m.asOf()).orElse(null);
    if (s == null || s.rate() == null || s.rate().compareTo(HUNDRED) <= 0) {
      return;
    }
    out.add(
        null,
        Fields.SPENT,
        Monitoring.spent(m, m.asOf(), s)
            + "，超出全年预算 "
            + Monitoring.wan(s.amount().wan().subtract(m.budget().wan()))
            + "（执行率超过 100%）",
        "核实执行数是否填错（累计数、单位为万元）；确需增加支出的，按程序调整预算后填报调整后预算数，不得超预算支出");
  }
}
