package io.jixiao.evaluate;

import io.jixiao.review.Finding;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The self-evaluation (绩效自评) of one target table: the score out of 100 (rounded half-up to 0.01),
 * the grade, 预算执行率 and every indicator's points, with the findings (E1–E4) about the actuals.
 *
 * @param source the document's file name
 * @param seq the table's number
 * @param name the project's name
 * @param year the budget year, null when the document does not print it
 * @param department 主管部门, null when unknown
 * @param unit 实施单位 (the budget unit line), null when not printed
 * @param goals the table's 绩效目标 (年度总体目标)
 * @param score null when nothing could be scored (no budget and no indicator)
 * @param grade null when there is no score
 * @param outOf the points of the parts that were scored before rescaling to 100 (100 when every
 *     part was)
 */
public record ProjectEvaluation(
    String source,
    int seq,
    String name,
    Integer year,
    String department,
    String unit,
    List<String> goals,
    BigDecimal score,
    EvaluationGrade grade,
    BigDecimal outOf,
    BudgetExecution budget,
    List<IndicatorScore> indicators,
    List<Finding> findings) {

  public ProjectEvaluation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(budget, "budget");
    goals = List.copyOf(goals);
    indicators = List.copyOf(indicators);
    findings = List.copyOf(findings);
  }

  /**
   * True when the project takes a place in the department's ranking: it has a score and its
   * 预算执行率 was scored. A table without a budget would rank on its indicators alone (100.00 on
   * met indicators) above tables that answer for their money, so it is listed after them, unranked.
   */
  public boolean ranked() {
    return score != null && budget.scored();
  }

  /** Why the project is not ranked, null when it is. */
  public String unrankedReason() {
    if (score == null) {
      return "没有可评分的内容，不参与排名";
    }
    if (!budget.scored()) {
      return "未填报预算数，预算执行率无法评分，不参与排名";
    }
    return null;
  }

  /** True when a part was left out and the score rescaled to 100. */
  public boolean rescaled() {
    return outOf.compareTo(Exact.HUNDRED) != 0;
  }

  /** How many indicators earned their full weight. */
  public int indicatorsMet() {
    int n = 0;
    for (IndicatorScore i : indicators) {
      if (i.met()) {
        n++;
      }
    }
    return n;
  }

  /** The sum of the points earned before rescaling, as shown (0.01). */
  public BigDecimal shownPointsEarned() {
    BigDecimal sum = budget.points() == null ? BigDecimal.ZERO : budget.points();
    for (IndicatorScore i : indicators) {
      if (i.points() != null) {
        sum = sum.add(i.points());
      }
    }
    return Exact.shown(sum);
  }
}
