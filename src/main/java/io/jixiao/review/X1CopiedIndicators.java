package io.jixiao.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * X1: the same indicator set (every name with its value) in at least {@code minProjects} tables of
 * one document whose projects have different names: targets pasted instead of set. Cost amounts are
 * left out of the comparison: a pasted set with only the amount changed to the budget is still
 * pasted.
 */
final class X1CopiedIndicators implements DocumentRule {

  private final int minProjects;
  private final int minIndicators;

  X1CopiedIndicators(RuleSettings settings) {
    this.minProjects = settings.integer("minProjects");
    this.minIndicators = settings.integer("minIndicators");
  }

  @Override
  public RuleId id() {
    return RuleId.X1;
  }

  @Override
  public void check(DocumentContext d, Findings out) {
    // group by an order-independent hash first; only candidate groups build the exact signature
    Map<Long, List<TableContext>> candidates = new LinkedHashMap<>();
    for (TableContext t : d.tables()) {
      if (t.rows().size() >= minIndicators) {
        candidates.computeIfAbsent(hash(t), k -> new ArrayList<>(2)).add(t);
      }
    }
    int min = Math.max(2, minProjects);
    Map<String, List<TableContext>> groups = new LinkedHashMap<>();
    for (List<TableContext> candidate : candidates.values()) {
      if (candidate.size() >= min) {
        for (TableContext t : candidate) {
          groups.computeIfAbsent(signature(t), k -> new ArrayList<>()).add(t);
        }
      }
    }
    for (List<TableContext> group : groups.values()) {
      if (group.size() < min || sameName(group)) {
        continue;
      }
      for (TableContext t : group) {
        out.table(t.index())
            .add(
                null,
                Fields.INDICATORS,
                "本表全部 " + t.rows().size() + " 个指标（名称和指标值，成本金额除外）与" + others(group, t) + "相同",
                "按本项目的实际产出和效益设定指标；确属同一项目分期或分拆的，在绩效目标中说明");
      }
    }
  }

  /** A hash of the indicator set that does not depend on the order of the rows. */
  private static long hash(TableContext t) {
    long h = t.rows().size();
    for (Row r : t.rows()) {
      long row = r.nameKey().hashCode() * 31L + comparedValue(r).hashCode();
      h += row * 0x9E3779B97F4A7C15L ^ (row >>> 29);
    }
    return h;
  }

  private static String comparedValue(Row r) {
    return r.isCost() && r.isMoney() ? "¤" : r.valueKey();
  }

  /** The indicator set as text: each squashed name with its value (cost amounts left out). */
  static String signature(TableContext t) {
    String[] parts = new String[t.rows().size()];
    for (int i = 0; i < parts.length; i++) {
      Row r = t.rows().get(i);
      parts[i] = r.nameKey() + '=' + comparedValue(r);
    }
    Arrays.sort(parts);
    return String.join("|", parts);
  }

  private static boolean sameName(List<TableContext> group) {
    for (TableContext t : group) {
      if (!t.nameKey().equals(group.get(0).nameKey())) {
        return false;
      }
    }
    return true;
  }

  /** {@code 表 3、4、10} without the table itself. */
  static String others(List<TableContext> group, TableContext self) {
    StringBuilder b = new StringBuilder("表 ");
    boolean first = true;
    for (TableContext t : group) {
      if (t != self) {
        b.append(first ? "" : "、").append(t.seq());
        first = false;
      }
    }
    return b.toString();
  }
}
