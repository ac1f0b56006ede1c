package io.jixiao.generate;

/**
 * A small deterministic random source (SplitMix64): the same seed gives the same numbers on every
 * JVM, which {@code java.util.SplittableRandom} does not promise. Each department draws from its
 * own stream, derived from the region's seed and the department's number, so a department's
 * document does not depend on how many came before it.
 */
final class Rng {

  private long state;

  Rng(long seed) {
    this.state = seed;
  }

  /** The stream of item {@code index} under {@code seed}. */
  static Rng of(long seed, long index) {
    Rng r = new Rng(seed ^ 0x5DEECE66DL);
    r.state += index * 0x9E3779B97F4A7C15L;
    r.nextLong();
    return new Rng(r.nextLong());
  }

  long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Uniform in [0, 1). */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [0, bound). */
  int nextInt(int bound) {
    return (int) ((nextLong() >>> 33) % bound);
  }

  /** Uniform in [from, to]. */
  int between(int from, int to) {
    return from + nextInt(to - from + 1);
  }

  boolean chance(double p) {
    return nextDouble() < p;
  }

  <T> T pick(T[] items) {
    return items[nextInt(items.length)];
  }
}
