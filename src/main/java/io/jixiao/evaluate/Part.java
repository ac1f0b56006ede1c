package io.jixiao.evaluate;

import io.jixiao.review.EvaluationPolicy;
import io.jixiao.model.Indicator;
import io.jixiao.model.Level1;
import io.jixiao.model.Level2;
import java.math.BigDecimal;

/**
 * The parts of a self-evaluation score: 预算执行率 and the three level-1 indicator groups. 成本指标 counts
 * in 产出's share under both taxonomies (a level-2 under 产出指标 in the classic one, a level-1 of its
 * own under 财预〔2021〕101号).
 */
public enum Part {
  BUDGET("预算执行率"),
  OUTPUT("产出指标"),
  EFFECT("效益指标"),
  SATISFACTION("满意度指标");

  private final String label;

  Part(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The points of this part in {@code policy}. */
  public BigDecimal points(EvaluationPolicy policy) {
    switch (this) {
      case BUDGET:
        return policy.budgetPoints();
      case OUTPUT:
        return policy.outputPoints();
      case EFFECT:
        return policy.effectPoints();
      case SATISFACTION:
        return policy.satisfactionPoints();
      default:
        throw new IllegalStateException("unknown part " + this);
    }
  }

  /**
   * The part an indicator scores in: by its 一级指标, else by its 二级指标 when the level 1 is not a known
   * label; null when neither is known.
   */
  public static Part of(Indicator indicator) {
    Level1 l1 = indicator.category();
    if (l1 != null) {
      switch (l1) {
        case OUTPUT:
        case COST:
          return OUTPUT;
        case EFFECT:
          return EFFECT;
        case SATISFACTION:
          return SATISFACTION;
        default:
          throw new IllegalStateException("unknown level 1 " + l1);
      }
    }
    Level2 l2 = indicator.subcategory();
    if (l2 == null) {
      return null;
    }
    switch (l2) {
      case ECONOMIC_BENEFIT:
      case SOCIAL_BENEFIT:
      case ECOLOGICAL_BENEFIT:
      case SUSTAINABLE_IMPACT:
        return EFFECT;
      case SATISFACTION:
        return SATISFACTION;
      default:
        return OUTPUT;
    }
  }
}
