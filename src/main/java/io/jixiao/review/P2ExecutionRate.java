package io.jixiao.review;

import io.jixiao.model.Money;
import io.jixiao.model.SelfEvaluation;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * P2: a self-evaluation form prints a 预算执行率 that is not 执行数 ÷ 调整后预算 (全年预算数; the 年初预算
 * when no adjusted budget is printed), to the precision printed: {@code 95%} is any quotient from
 * 94.5% to below 95.5%, {@code 95.00%} one from 94.995%.
 */
final class P2ExecutionRate implements TableRule {

  P2ExecutionRate(RuleSettings settings) {}

  @Override
  public RuleId id() {
    return RuleId.P2;
  }

  @Override
  public void check(TableContext t, Findings out) {
    SelfEvaluation self = t.project().facts().selfEvaluation();
    if (self == null || self.executionRate() == null || self.spent() == null) {
      return;
    }
    boolean adjusted = self.adjustedBudget() != null;
    Money available = adjusted ? self.adjustedBudget() : self.initialBudget();
    if (available == null || available.wan().signum() <= 0) {
      return;
    }
    BigDecimal printed = self.executionRate().value();
    BigDecimal rate =
        self.spent().wan().movePointRight(2).divide(available.wan(), 10, RoundingMode.HALF_UP);
    int scale = Math.max(0, printed.stripTrailingZeros().scale());
    if (rate.setScale(scale, RoundingMode.HALF_UP).compareTo(printed) == 0) {
      return;
    }
    String computed = rate.setScale(Math.max(2, scale), RoundingMode.HALF_UP).toPlainString();
    out.add(
        null,
        Fields.EXECUTION_RATE,
        "预算执行率填为 " + S7Weights.plain(printed) + "%，而执行数 " + S7Weights.plain(self.spent().wan())
            + " 万元 ÷ " + (adjusted ? "调整后预算" : "年初预算") + " " + S7Weights.plain(available.wan())
            + " 万元 = " + computed + "%",
        "预算执行率 = 执行数 ÷ " + (adjusted ? "调整后预算数" : "预算数") + " × 100%；核对两者后更正执行率和预算执行得分");
  }
}
