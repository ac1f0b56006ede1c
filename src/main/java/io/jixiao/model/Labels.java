package io.jixiao.model;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Normalises printed category labels: no white space of any kind. */
final class Labels {

  private Labels() {}

  /** {@code printed} itself when it has no white space, as nearly every label. */
  static String normalise(String printed) {
    int first = 0;
    while (first < printed.length() && !isSpace(printed.charAt(first))) {
      first++;
    }
    if (first == printed.length()) {
      return printed;
    }
    StringBuilder b = new StringBuilder(printed.length());
    b.append(printed, 0, first);
    for (int i = first + 1; i < printed.length(); i++) {
      char c = printed.charAt(i);
      if (!isSpace(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0';
  }

  /**
   * The lookup table of a label enum: each constant under its label and under its label without
   * 指标, the first constant winning, as a loop over {@code values()} would find them.
   */
  static <E extends Enum<E>> Map<String, E> byLabel(E[] values, Function<E, String> label) {
    Map<String, E> map = new HashMap<>();
    for (E e : values) {
      map.putIfAbsent(label.apply(e), e);
      map.putIfAbsent(label.apply(e).replace("指标", ""), e);
    }
    return map;
  }
}
