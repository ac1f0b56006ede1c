package io.jixiao.review;

import java.util.List;

/**
 * A rule's list of words searched in a key. Every word carries its {@linkplain Text#signature
 * signature} (a 64-bit set of its characters' hashes); a word whose characters are not all in the
 * key's signature cannot occur in it and is not searched. The rows compute their keys' signatures
 * once ({@link Row}), so for most cells a whole list is ruled out by a few bit operations, without
 * reading the cell. Finds what {@link Text#findAny} finds: the first word of the list that occurs.
 */
final class Phrases {

  private final String[] words;

  /** The signature of every word, by index. */
  private final long[] signatures;

  /** The union of the signatures' lowest bits: a key sharing none of them holds no word. */
  private final long anyWord;

  Phrases(List<String> words) {
    this(Text.array(words));
  }

  Phrases(String[] words) {
    this.words = words;
    this.signatures = new long[words.length];
    long any = 0;
    for (int k = 0; k < words.length; k++) {
      signatures[k] = Text.signature(words[k]);
      any |= Long.lowestOneBit(signatures[k]);
    }
    this.anyWord = any;
  }

  String[] words() {
    return words;
  }

  /** The first of the words (in the list's order) that occurs in {@code s}, or null. */
  String find(String s) {
    return s == null ? null : find(s, Text.signature(s));
  }

  /** As {@link #find(String)}, with the key's signature already known. */
  String find(String s, long signature) {
    int k = index(s, signature);
    return k < 0 ? null : words[k];
  }

  boolean containsAny(String s) {
    return s != null && index(s, Text.signature(s)) >= 0;
  }

  boolean containsAny(String s, long signature) {
    return index(s, signature) >= 0;
  }

  private int index(String s, long signature) {
    if ((anyWord & signature) == 0) {
      return -1;
    }
    for (int k = 0; k < words.length; k++) {
      if ((signatures[k] & ~signature) == 0 && s.contains(words[k])) {
        return k;
      }
    }
    return -1;
  }
}
