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

  /**
   * Ranked projects first (see {@link ProjectEvaluation#ranked()}), highest score first; equal
   * scores in document and table order; then the unranked ones, those with a score first.
   */
  private static final Comparator<ProjectEvaluation> RANKING =
      Comparator.comparing((ProjectEvaluation p) -> !p.ranked())
          .thenComparing(
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

  /** The place of each ranked project (1 = best), null for one that is not ranked. */
  public List<Integer> places() {
    List<Integer> places = new ArrayList<>();
    int place = 0;
    for (ProjectEvaluation p : ranking()) {
      places.add(p.ranked() ? ++place : null);
    }
    return places;
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
