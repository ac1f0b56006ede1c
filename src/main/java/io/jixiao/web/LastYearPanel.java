package io.jixiao.web;

import io.jixiao.review.LastYear;
import io.jixiao.review.PriorOutcome;
import io.jixiao.review.RuleId;
import io.jixiao.model.Money;
import io.jixiao.model.Project;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * 结果应用 beside a draft: how the project did in last year's self-evaluation (grade and score, or how
 * far the year was reported), the indicators it missed, and how its budget changed since.
 *
 * @param last last year's outcome
 * @param budget this year's 预算数, null when not printed
 * @param change the budget's change in percent, one decimal, signed ({@code +20.0}); null when
 *     either budget is missing or last year's is 0
 * @param warned true when the review of the draft warns about it (rule R1: a poor result last year
 *     and a larger budget now, by the rule pack's grades and threshold)
 */
record LastYearPanel(PriorOutcome last, BigDecimal budget, String change, boolean warned) {

  /** The panel for {@code project}, when last year's results know it. */
  static Optional<LastYearPanel> of(
      Optional<PriorOutcome> outcome, Project project, ReviewResult review) {
    boolean warned = review.findings().stream().anyMatch(f -> f.rule().equals(RuleId.R1.name()));
    return outcome.map(o -> of(o, project, warned));
  }

  private static LastYearPanel of(PriorOutcome o, Project project, boolean warned) {
    BigDecimal now =
        project.budget() == null || project.budget().total() == null
            ? null
            : project.budget().total().wan();
    BigDecimal before = o.budget() == null ? null : o.budget().wan();
    BigDecimal pct = LastYear.budgetChangePercent(before, now);
    String change = pct == null ? null : (pct.signum() > 0 ? "+" : "") + pct.toPlainString() + "%";
    return new LastYearPanel(o, now, change, warned);
  }

  /** 上年预算数 written plainly, null when not printed. */
  public String getBudgetBefore() {
    Money m = last.budget();
    return m == null ? null : m.wan().toPlainString();
  }

  /** 本年预算数 written plainly, null when not printed. */
  public String getBudgetNow() {
    return budget == null ? null : budget.toPlainString();
  }

  /** The CSS class of the grade: the same colours as the review grades. */
  public String getGradeClass() {
    if (last.grade() == null || !last.yearEnd()) {
      return "grade";
    }
    return switch (last.grade()) {
      case "优" -> "grade grade-EXCELLENT";
      case "良" -> "grade grade-GOOD";
      case "中" -> "grade grade-FAIR";
      default -> "grade grade-POOR";
    };
  }
}
