package io.jixiao.review;

import java.util.Locale;

/** How much a finding weighs: an error blocks approval, a warning needs a look, info is a hint. */
public enum Severity {
  /** The table cannot be approved as it is. */
  ERROR("错误"),
  /** A reviewer must look. */
  WARNING("警告"),
  /** Worth knowing; never lowers a grade. */
  INFO("提示");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The Chinese word shown to users: 错误, 警告, 提示. */
  public String label() {
    return label;
  }

  /**
   * The lower-case code used in rule packs and JSON: {@code error}, {@code warning}, {@code info}.
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The severity with this code, or null when there is none. */
  public static Severity ofCode(String code) {
    for (Severity s : values()) {
      if (s.code().equals(code)) {
        return s;
      }
    }
    return null;
  }
}
