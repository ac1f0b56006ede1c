package io.jixiao.review;

import java.math.BigDecimal;
import java.util.Set;

/**
 * R1 (结果应用): a project whose year-end self-evaluation last year earned one of {@code grades} (差)
 * and whose 预算数 is now larger than last year's by more than {@code minIncreasePercent}. Practice
 * cuts the budget of a project graded 差 or asks for the reason of an increase. Runs only on last
 * year's outcomes the caller passes ({@link LastYear}); an outcome of actuals that stop before
 * December is a mid-year measure, not a grade, and is left alone.
 */
final class R1PoorResultBudgetGrowth implements DocumentRule {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Set<String> grades;
  private final BigDecimal minIncrease;

  R1PoorResultBudgetGrowth(RuleSettings settings) {
    this.grades = Set.copyOf(settings.words("grades"));
    this.minIncrease = settings.number("minIncreasePercent");
  }

  @Override
  public RuleId id() {
    return RuleId.R1;
  }

  @Override
  public void check(DocumentContext d, Findings out) {
    for (TableContext t : d.tables()) {
      PriorOutcome before = d.lastYearOutcome(t);
      if (before == null
          || before.grade() == null
          || !grades.contains(before.grade())
          || !before.yearEnd()
          || before.budget() == null
          || t.budgetTotal() == null) {
        continue;
      }
      BigDecimal was = before.budget().wan();
      BigDecimal now = t.budgetTotal();
      BigDecimal increase = now.subtract(was);
      // increase / was * 100 > minIncrease, without rounding
      if (was.signum() <= 0
          || increase.signum() <= 0
          || increase.multiply(HUNDRED).compareTo(minIncrease.multiply(was)) <= 0) {
        continue;
      }
      BigDecimal percent = LastYear.budgetChangePercent(was, now);
      StringBuilder m = new StringBuilder();
      m.append("上年（")
          .append(before.year())
          .append("年）“")
          .append(before.name())
          .append("”绩效自评 ")
          .append(before.score().toPlainString())
          .append(" 分，等级“")
          .append(before.grade())
          .append('”');
      if (!before.missed().isEmpty()) {
        m.append("，").append(before.missed().size()).append(" 项指标未完成");
      }
      m.append("；预算数却由上年的 ")
          .append(B1BudgetSum.wan(was))
          .append(" 增至 ")
          .append(B1BudgetSum.wan(now))
          .append("（+")
          .append(B1BudgetSum.wan(increase))
          .append("，+")
          .append(percent.toPlainString())
          .append("%）");
      out.table(t.index())
          .add(
              null,
              Fields.BUDGET_TOTAL,
              m.toString(),
              "按绩效评价结果应用的要求压减该项目预算；确需增加的，说明理由和针对上年问题的整改措施");
    }
  }
}
