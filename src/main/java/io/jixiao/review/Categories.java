package io.jixiao.review;

import io.jixiao.target.Level1;
import io.jixiao.target.Level2;
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

  private Categories() {}

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

  static Level2 level2(String printed) {
    if (printed == null) {
      return null;
    }
    Object cached = LEVEL2.get(printed);
    if (cached == null) {
      Level2 l = Level2.of(printed);
      cached = l == null ? NONE : l;
      if (LEVEL2.size() < MAX_SIZE) {
        LEVEL2.put(printed, cached);
      }
    }
    return cached == NONE ? null : (Level2) cached;
  }
}
