package io.jixiao.review;

import java.math.BigDecimal;

/**
 * X3: a recurring project (the same 项目编码 or name without years as in last year's documents, see
 * {@link Recurring}) whose indicators are identical to last year's while its budget changed by more
 * than {@code maxBudgetChangePercent}. Runs only when the caller passes last year's documents.
 */
final class X3UnchangedTargets implements DocumentRule {

  private final BigDecimal maxChange;

  X3UnchangedTargets(RuleSettings settings) {
    this.maxChange = settings.number("maxBudgetChangePercent");
  }

  @Override
  public RuleId id() {
    return RuleId.X3;
  }

  @Override
  public void check(DocumentContext d, Findings out) {
    for (TableContext t : d.tables()) {
      TableContext before = d.lastYearTable(t);
      if (before == null
          || t.budgetTotal() == null
          || before.budgetTotal() == null
          || before.budgetTotal().signum() == 0
          || t.rows().isEmpty()) {
        continue;
      }
      BigDecimal change = LastYear.budgetChangePercent(before.budgetTotal(), t.budgetTotal());
      if (change.abs().compareTo(maxChange) <= 0
          || !X1CopiedIndicators.signature(t).equals(X1CopiedIndicators.signature(before))) {
        continue;
      }
      out.table(t.index())
          .add(
              null,
              Fields.INDICATORS,
              "预算数由上年的 "
                  + B1BudgetSum.wan(before.budgetTotal())
                  + " 变为 "
                  + B1BudgetSum.wan(t.budgetTotal())
                  + "（"
                  + (change.signum() > 0 ? "+" : "")
                  + change.toPlainString()
                  + "%），绩效指标却与上年相同（成本金额除外）",
              "按预算的变化调整产出数量、成本等指标，使目标与资金相匹配");
    }
  }
}
