package io.jixiao.web;

import io.jixiao.review.Fields;
import java.util.Objects;

/**
 * One finding of a review: the rule, how serious, where (indicator row, 1-based, or null for the
 * header block; the field), what is wrong and what to do, in Chinese.
 */
record ReviewFinding(
    String rule, Severity severity, Integer row, String field, String message, String suggestion) {

  enum Severity {
    ERROR("错误"),
    WARNING("警告"),
    INFO("提示");

    private final String label;

    Severity(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  ReviewFinding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  /** The Chinese name of the field ({@code 资金支出计划 12月底} for {@code spendingPlan.dec}); null when none. */
  public String getFieldLabel() {
    return field == null ? null : Fields.label(field);
  }

  /** For templates. */
  public String getSeverityLabel() {
    return severity.label();
  }

  /** The CSS class of the severity. */
  public String getSeverityClass() {
    return severity.name().toLowerCase(java.util.Locale.ROOT);
  }
}
