package io.jixiao.review;

import io.jixiao.model.Level2;

/**
 * Q4: a budget-execution measure (预算执行率, 按预算资金完成率, 资金到位率…) used as an indicator. Self-evaluation
 * scores budget execution on its own (10 points), so it measures nothing here.
 */
final class Q4BudgetExecution implements TableRule {

  private final String[] words;

  Q4BudgetExecution(RuleSettings settings) {
    this.words = Text.array(settings.words("words"));
  }

  @Override
  public RuleId id() {
    return RuleId.Q4;
  }

  @Override
  public void check(TableContext t, Findings out) {
    for (Row r : t.rows()) {
      String word = Text.findAny(r.nameKey(), words);
      if (word == null) {
        continue;
      }
      out.add(
          r.number(),
          Fields.NAME,
          Text.quote(r.name())
              + "衡量的是预算执行和资金管理，绩效自评中单独考核（预算执行率 10 分），不应作为"
              + (r.level2() == null ? "绩效指标" : r.level2().label()),
          suggestion(r));
    }
  }

  private static String suggestion(Row r) {
    if (r.isCost()) {
      return "成本指标改写为金额上限，如“≤15 万元”（与预算数一致）";
    }
    if (r.level2() == Level2.TIMELINESS) {
      return "时效指标改写为完成时限，如“2023年12月31日前完成”";
    }
    return "删除该指标，换成反映本项目产出或效益的指标";
  }
}
