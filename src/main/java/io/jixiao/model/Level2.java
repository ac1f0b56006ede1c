package io.jixiao.model;

import java.util.Map;

/** 二级指标 of both taxonomies. */
public enum Level2 {
  QUANTITY("数量指标"),
  QUALITY("质量指标"),
  TIMELINESS("时效指标"),
  COST("成本指标"),
  ECONOMIC_BENEFIT("经济效益指标"),
  SOCIAL_BENEFIT("社会效益指标"),
  ECOLOGICAL_BENEFIT("生态效益指标"),
  SUSTAINABLE_IMPACT("可持续影响指标"),
  SATISFACTION("服务对象满意度指标"),
  ECONOMIC_COST("经济成本指标"),
  SOCIAL_COST("社会成本指标"),
  ECOLOGICAL_COST("生态环境成本指标");

  private static final Map<String, Level2> BY_LABEL = byLabel();

  private final String label;

  Level2(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The level-2 a printed label names, or null. Accepts the label without 指标 too. */
  public static Level2 of(String printed) {
    if (printed == null) {
      return null;
    }
    return BY_LABEL.get(Labels.normalise(printed));
  }

  private static Map<String, Level2> byLabel() {
    Map<String, Level2> map = Labels.byLabel(values(), Level2::label);
    map.putIfAbsent("生态成本指标", ECOLOGICAL_COST);
    map.putIfAbsent("满意度指标", SATISFACTION);
    return map;
  }
}
