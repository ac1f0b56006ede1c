package io.jixiao.review;

import io.jixiao.model.Sign;
import java.math.BigDecimal;

/**
 * B3: a cost indicator's amount above the budget total, or a "total cost" indicator whose amount
 * differs from the budget total. A cost indicator is the total cost when its name says so (总成本,
 * 预算控制数…), or when it is the table's only cost amount and printed as an exact amount, without ≤ or
 * < (偿还债务利息支出 {@code 44033.55万元} against a budget of 44034.00): an upper bound on the only cost
 * row ({@code ≤301.4万元} for 仪器设备购置费用) may be a part.
 */
final class B3CostAboveBudget implements TableRule {

  /** Words of a unit cost (单个, 每, 平均, 标准…): an amount per item is no total, even alone. */
  private final String[] unitWords;

  private final String[] totalWords;
  private final BigDecimal tolerance;

  B3CostAboveBudget(RuleSettings settings) {
    this.totalWords = Text.array(settings.words("totalWords"));
    this.tolerance = settings.number("toleranceWan");
    this.unitWords = Text.array(settings.words("unitWords"));
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
    Row only = null;
    int amounts = 0;
    for (Row r : t.rows()) {
      if (r.isCost() && r.moneyInWan() != null) {
        only = r;
        amounts++;
      }
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
          && (Text.containsAny(r.nameKey(), totalWords)
              || amounts == 1
                  && r == only
                  && r.quantity().sign() == Sign.EQ
                  && !Text.containsAny(r.nameKey(), unitWords))) {
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
