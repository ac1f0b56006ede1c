package io.jixiao.model;

import java.util.Objects;

/**
 * A project code (项目编码), e.g. {@code 13080023P000085100062}: region {@code 1308}, year {@code 23},
 * {@code P} for a project, then a serial. Letters and digits only.
 */
public record ProjectCode(String value) {

  public ProjectCode {
    Objects.requireNonNull(value, "value");
    if (!isCode(value)) {
      throw new IllegalArgumentException("a project code is 6 to 40 letters or digits: '" + value + "'");
    }
  }

  /** {@code [0-9A-Za-z]{6,40}}, tested without a regular expression: every table has a code. */
  private static boolean isCode(String s) {
    if (s.length() < 6 || s.length() > 40) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return value;
  }
}
