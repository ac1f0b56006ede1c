package io.jixiao.model;

import java.util.Map;

/** 一级指标 under either taxonomy. */
public enum Level1 {
  OUTPUT("产出指标"),
  EFFECT("效益指标"),
  SATISFACTION("满意度指标"),
  /** Level 1 only under the 2021 guideline (财预〔2021〕101号). */
  COST("成本指标");

  private static final Map<String, Level1> BY_LABEL = Labels.byLabel(values(), Level1::label);

  private final String label;

  Level1(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The level-1 a printed label names, or null ({@code 产出} and {@code 产出指标} both work). */
  public static Level1 of(String printed) {
    if (printed == null) {
      return null;
    }
    return BY_LABEL.get(Labels.normalise(printed));
  }
}
