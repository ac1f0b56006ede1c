package io.jixiao.review;

import java.util.List;

/**
 * A rule's list of words searched in a key in one pass: only positions whose character starts one
 * of the words are tried (a 1,024-bit filter on the character, then the words starting with it).
 * Finds what {@link Text#findAny} finds (the first word of the list that occurs anywhere), without
 * scanning the key once per word.
 */
final class Phrases {

  private final String[] words;

  /** Bit {@code c & 1023} set for the first character {@code c} of every word. */
  private final long[] filter = new long[16];

  /** The distinct first characters, and for each the indexes of the words starting with it. */
  private final String firsts;

  private final int[][] byFirst;

  Phrases(List<String> words) {
    this(Text.array(words));
  }

  Phrases(String[] words) {
    this.words = words;
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      char c = w.charAt(0);
      filter[(c & 1023) >>> 6] |= 1L << (c & 63);
      if (b.indexOf(String.valueOf(c)) < 0) {
        b.append(c);
      }
    }
    this.firsts = b.toString();
    this.byFirst = new int[firsts.length()][];
    for (int f = 0; f < byFirst.length; f++) {
      int count = 0;
      for (String w : words) {
        count += w.charAt(0) == firsts.charAt(f) ? 1 : 0;
      }
      int[] indexes = new int[count];
      count = 0;
      for (int k = 0; k < words.length; k++) {
        if (words[k].charAt(0) == firsts.charAt(f)) {
          indexes[count++] = k; // ascending: the list's order
        }
      }
      byFirst[f] = indexes;
    }
  }

  String[] words() {
    return words;
  }

  /** True when {@code c} may start a word (a cheap filter: false is certain, true is not). */
  boolean mayStart(char c) {
    return (filter[(c & 1023) >>> 6] & 1L << (c & 63)) != 0;
  }

  /** True when {@code s} holds a character that starts one of the words. */
  boolean hasFirst(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (mayStart(c) && firsts.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The first of the words (in the list's order) that occurs in {@code s}, or null. */
  String find(String s) {
    int best = index(s, false);
    return best < 0 ? null : words[best];
  }

  boolean containsAny(String s) {
    return index(s, true) >= 0;
  }

  private int index(String s, boolean any) {
    if (s == null) {
      return -1;
    }
    int best = Integer.MAX_VALUE;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!mayStart(c)) {
        continue;
      }
      int f = firsts.indexOf(c);
      if (f < 0) {
        continue;
      }
      for (int k : byFirst[f]) {
        if (k >= best) {
          break;
        }
        if (s.startsWith(words[k], i)) {
          if (any || k == 0) {
            return k;
          }
          best = k;
          break;
        }
      }
    }
    return best == Integer.MAX_VALUE ? -1 : best;
  }
}
