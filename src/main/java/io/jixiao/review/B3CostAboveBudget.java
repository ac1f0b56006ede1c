package io.jixiao.review;

import java.math.BigDecimal;

/**
 * B3: a cost indicator's amount above the budget total, or a "total cost" indicator (总成本, 预算控制数…)
 * whose amount differs from the budget total.
 */
final class B3CostAboveBudget implements TableRule {

  private final String[] totalWords;
  private final BigDecimal tolerance;

  B3CostAboveBudget(RuleSettings settings) {
    this.totalWords = Text.array(settings.words("totalWords"));
    this.tolerance = settings.number("toleranceWan");
  }

  @Override
  public RuleId id() {
    return RuleId.B3;
  }

  @Override
  public void check(TableContext t, Findings out) {
    BigDecimal total = t.budgetTotal();
    if (total == null || !t.hasCost()) {
      return;
    }
    for (Row r : t.rows()) {
      if (!r.isCost()) {
        continue;
      }
      BigDecimal amount = r.moneyInWan();
      if (amount == null) {
        continue;
      }
      if (amount.subtract(total).compareTo(tolerance) > 0) {
        out.add(
            r.number(),
            Fields.VALUE,
            "成本指标"
                + Text.quote(r.name())
                + "的金额 "
                + Text.quote(r.value())
                + " 超过了预算数 "
                + B1BudgetSum.wan(total),
            "核对成本金额与预算数：成本指标不应超过本项目预算数，如“≤" + B1BudgetSum.wan(total) + "”");
      } else if (total.subtract(amount).compareTo(tolerance) > 0
          && Text.containsAny(r.nameKey(), totalWords)) {
        out.add(
            r.number(),
            Fields.VALUE,
            "成本指标"
                + Text.quote(r.name())
                + "是总成本，金额 "
                + Text.quote(r.value())
                + " 却与预算数 "
                + B1BudgetSum.wan(total)
                + " 不一致",
            "总成本指标应与预算数一致；若只是部分支出，请改用能说明范围的名称");
      }
    }
  }
}
