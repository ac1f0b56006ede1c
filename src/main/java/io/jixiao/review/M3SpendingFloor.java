package io.jixiao.review;

import io.jixiao.monitor.MonitoringTable;
import io.jixiao.monitor.Percentages;
import io.jixiao.monitor.Spending;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * M3: the region's spending floor ({@code floors}: month → cumulative percentage, e.g. 25% by
 * April, 40% by June, 60% by August, 80% by October) at the latest floor month on or before the
 * date, whatever the table's own plan says.
 */
final class M3SpendingFloor implements MonitoringRule {

  private final SortedMap<Integer, BigDecimal> floors;

  M3SpendingFloor(RuleSettings settings) {
    this.floors = settings.floors("floors");
  }

  /** {@code floors} with 12 → 100% added when they set no floor for December. */
  static SortedMap<Integer, BigDecimal> withYearEnd(SortedMap<Integer, BigDecimal> floors) {
    if (floors.containsKey(12)) {
      return floors;
    }
    SortedMap<Integer, BigDecimal> all = new TreeMap<>(floors);
    all.put(12, BigDecimal.valueOf(100));
    return all;
  }

  @Override
  public RuleId id() {
    return RuleId.M3;
  }

  @Override
  public void check(TableContext t, Findings out) {
    MonitoringTable m = t.monitoring();
    if (m == null || m.budget() == null) {
      return;
    }
    YearMonth month = null;
    BigDecimal floor = null;
    for (Map.Entry<Integer, BigDecimal> e : floors.entrySet()) {
      YearMonth ym = YearMonth.of(m.budgetYear(), e.getKey());
      if (!ym.isAfter(m.asOf())) {
        month = ym;
        floor = e.getValue();
      }
    }
    if (month == null) {
      return;
    }
    Spending s = m.spendingAt(month).orElse(null);
    if (s == null || s.rate() == null || s.rate().compareTo(floor) >= 0) {
      return;
    }
    out.add(
        null,
        Fields.SPENT,
        Monitoring.spent(m, month, s)
            + "，低于本地区"
            + month.getMonthValue()
            + "月底支出进度要求 "
            + Percentages.text(floor)
            + "（差 "
            + Monitoring.points(floor.subtract(s.rate()))
            + " 个百分点）",
        "加快预算执行，达到本地区支出进度要求；执行确有困难的，说明原因，按程序调整或收回资金");
  }
}
