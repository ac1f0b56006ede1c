package io.jixiao.review;

import io.jixiao.model.Budget;
import java.math.BigDecimal;

/**
 * B1: 预算数 = 财政资金 + 其他资金 (to 0.01 万元) where all three are printed; and 财政资金 alone never exceeds 预算数.
 */
final class B1BudgetSum implements TableRule {

  private final BigDecimal tolerance;

  B1BudgetSum(RuleSettings settings) {
    this.tolerance = settings.number("toleranceWan");
  }

  @Override
  public RuleId id() {
    return RuleId.B1;
  }

  @Override
  public void check(TableContext t, Findings out) {
    Budget b = t.project().budget();
    if (b == null || b.total() == null || b.fiscal() == null) {
      return;
    }
    BigDecimal total = b.total().wan();
    BigDecimal fiscal = b.fiscal().wan();
    if (b.other() != null) {
      BigDecimal sum = fiscal.add(b.other().wan());
      if (total.subtract(sum).abs().compareTo(tolerance) > 0) {
        out.add(
            null,
            Fields.BUDGET_TOTAL,
            "预算数 "
                + wan(total)
                + " 不等于财政资金 "
                + wan(fiscal)
                + " 与其他资金 "
                + wan(b.other().wan())
                + " 之和（"
                + wan(sum)
                + "）",
            "核对预算数、财政资金和其他资金，使预算数 = 财政资金 + 其他资金");
      }
    } else if (fiscal.subtract(total).compareTo(tolerance) > 0) {
      out.add(
          null,
          Fields.BUDGET_FISCAL,
          "财政资金 " + wan(fiscal) + " 大于预算数 " + wan(total),
          "核对预算数和财政资金：财政资金是预算数的一部分，不能超过预算数");
    }
  }

  static String wan(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString() + " 万元";
  }
}
