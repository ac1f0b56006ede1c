package io.jixiao.evaluate;

import io.jixiao.monitor.Actuals;
import io.jixiao.monitor.IndicatorActual;
import io.jixiao.monitor.ProjectActuals;
import io.jixiao.review.EvaluationPolicy;
import io.jixiao.review.Fields;
import io.jixiao.review.Finding;
import io.jixiao.review.Location;
import io.jixiao.review.RuleId;
import io.jixiao.review.RulePack;
import io.jixiao.model.Budget;
import io.jixiao.model.Department;
import io.jixiao.model.Indicator;
import io.jixiao.model.Money;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores the year-end self-evaluation (绩效自评) of target tables against their actuals, under the
 * {@link EvaluationPolicy} of a rule pack:
 *
 * <ul>
 *   <li>预算执行率: spent at the last period reported ÷ the budget available (the adjusted budget when
 *       given, else the table's 预算数) × its points, capped at its points. No budget printed and none
 *       given (or a budget of 0): the part is left out. A budget but no spending reported: 0 points
 *       and a finding (E1). A rate under the pack's threshold without a written reason: E2.
 *   <li>产出 / 效益 / 满意度: a level-1's points are split evenly among its indicators, unless the
 *       department set {@link Weights}. Each indicator earns its weight × the share {@link Scoring}
 *       gives for its latest actual. No actual: 0 points and E1. An actual that cannot be compared
 *       with the target: 0 points and E4. An indicator short of its weight without a written
 *       deviation analysis: E3. A level-1 without indicators is left out.
 *   <li>The total: points earned ÷ points of the parts scored × 100, rounded half-up to 0.01 (see
 *       {@link Exact} for the precision kept before), graded by the pack's bounds.
 * </ul>
 *
 * Thread-safe and reusable.
 */
public final class Evaluator {

  private final EvaluationPolicy policy;
  private final Scoring scoring;

  /** An evaluator with the default rule pack's policy. */
  public Evaluator() {
    this(RulePack.defaults().evaluation());
  }

  public Evaluator(EvaluationPolicy policy) {
    this.policy = policy;
    this.scoring = new Scoring(policy);
  }

  public EvaluationPolicy policy() {
    return policy;
  }

  /** Every table of every document, with the actuals and weights given for them. */
  public DepartmentEvaluation evaluate(
      List<TargetDocument> documents, Actuals actuals, Weights weights) {
    List<ProjectEvaluation> projects = new ArrayList<>();
    for (TargetDocument d : documents) {
      projects.addAll(evaluate(d, actuals, weights));
    }
    return new DepartmentEvaluation(projects);
  }

  /**
   * Every table of one document, in table order: what {@link #evaluate(List, Actuals, Weights)}
   * gives for it, for callers that evaluate documents one at a time.
   */
  public List<ProjectEvaluation> evaluate(
      TargetDocument document, Actuals actuals, Weights weights) {
    List<ProjectEvaluation> projects = new ArrayList<>(document.projects().size());
    for (Project p : document.projects()) {
      projects.add(
          evaluate(
              document,
              p,
              actuals.of(document.source(), p.seq()).orElse(null),
              weights.of(document.source(), p.seq())));
    }
    return projects;
  }

  /**
   * One table of {@code document}.
   *
   * @param actuals null when none were reported for the table
   * @param weights row → weight set by the department; empty for the even split
   */
  public ProjectEvaluation evaluate(
      TargetDocument document,
      Project project,
      ProjectActuals actuals,
      Map<Integer, BigDecimal> weights) {
    return new Run(document, project, actuals, weights).evaluate();
  }

  /** The evaluation of one table. */
  private final class Run {

    private final String source;
    private final Department department;
    private final Project project;
    private final ProjectActuals actuals;
    private final Map<Integer, BigDecimal> weights;
    private final List<Finding> findings = new ArrayList<>();

    Run(
        TargetDocument document,
        Project project,
        ProjectActuals actuals,
        Map<Integer, BigDecimal> weights) {
      this.source = document.source();
      this.department = document.department();
      this.project = project;
      this.actuals = actuals;
      this.weights = weights;
    }

    ProjectEvaluation evaluate() {
      BudgetExecution budget = budget();
      List<IndicatorScore> indicators = indicators();
      BigDecimal outOf = BigDecimal.ZERO;
      BigDecimal earned = BigDecimal.ZERO;
      if (budget.scored()) {
        outOf = outOf.add(budget.weight());
        earned = earned.add(budget.points());
      }
      Map<Part, Boolean> scoredParts = new EnumMap<>(Part.class);
      for (IndicatorScore i : indicators) {
        if (i.part() != null) {
          scoredParts.put(i.part(), true);
          earned = earned.add(i.points());
        }
      }
      for (Part p : scoredParts.keySet()) {
        outOf = outOf.add(p.points(policy));
      }
      BigDecimal score = null;
      EvaluationGrade grade = null;
      if (outOf.signum() > 0) {
        BigDecimal exact =
            outOf.compareTo(Exact.HUNDRED) == 0
                ? earned
                : Exact.divide(earned.multiply(Exact.HUNDRED), outOf);
        score = Exact.shown(exact);
        grade = EvaluationGrade.of(score, policy);
      }
      return new ProjectEvaluation(
          source,
          project.seq(),
          project.displayName(),
          year(),
          department == null ? null : department.name(),
          project.unit() == null ? null : project.unit().name(),
          project.goals(),
          score,
          grade,
          outOf,
          budget,
          indicators,
          findings);
    }

    private BudgetExecution budget() {
      BigDecimal weight = policy.budgetPoints();
      Budget printed = project.budget();
      Money initial = printed == null ? null : printed.total();
      Money available =
          actuals != null && actuals.adjustedBudget() != null ? actuals.adjustedBudget() : initial;
      Optional<Map.Entry<YearMonth, Money>> last =
          actuals == null ? Optional.empty() : actuals.lastSpent();
      Money spent = last.map(Map.Entry::getValue).orElse(null);
      String note = actuals == null ? null : blankToNull(actuals.spendingNote());
      if (available == null || available.wan().signum() == 0) {
        return new BudgetExecution(printed, available, spent, null, weight, null, note);
      }
      if (spent == null) {
        add(RuleId.E1, null, Fields.SPENT, "未填报全年执行数（截至年末的累计支出），预算执行率记 0 分", "按月填报累计支出金额（万元）");
        return new BudgetExecution(printed, available, null, null, weight, BigDecimal.ZERO, note);
      }
      BigDecimal ratio = Exact.divide(spent.wan(), available.wan());
      BigDecimal rate = Exact.times(ratio, Exact.HUNDRED);
      BigDecimal points = Exact.times(executionShare(spent.wan(), available.wan()), weight);
      if (rate.compareTo(policy.reasonBelowExecutionPercent()) < 0 && note == null) {
        add(
            RuleId.E2,
            null,
            Fields.SPENT,
            "预算执行率 "
                + Exact.shown(rate).toPlainString()
                + "%（执行 "
                + spent.wan().toPlainString()
                + " 万元 / 全年预算 "
                + available.wan().toPlainString()
                + " 万元）低于 "
                + policy.reasonBelowExecutionPercent().stripTrailingZeros().toPlainString()
                + "%，未说明原因",
            "说明支出进度偏慢的原因和改进措施");
      }
      return new BudgetExecution(printed, available, spent, rate, weight, points, note);
    }

    private List<IndicatorScore> indicators() {
      List<Indicator> list = project.indicators();
      Map<Part, List<Integer>> rows = new EnumMap<>(Part.class);
      for (int k = 0; k < list.size(); k++) {
        Part part = Part.of(list.get(k));
        if (part != null) {
          rows.computeIfAbsent(part, p -> new ArrayList<>()).add(k + 1);
        }
      }
      Map<Integer, BigDecimal> weightOf = weights(rows);
      List<IndicatorScore> scores = new ArrayList<>(list.size());
      for (int k = 0; k < list.size(); k++) {
        scores.add(indicator(k + 1, list.get(k), weightOf.get(k + 1)));
      }
      return scores;
    }

    /** Row → weight: the department's where set, else the level-1's points split evenly. */
    private Map<Integer, BigDecimal> weights(Map<Part, List<Integer>> rows) {
      int count = project.indicators().size();
      for (Integer row : weights.keySet()) {
        if (row < 1 || row > count) {
          throw error("第 " + row + " 行设了权重，但本表只有 " + count + " 个指标");
        }
        if (Part.of(project.indicators().get(row - 1)) == null) {
          throw error("第 " + row + " 行设了权重，但该指标无法归入产出、效益或满意度指标");
        }
      }
      Map<Integer, BigDecimal> result = new HashMap<>();
      for (Map.Entry<Part, List<Integer>> e : rows.entrySet()) {
        Part part = e.getKey();
        List<Integer> partRows = e.getValue();
        BigDecimal points = part.points(policy);
        List<Integer> weighted = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Integer row : partRows) {
          BigDecimal w = weights.get(row);
          if (w != null) {
            weighted.add(row);
            sum = sum.add(w);
          }
        }
        if (weighted.isEmpty()) {
          BigDecimal even = Exact.divide(points, BigDecimal.valueOf(partRows.size()));
          for (Integer row : partRows) {
            result.put(row, even);
          }
          continue;
        }
        if (weighted.size() < partRows.size()) {
          List<Integer> missing = new ArrayList<>(partRows);
          missing.removeAll(weighted);
          throw error(part.label() + "设了部分指标的权重，第 " + join(missing) + " 行没有权重（要么全部设定，要么都不设）");
        }
        if (sum.compareTo(points) != 0) {
          throw error(
              part.label()
                  + "各指标权重之和应为 "
                  + points.stripTrailingZeros().toPlainString()
                  + "，实为 "
                  + sum.stripTrailingZeros().toPlainString());
        }
        for (Integer row : partRows) {
          result.put(row, weights.get(row));
        }
      }
      return result;
    }

    private IndicatorScore indicator(int row, Indicator indicator, BigDecimal weight) {
      Part part = Part.of(indicator);
      Optional<IndicatorActual> found = actuals == null ? Optional.empty() : actuals.latest(row);
      String printed = found.map(IndicatorActual::printed).orElse(null);
      String note = found.map(a -> blankToNull(a.note())).orElse(null);
      if (part == null) {
        add(
            RuleId.E4,
            row,
            Fields.LEVEL1,
            "“"
                + name(indicator)
                + "”的一级指标“"
                + nullToEmpty(indicator.level1())
                + "”无法归入产出、效益或满意度指标，未计分",
            "在绩效目标表中改正一级、二级指标");
        return new IndicatorScore(row, indicator, null, null, printed, null, note, false);
      }
      if (found.isEmpty()) {
        add(
            RuleId.E1,
            row,
            Fields.ACTUAL,
            "“" + name(indicator) + "”未填报实际完成值，记 0 分",
            "填报年末的实际完成值" + (indicator.value() == null ? "" : "（年度指标值 " + indicator.value() + "）"));
        return new IndicatorScore(row, indicator, part, weight, null, BigDecimal.ZERO, null, false);
      }
      IndicatorActual actual = found.get();
      Scoring.Outcome outcome = scoring.score(indicator.target(), actual, year(actual));
      if (!outcome.scorable()) {
        add(
            RuleId.E4,
            row,
            Fields.ACTUAL,
            "“" + name(indicator) + "”" + outcome.problem() + "，记 0 分",
            outcome.suggestion());
        return new IndicatorScore(
            row, indicator, part, weight, printed, BigDecimal.ZERO, note, false);
      }
      BigDecimal points = Exact.times(weight, outcome.share());
      boolean met = outcome.share().compareTo(BigDecimal.ONE) >= 0;
      if (!met && note == null) {
        add(
            RuleId.E3,
            row,
            Fields.ACTUAL,
            "“"
                + name(indicator)
                + "”未完成年度指标值（指标值 "
                + nullToEmpty(indicator.value())
                + "，实际 "
                + printed
                + "），未作偏差原因分析",
            "说明未完成的原因和改进措施");
      }
      return new IndicatorScore(row, indicator, part, weight, printed, points, note, met);
    }

    /** The budget year; without one, the year of the actual's period. */
    private int year(IndicatorActual actual) {
      Integer y = year();
      return y != null ? y : actual.period().getYear();
    }

    private Integer year() {
      if (department != null && department.year() != null) {
        return department.year();
      }
      if (actuals != null && !actuals.spent().isEmpty()) {
        return actuals.spent().lastKey().getYear();
      }
      return null;
    }

    private void add(RuleId rule, Integer row, String field, String message, String suggestion) {
      findings.add(
          new Finding(
              rule,
              policy.severity(rule),
              new Location(source, project.seq(), row, field),
              message,
              suggestion,
              rule.citation()));
    }

    private EvaluationException error(String message) {
      return new EvaluationException(source + " 表 " + project.seq() + "：" + message);
    }
  }

  private static String name(Indicator i) {
    return i.name() == null ? "（未命名指标）" : i.name();
  }

  private static String join(List<Integer> rows) {
    StringBuilder b = new StringBuilder();
    for (Integer r : rows) {
      if (b.length() > 0) {
        b.append('、');
      }
      b.append(r);
    }
    return b.toString();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /**
   * The share of the 预算执行率 points for spent ÷ available: the ratio up to 1, and beyond 1 the
   * budget read as an upper limit, available ÷ spent (as a {@code ≤} target): spending 2,000 on 860
   * (232.56%) earns 860 ÷ 2,000 = 0.43, not the full points. The budget law allows no spending beyond
   * the approved budget (预算法 第十三条), so the cap of 10 points is not reached by overspending.
   */
  static BigDecimal executionShare(BigDecimal spent, BigDecimal available) {
    if (spent.compareTo(available) <= 0) {
      return Exact.divide(spent, available);
    }
    return Exact.divide(available, spent);
  }
}
