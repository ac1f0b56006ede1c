package io.jixiao.review;

import java.util.Objects;

/**
 * One thing the review found. A value, never an exception: the engine collects every finding.
 *
 * @param message what is wrong, in Chinese, quoting the offending text
 * @param suggestion what to do about it, in Chinese
 * @param source the citation the rule rests on, e.g. {@code 财预〔2015〕88号}
 */
public record Finding(
    RuleId rule,
    Severity severity,
    Location location,
    String message,
    String suggestion,
    String source) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(suggestion, "suggestion");
    Objects.requireNonNull(source, "source");
  }

  /** The indicator row, or null for a finding about the table or document as a whole. */
  public Integer row() {
    return location.row();
  }

  public String field() {
    return location.field();
  }

  /** {@code 表 5 第 6 行 指标值: 警告 Q9 …}. */
  @Override
  public String toString() {
    return location.describe() + ": " + severity.label() + " " + rule + " " + message;
  }
}
