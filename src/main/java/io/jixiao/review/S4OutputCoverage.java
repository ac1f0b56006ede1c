package io.jixiao.review;

import io.jixiao.model.Level2;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * S4: 产出指标 covers 数量 and at least one of 质量/时效, and the table has a cost indicator (under 产出指标 in
 * the classic taxonomy, as 成本指标 level 1 in the 2021 one).
 */
final class S4OutputCoverage implements TableRule {

  S4OutputCoverage(RuleSettings settings) {}

  @Override
  public RuleId id() {
    return RuleId.S4;
  }

  @Override
  public void check(TableContext t, Findings out) {
    if (!t.hasOutput()) {
      return; // S1 reports the missing 产出指标
    }
    Set<Level2> l2 = t.outputLevel2s();
    boolean quantity = l2.contains(Level2.QUANTITY);
    boolean qualityOrTime = l2.contains(Level2.QUALITY) || l2.contains(Level2.TIMELINESS);
    if (quantity && qualityOrTime && t.hasCost()) {
      return;
    }
    List<String> missing = new ArrayList<>(3);
    if (!quantity) {
      missing.add("数量指标");
    }
    if (!qualityOrTime) {
      missing.add("质量指标或时效指标");
    }
    if (!t.hasCost()) {
      missing.add("成本指标");
    }
    String list = String.join("、", missing);
    out.add(
        null,
        Fields.LEVEL2,
        "产出指标不完整，缺少" + list,
        "补充" + list + "：数量写明完成多少，质量写明合格率或达标标准，时效写明完成时限，成本写明金额（万元）");
  }
}
