package io.jixiao.model;

/**
 * Which published form a table was read from. The classic 项目支出绩效目标表 is what the seeds hold;
 * the others are the forms other regions publish (see docs/forms.md).
 */
public enum FormKind {
  TARGET("项目支出绩效目标表"),
  DECLARATION("项目绩效目标申报表"),
  OVERALL("部门整体支出绩效目标表"),
  SELF_EVALUATION("项目支出绩效自评表"),
  OVERALL_SELF_EVALUATION("部门整体支出绩效自评表");

  private final String label;

  FormKind(String label) {
    this.label = label;
  }

  /** The form's Chinese name, as users know it. */
  public String label() {
    return label;
  }

  /** The kind whose {@link #label} or enum name is {@code text}; null when none is. */
  public static FormKind of(String text) {
    for (FormKind k : values()) {
      if (k.label.equals(text) || k.name().equals(text)) {
        return k;
      }
    }
    return null;
  }
}
