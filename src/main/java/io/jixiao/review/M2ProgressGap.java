package io.jixiao.review;

import io.jixiao.monitor.MonitoringTable;
import io.jixiao.monitor.Percentages;
import java.math.BigDecimal;

/**
 * M2: the indicators' progress (the mean of the counted rows, {@link
 * io.jixiao.monitor.IndicatorProgress}) and the spending progress (执行率) at the date differ by more
 * than {@code maxGapPoints}, in either direction: money spent without the outputs, or outputs
 * delivered while the money is not paid.
 */
final class M2ProgressGap implements MonitoringRule {

  private final BigDecimal maxGap;

  M2ProgressGap(RuleSettings settings) {
    this.maxGap = settings.number("maxGapPoints");
  }

  @Override
  public RuleId id() {
    return RuleId.M2;
  }

  @Override
  public void check(TableContext t, Findings out) {
    MonitoringTable m = t.monitoring();
    if (m == null || m.indicatorProgress() == null || m.rate() == null) {
      return;
    }
    BigDecimal diff = m.indicatorProgress().subtract(m.rate());
    if (diff.abs().compareTo(maxGap) <= 0) {
      return;
    }
    boolean indicatorsBehind = diff.signum() < 0;
    out.add(
        null,
        Fields.INDICATORS,
        "截至"
            + Monitoring.monthEnd(m.asOf())
            + "，指标完成进度 "
            + Percentages.text(m.indicatorProgress())
            + "（"
            + m.indicatorsCounted()
            + " 项指标的平均）与预算执行进度 "
            + Percentages.text(m.rate())
            + " 相差 "
            + Monitoring.points(diff.abs())
            + " 个百分点，"
            + (indicatorsBehind ? "指标完成滞后于资金支出" : "资金支出滞后于指标完成"),
        indicatorsBehind
            ? "核实已支出资金形成的产出，说明指标滞后的原因并采取纠偏措施，防止资金已支出而目标未完成"
            : "核实支出是否及时支付和入账，加快资金支付；指标提前完成的，说明原因");
  }
}
