package io.jixiao.review;

import java.math.BigDecimal;

/**
 * B4: the cost indicators' amounts add up to more than the budget total, while none alone does
 * (that is B3's). A total printed with its parts (总成本 20 = 设备 12 + 服务 8) is not added twice.
 */
final class B4CostSum implements TableRule {

  private final BigDecimal tolerance;

  B4CostSum(RuleSettings settings) {
    this.tolerance = settings.number("toleranceWan");
  }

  @Override
  public RuleId id() {
    return RuleId.B4;
  }

  @Override
  public void check(TableContext t, Findings out) {
    BigDecimal total = t.budgetTotal();
    if (total == null || !t.hasCost()) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    int count = 0;
    BigDecimal largest = BigDecimal.ZERO;
    for (Row r : t.rows()) {
      BigDecimal amount = r.isCost() ? r.moneyInWan() : null;
      if (amount != null) {
        sum = sum.add(amount);
        largest = largest.max(amount);
        count++;
      }
    }
    if (count < 2 || largest.subtract(total).compareTo(tolerance) > 0) {
      return; // one amount alone above the total is B3's
    }
    if (largest.subtract(sum.subtract(largest)).abs().compareTo(tolerance) <= 0) {
      return; // a total and its parts: the parts add up to the total
    }
    if (sum.subtract(total).compareTo(tolerance) > 0) {
      out.add(
          null,
          Fields.VALUE,
          count + " 个成本指标的金额合计 " + B1BudgetSum.wan(sum) + "，超过了预算数 " + B1BudgetSum.wan(total),
          "核对各项成本：分项成本合计不应超过预算数");
    }
  }
}
