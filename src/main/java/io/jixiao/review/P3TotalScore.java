package io.jixiao.review;

import io.jixiao.model.SelfEvaluation;
import java.math.BigDecimal;

/**
 * P3: a self-evaluation form prints a 总分 that is not the sum of its parts: the indicators' 得分 and
 * the budget execution's. Read only when the form prints a total and every indicator a score.
 */
final class P3TotalScore implements TableRule {

  private final BigDecimal tolerance;

  P3TotalScore(RuleSettings settings) {
    this.tolerance = settings.number("tolerance");
  }

  @Override
  public RuleId id() {
    return RuleId.P3;
  }

  @Override
  public void check(TableContext t, Findings out) {
    SelfEvaluation self = t.project().facts().selfEvaluation();
    if (self == null || self.totalScore() == null || t.rows().isEmpty()) {
      return;
    }
    BigDecimal sum = self.budgetScore() == null ? BigDecimal.ZERO : self.budgetScore();
    for (Row r : t.rows()) {
      BigDecimal score = r.indicator().facts().score();
      if (score == null) {
        return;
      }
      sum = sum.add(score);
    }
    if (sum.subtract(self.totalScore()).abs().compareTo(tolerance) > 0) {
      out.add(
          null,
          Fields.TOTAL_SCORE,
          "总分填为 " + S7Weights.plain(self.totalScore()) + "，而各指标得分"
              + (self.budgetScore() == null ? "" : "与预算执行得分")
              + "合计为 " + S7Weights.plain(sum),
          "总分 = 预算执行得分 + 各指标得分；核对后更正总分和评价等级");
    }
  }
}
