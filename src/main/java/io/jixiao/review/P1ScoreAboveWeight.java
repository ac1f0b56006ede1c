package io.jixiao.review;

import io.jixiao.model.SelfEvaluation;
import java.math.BigDecimal;

/**
 * P1: a self-evaluation form prints a 得分 above its 权重 — for an indicator, or for the budget
 * execution. A score is at most the indicator's points (the catalog's scoring caps it there), so
 * the form's own arithmetic is wrong and its 总分 with it.
 */
final class P1ScoreAboveWeight implements TableRule {

  P1ScoreAboveWeight(RuleSettings settings) {}

  @Override
  public RuleId id() {
    return RuleId.P1;
  }

  @Override
  public void check(TableContext t, Findings out) {
    for (Row r : t.rows()) {
      BigDecimal weight = r.indicator().facts().weight();
      BigDecimal score = r.indicator().facts().score();
      if (weight != null && score != null && score.compareTo(weight) > 0) {
        out.add(
            r.number(),
            Fields.SCORE,
            "指标" + Text.quote(r.name()) + "得分 " + S7Weights.plain(score) + " 高于其权重 "
                + S7Weights.plain(weight),
            "得分不超过权重：超额完成的指标按满分 " + S7Weights.plain(weight) + " 计，并相应更正总分");
      }
    }
    SelfEvaluation self = t.project().facts().selfEvaluation();
    if (self != null
        && self.budgetWeight() != null
        && self.budgetScore() != null
        && self.budgetScore().compareTo(self.budgetWeight()) > 0) {
      out.add(
          null,
          Fields.BUDGET_SCORE,
          "预算执行得分 " + S7Weights.plain(self.budgetScore()) + " 高于其权重 "
              + S7Weights.plain(self.budgetWeight()),
          "预算执行得分 = 执行率 × " + S7Weights.plain(self.budgetWeight()) + "，最高为满分");
    }
  }
}
