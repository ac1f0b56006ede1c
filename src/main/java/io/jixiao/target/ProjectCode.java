package io.jixiao.target;

import java.util.Objects;

/**
 * A project code (项目编码), e.g. {@code 13080023P000085100062}: region {@code 1308}, year {@code 23},
 * {@code P} for a project, then a serial. Letters and digits only.
 */
public record ProjectCode(String value) {

  public ProjectCode {
    Objects.requireNonNull(value, "value");
    if (!value.matches("[0-9A-Za-z]{6,40}")) {
      throw new IllegalArgumentException("a project code is 6 to 40 letters or digits: '" + value + "'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
