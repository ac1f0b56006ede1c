package io.jixiao.evaluate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a report's ranking shows of a project's self-evaluation, without its indicators: a
 * streamed report keeps one of these per project (not the evaluation) until it writes the ranking.
 *
 * @param findings how many findings the evaluation has
 * @param unrankedReason why the project takes no place in the ranking, null when it does ({@link
 *     ProjectEvaluation#unrankedReason()})
 */
record Ranked(
    String source, int seq, String name, BigDecimal score, EvaluationGrade grade, int findings,
    String unrankedReason) {

  /** As {@link DepartmentEvaluation#ranking()}: ranked first, highest score first, unscored last. */
  private static final Comparator<Ranked> RANKING =
      Comparator.comparing((Ranked r) -> !r.ranked())
          .thenComparing(
              Ranked::score, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
          .thenComparing(Ranked::source)
          .thenComparingInt(Ranked::seq);

  static Ranked of(ProjectEvaluation e) {
    return new Ranked(e.source(), e.seq(), e.name(), e.score(), e.grade(), e.findings().size(),
        e.unrankedReason());
  }

  /** True when the project takes a place in the ranking. */
  boolean ranked() {
    return unrankedReason == null;
  }

  static List<Ranked> of(Collection<ProjectEvaluation> projects) {
    List<Ranked> list = new ArrayList<>(projects.size());
    for (ProjectEvaluation e : projects) {
      list.add(of(e));
    }
    return list;
  }

  /** The projects by score, best first. */
  static List<Ranked> ranking(List<Ranked> projects) {
    List<Ranked> list = new ArrayList<>(projects);
    list.sort(RANKING);
    return list;
  }

  /** How many projects have each grade, as {@link DepartmentEvaluation#grades()}. */
  static Map<EvaluationGrade, Integer> grades(List<Ranked> projects) {
    Map<EvaluationGrade, Integer> counts = new EnumMap<>(EvaluationGrade.class);
    for (EvaluationGrade g : EvaluationGrade.values()) {
      counts.put(g, 0);
    }
    for (Ranked p : projects) {
      if (p.grade() != null) {
        counts.merge(p.grade(), 1, Integer::sum);
      }
    }
    return counts;
  }
}
