package io.jixiao.evaluate;

import io.jixiao.monitor.ProjectKey;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Weights (分值) a department sets for its indicators instead of the even split of a level-1's
 * points: per table, indicator row (1-based) → points. Within a table, a level-1 is either weighted
 * in full — every indicator has a weight and they add up to the level-1's points — or not at all;
 * anything else is an {@link EvaluationException} when the table is scored.
 */
public record Weights(SortedMap<ProjectKey, Map<Integer, BigDecimal>> projects) {

  public static final Weights NONE = new Weights(new TreeMap<>());

  public Weights {
    SortedMap<ProjectKey, Map<Integer, BigDecimal>> copy = new TreeMap<>();
    for (Map.Entry<ProjectKey, Map<Integer, BigDecimal>> e : projects.entrySet()) {
      for (Map.Entry<Integer, BigDecimal> w : e.getValue().entrySet()) {
        if (w.getValue().signum() < 0) {
          throw new EvaluationException(
              e.getKey().source()
                  + " 表 "
                  + e.getKey().seq()
                  + " 第 "
                  + w.getKey()
                  + " 行：权重不能为负数，实为 "
                  + w.getValue().toPlainString());
        }
      }
      copy.put(e.getKey(), Map.copyOf(e.getValue()));
    }
    projects = Collections.unmodifiableSortedMap(copy);
  }

  /** The weights of one table by row; empty when the department set none. */
  public Map<Integer, BigDecimal> of(String source, int seq) {
    Map<Integer, BigDecimal> w = projects.get(new ProjectKey(source, seq));
    return w == null ? Map.of() : w;
  }
}
