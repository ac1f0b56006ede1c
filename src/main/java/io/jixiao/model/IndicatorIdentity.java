package io.jixiao.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which indicator a row of a table is, whatever its position: its 一级指标, 二级指标 and normalised
 * 三级指标 name ({@link ProjectIdentity#normalise}). Rows that are exactly alike in these are told
 * apart by their order ({@code #2}, {@code #3}): only for them does the position matter.
 *
 * @param key {@code 产出指标|数量指标|补助学生人数}
 */
public record IndicatorIdentity(String key) {

  public IndicatorIdentity {
    Objects.requireNonNull(key, "key");
  }

  /** The identities of a table's indicator rows, in order. */
  public static List<IndicatorIdentity> of(List<Indicator> indicators) {
    Map<String, Integer> seen = new HashMap<>();
    List<IndicatorIdentity> identities = new ArrayList<>(indicators.size());
    for (Indicator i : indicators) {
      String key = fold(i.level1()) + "|" + fold(i.level2()) + "|" + fold(i.name());
      int n = seen.merge(key, 1, Integer::sum);
      identities.add(new IndicatorIdentity(n == 1 ? key : key + "#" + n));
    }
    return identities;
  }

  /**
   * Where each row of {@code before} is in {@code after} (1-based), by identity: {@code
   * moves.get(r - 1)} is the new row of old row {@code r}, empty when {@code after} no longer has
   * it.
   */
  public static List<Optional<Integer>> moves(List<Indicator> before, List<Indicator> after) {
    Map<IndicatorIdentity, Integer> now = new HashMap<>();
    List<IndicatorIdentity> a = of(after);
    for (int i = 0; i < a.size(); i++) {
      now.put(a.get(i), i + 1);
    }
    List<Optional<Integer>> moves = new ArrayList<>();
    for (IndicatorIdentity id : of(before)) {
      moves.add(Optional.ofNullable(now.get(id)));
    }
    return moves;
  }

  private static String fold(String s) {
    String n = ProjectIdentity.normalise(s);
    return n == null ? "" : n;
  }

  @Override
  public String toString() {
    return key;
  }
}
