package io.jixiao.evaluate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The self-evaluations of a department's projects (of one or more documents), ranked by score.
 *
 * @param period what the actuals run to: a mid-year estimate or the year-end self-evaluation
 */
public record DepartmentEvaluation(List<ProjectEvaluation> projects, EvaluationPeriod period) {

  /** Highest score first; equal scores in document and table order; unscored projects last. */
  private static final Comparator<ProjectEvaluation> RANKING =
      Comparator.comparing(
              ProjectEvaluation::score, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
          .thenComparing(ProjectEvaluation::source)
          .thenComparingInt(ProjectEvaluation::seq);

  public DepartmentEvaluation {
    projects = List.copyOf(projects);
    Objects.requireNonNull(period, "period");
  }

  /** The projects' evaluation, read as the year-end self-evaluation. */
  public DepartmentEvaluation(List<ProjectEvaluation> projects) {
    this(projects, EvaluationPeriod.YEAR_END);
  }

  /** The same evaluation, of actuals that run to {@code period}. */
  public DepartmentEvaluation of(EvaluationPeriod period) {
    return new DepartmentEvaluation(projects, period);
  }

  /** The projects by score, best first. */
  public List<ProjectEvaluation> ranking() {
    List<ProjectEvaluation> list = new ArrayList<>(projects);
    list.sort(RANKING);
    return list;
  }

  /** How many projects have each grade. */
  public Map<EvaluationGrade, Integer> grades() {
    Map<EvaluationGrade, Integer> counts = new EnumMap<>(EvaluationGrade.class);
    for (EvaluationGrade g : EvaluationGrade.values()) {
      counts.put(g, 0);
    }
    for (ProjectEvaluation p : projects) {
      if (p.grade() != null) {
        counts.merge(p.grade(), 1, Integer::sum);
      }
    }
    return counts;
  }
}
