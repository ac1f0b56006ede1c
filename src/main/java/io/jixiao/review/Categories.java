package io.jixiao.review;

import io.jixiao.model.Level1;
import io.jixiao.model.Level2;
import io.jixiao.model.Taxonomy;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The model's label lookups ({@link Level1#of}, {@link Level2#of}) remembered per printed label: a
 * document prints the same few labels on every row, and the engine resolves them for every row of
 * every table. Bounded, so that garbage labels cannot grow it without limit.
 */
final class Categories {

  private static final int MAX_SIZE = 4096;
  private static final Object NONE = new Object();
  private static final ConcurrentHashMap<String, Object> LEVEL1 = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<String, Object> LEVEL2 = new ConcurrentHashMap<>();

  /**
   * {@link Taxonomy#allows} for every combination, computed once (the model builds sets per call).
   */
  private static final boolean[][][] ALLOWS = allowsTable();

  private Categories() {}

  static boolean allows(Taxonomy taxonomy, Level1 level1, Level2 level2) {
    return level1 != null
        && level2 != null
        && ALLOWS[taxonomy.ordinal()][level1.ordinal()][level2.ordinal()];
  }

  private static boolean[][][] allowsTable() {
    boolean[][][] table =
        new boolean[Taxonomy.values().length][Level1.values().length][Level2.values().length];
    for (Taxonomy t : Taxonomy.values()) {
      for (Level1 l1 : Level1.values()) {
        for (Level2 l2 : Level2.values()) {
          table[t.ordinal()][l1.ordinal()][l2.ordinal()] = t.allows(l1, l2);
        }
      }
      // the 2015 framework files satisfaction under 效益指标 (社会公众或服务对象满意度指标)
      table[t.ordinal()][Level1.EFFECT.ordinal()][Level2.SATISFACTION.ordinal()] = true;
    }
    return table;
  }

  static Level1 level1(String printed) {
    if (printed == null) {
      return null;
    }
    Object cached = LEVEL1.get(printed);
    if (cached == null) {
      Level1 l = Level1.of(printed);
      cached = l == null ? NONE : l;
      if (LEVEL1.size() < MAX_SIZE) {
        LEVEL1.put(printed, cached);
      }
    }
    return cached == NONE ? null : (Level1) cached;
  }

  /**
   * A satisfaction level 2 the model's lookup does not know: {@code 社会公众或服务对象满意度指标}, {@code
   * 社会公众满意度指标} — a label naming the public or the served as whose satisfaction it is.
   */
  private static boolean isOlderSatisfaction(String printed) {
    String key = Text.squash(printed);
    return key.endsWith("满意度指标") && (key.contains("社会公众") || key.contains("服务对象"));
  }

  static Level2 level2(String printed) {
    if (printed == null) {
      return null;
    }
    Object cached = LEVEL2.get(printed);
    if (cached == null) {
      Level2 l = Level2.of(printed);
      if (l == null && isOlderSatisfaction(printed)) {
        l = Level2.SATISFACTION; // 社会公众或服务对象满意度指标 (the 2015 framework, under 效益指标)
      }
      cached = l == null ? NONE : l;
      if (LEVEL2.size() < MAX_SIZE) {
        LEVEL2.put(printed, cached);
      }
    }
    return cached == NONE ? null : (Level2) cached;
  }
}
