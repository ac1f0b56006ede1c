package io.jixiao.generate;

import java.util.Map;

/** A choice among keys in proportion to their counts, as measured. */
final class Weighted {

  private final String[] keys;
  private final double[] cumulative;

  Weighted(Map<String, Long> counts) {
    keys = new String[counts.size()];
    cumulative = new double[counts.size()];
    double sum = 0;
    int i = 0;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      sum += e.getValue();
      keys[i] = e.getKey();
      cumulative[i] = sum;
      i++;
    }
    for (int j = 0; j < cumulative.length; j++) {
      cumulative[j] /= sum;
    }
  }

  boolean isEmpty() {
    return keys.length == 0;
  }

  String pick(Rng rng) {
    double u = rng.nextDouble();
    for (int i = 0; i < keys.length; i++) {
      if (u < cumulative[i]) {
        return keys[i];
      }
    }
    return keys[keys.length - 1];
  }
}
