package io.jixiao.target;

/** Normalises printed category labels: no white space of any kind. */
final class Labels {

  private Labels() {}

  static String normalise(String printed) {
    StringBuilder b = new StringBuilder(printed.length());
    for (int i = 0; i < printed.length(); i++) {
      char c = printed.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00a0') {
        b.append(c);
      }
    }
    return b.toString();
  }
}
