package io.jixiao.review;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a year-end self-evaluation (绩效自评) is scored; the {@code evaluation} section of a rule pack.
 * The defaults follow the provincial 项目支出绩效自评表: 预算执行率 10 points, 产出 50, 效益 30, 满意度 10; the graded
 * words 达成 / 基本达成 / 部分达成 / 未达成 earn 100 / 80 / 60 / 0 % of an indicator's points; 优 from 90, 良 from
 * 80, 中 from 60; an execution rate under 90% needs a written reason. A region pack may change any
 * of them; the parser checks the invariants below with the JSON path of each.
 *
 * @param budgetPoints points of 预算执行率
 * @param outputPoints points of 产出指标 (成本指标 count here under both taxonomies)
 * @param effectPoints points of 效益指标
 * @param satisfactionPoints points of 满意度指标
 * @param achievedShare percent of an indicator's points for 达成
 * @param mostlyShare percent for 基本达成
 * @param partlyShare percent for 部分达成
 * @param notAchievedShare percent for 未达成
 * @param excellentFrom lowest score graded 优
 * @param goodFrom lowest score graded 良
 * @param fairFrom lowest score graded 中 (below it: 差)
 * @param reasonBelowExecutionPercent an execution rate (%) below this needs a written reason (E2)
 * @param severities the severity of each evaluation finding, E1–E4
 */
public record EvaluationPolicy(
    BigDecimal budgetPoints,
    BigDecimal outputPoints,
    BigDecimal effectPoints,
    BigDecimal satisfactionPoints,
    BigDecimal achievedShare,
    BigDecimal mostlyShare,
    BigDecimal partlyShare,
    BigDecimal notAchievedShare,
    BigDecimal excellentFrom,
    BigDecimal goodFrom,
    BigDecimal fairFrom,
    BigDecimal reasonBelowExecutionPercent,
    Map<RuleId, Severity> severities) {

  /** The findings of self-evaluation, each with a severity in the pack. */
  public static final List<RuleId> RULES = List.of(RuleId.E1, RuleId.E2, RuleId.E3, RuleId.E4);

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public EvaluationPolicy {
    for (BigDecimal n :
        List.of(
            budgetPoints,
            outputPoints,
            effectPoints,
            satisfactionPoints,
            achievedShare,
            mostlyShare,
            partlyShare,
            notAchievedShare,
            excellentFrom,
            goodFrom,
            fairFrom,
            reasonBelowExecutionPercent)) {
      Objects.requireNonNull(n, "evaluation setting");
      if (n.signum() < 0 || n.compareTo(HUNDRED) > 0) {
        throw new IllegalArgumentException("evaluation setting out of 0..100: " + n);
      }
    }
    if (budgetPoints.add(outputPoints).add(effectPoints).add(satisfactionPoints).compareTo(HUNDRED)
        != 0) {
      throw new IllegalArgumentException("the parts' points must add up to 100");
    }
    if (achievedShare.compareTo(mostlyShare) < 0
        || mostlyShare.compareTo(partlyShare) < 0
        || partlyShare.compareTo(notAchievedShare) < 0) {
      throw new IllegalArgumentException("a better grade must not earn a smaller share");
    }
    if (excellentFrom.compareTo(goodFrom) <= 0 || goodFrom.compareTo(fairFrom) <= 0) {
      throw new IllegalArgumentException("grade bounds must fall from 优 to 中");
    }
    Map<RuleId, Severity> copy = new EnumMap<>(RuleId.class);
    for (RuleId r : RULES) {
      copy.put(r, Objects.requireNonNull(severities.get(r), "severity of " + r));
    }
    severities = Map.copyOf(copy);
  }

  /** The severity of evaluation finding {@code rule} (one of {@link #RULES}). */
  public Severity severity(RuleId rule) {
    Severity s = severities.get(rule);
    if (s == null) {
      throw new IllegalArgumentException(rule + " is not an evaluation rule");
    }
    return s;
  }
}
