package io.jixiao.review;

import io.jixiao.monitor.Checkpoint;
import io.jixiao.monitor.MonitoringTable;
import io.jixiao.monitor.Spending;
import java.math.BigDecimal;

/**
 * M1: cumulative spending behind the table's own 资金支出计划 by more than {@code maxLagPoints} at the
 * latest printed checkpoint (3/6/10/12月底) on or before the date. Spending at the checkpoint is the
 * latest report on or before it; the message names that report when it is older. Only the latest
 * checkpoint is checked: a monitoring run reports where the project stands now.
 */
final class M1PlanLag implements MonitoringRule {

  private final BigDecimal maxLag;

  M1PlanLag(RuleSettings settings) {
    this.maxLag = settings.number("maxLagPoints");
  }

  @Override
  public RuleId id() {
    return RuleId.M1;
  }

  @Override
  public void check(TableContext t, Findings out) {
    MonitoringTable m = t.monitoring();
    if (m == null || m.budget() == null || m.plan().isEmpty()) {
      return;
    }
    Checkpoint c = m.plan().get();
    Spending s = m.spendingAt(c.month()).orElse(null);
    if (s == null || s.rate() == null) {
      return;
    }
    BigDecimal lag = c.planned().value().subtract(s.rate());
    if (lag.compareTo(maxLag) <= 0) {
      return;
    }
    out.add(
        null,
        Monitoring.field(c),
        Monitoring.spent(m, c.month(), s)
            + "，资金支出计划"
            + c.label()
            + "为 "
            + c.planned()
            + "，落后 "
            + Monitoring.points(lag)
            + " 个百分点",
        "查明支出滞后的原因并在偏差原因中说明，加快预算执行；确需调整的，按程序调整资金支出计划或预算");
  }
}
