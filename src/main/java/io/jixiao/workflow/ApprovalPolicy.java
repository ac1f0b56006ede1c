package io.jixiao.workflow;

import java.util.Locale;

/**
 * What 批复 does with a table that still has open 错误 (the rule pack's {@code
 * workflow.approveWithErrors}): refuse it, or take it only with the reviewer's written reason,
 * recorded in the history, the audit log and {@code approval_override}.
 */
public enum ApprovalPolicy {
  REFUSE("refuse"),
  OVERRIDE_WITH_REASON("override-with-reason");

  private final String key;

  ApprovalPolicy(String key) {
    this.key = key;
  }

  /** The setting's value in the rule pack. */
  public String key() {
    return key;
  }

  /** The policy named {@code key} ({@code refuse} or {@code override-with-reason}). */
  public static ApprovalPolicy of(String key) {
    for (ApprovalPolicy p : values()) {
      if (p.key.equals(key == null ? "" : key.strip().toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "approveWithErrors: expected refuse or override-with-reason, got " + key);
  }
}
