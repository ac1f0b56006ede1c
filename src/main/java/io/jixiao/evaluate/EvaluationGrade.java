package io.jixiao.evaluate;

import io.jixiao.review.EvaluationPolicy;
import java.math.BigDecimal;

/**
 * The self-evaluation grade of a project: 优 from 90, 良 from 80, 中 from 60, 差 below (the bounds are
 * the rule pack's). Graded on the score as shown, i.e. rounded to 0.01.
 */
public enum EvaluationGrade {
  EXCELLENT("优"),
  GOOD("良"),
  FAIR("中"),
  POOR("差");

  private final String label;

  EvaluationGrade(String label) {
    this.label = label;
  }

  /** 优, 良, 中 or 差. */
  public String label() {
    return label;
  }

  /** The grade of a score (0–100, rounded to 0.01) under the bounds of {@code policy}. */
  public static EvaluationGrade of(BigDecimal score, EvaluationPolicy policy) {
    if (score.compareTo(policy.excellentFrom()) >= 0) {
      return EXCELLENT;
    }
    if (score.compareTo(policy.goodFrom()) >= 0) {
      return GOOD;
    }
    if (score.compareTo(policy.fairFrom()) >= 0) {
      return FAIR;
    }
    return POOR;
  }
}
