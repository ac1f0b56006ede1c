package io.jixiao.model;

import java.math.BigDecimal;

/**
 * The figures a 绩效自评表 prints for its budget and in total, kept as printed so that our own
 * scoring can be compared with them: 年初预算, 调整后预算 (全年预算数), 执行数, 执行率, the budget
 * execution's 权重 and 得分, the form's 总分 and 等级. Each is null when not printed.
 */
public record SelfEvaluation(
    Money initialBudget,
    Money adjustedBudget,
    Money spent,
    Percent executionRate,
    BigDecimal budgetWeight,
    BigDecimal budgetScore,
    BigDecimal totalScore,
    String grade) {

  public SelfEvaluation {
    budgetWeight = PlainDecimal.normalise(budgetWeight);
    budgetScore = PlainDecimal.normalise(budgetScore);
    totalScore = PlainDecimal.normalise(totalScore);
  }
}
