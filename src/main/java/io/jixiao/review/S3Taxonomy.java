package io.jixiao.review;

import io.jixiao.model.Level1;
import io.jixiao.model.Level2;
import io.jixiao.model.Taxonomy;

/**
 * S3: every level 2 belongs to its level 1 under the table's taxonomy (classic: 成本指标 under 产出指标;
 * 2021: 成本指标 as a level 1 with 经济/社会/生态环境成本指标).
 */
final class S3Taxonomy implements TableRule {

  S3Taxonomy(RuleSettings settings) {}

  @Override
  public RuleId id() {
    return RuleId.S3;
  }

  @Override
  public void check(TableContext t, Findings out) {
    Taxonomy taxonomy = t.taxonomy();
    for (Row r : t.rows()) {
      String l1 = r.indicator().level1();
      String l2 = r.indicator().level2();
      if (r.level1() == null) {
        out.add(
            r.number(),
            Fields.LEVEL1,
            l1 == null || l1.isBlank() ? "一级指标为空" : "一级指标" + Text.quote(l1) + "不是规定的一级指标",
            "一级指标应为" + level1Labels(taxonomy) + "之一");
      } else if (r.level2() == null) {
        out.add(
            r.number(),
            Fields.LEVEL2,
            l2 == null || l2.isBlank() ? "二级指标为空" : "二级指标" + Text.quote(l2) + "不是规定的二级指标",
            r.level1().label() + "下的二级指标应为" + level2Labels(taxonomy, r.level1()) + "之一");
      } else if (!Categories.allows(taxonomy, r.level1(), r.level2())) {
        out.add(
            r.number(),
            Fields.LEVEL2,
            "二级指标" + Text.quote(l2) + "不属于一级指标" + Text.quote(l1) + "（" + name(taxonomy) + "）",
            suggestion(taxonomy, r.level1(), r.level2()));
      }
    }
  }

  private static String suggestion(Taxonomy taxonomy, Level1 printed, Level2 level2) {
    for (Level1 l1 : Level1.values()) {
      if (taxonomy.allows(l1, level2)) {
        return "将该指标移到"
            + Text.quote(l1.label())
            + "下，或改用"
            + printed.label()
            + "下的"
            + level2Labels(taxonomy, printed);
      }
    }
    return "改用" + printed.label() + "下的" + level2Labels(taxonomy, printed);
  }

  private static String name(Taxonomy taxonomy) {
    return taxonomy == Taxonomy.CLASSIC
        ? "按财预〔2015〕88号指标体系，成本指标属产出指标"
        : "按财预〔2021〕101号指标体系，成本指标为一级指标";
  }

  private static String level1Labels(Taxonomy taxonomy) {
    StringBuilder b = new StringBuilder();
    for (Level1 l1 : Level1.values()) {
      if (!taxonomy.allowedUnder(l1).isEmpty()) {
        b.append(b.length() == 0 ? "" : "、").append(l1.label());
      }
    }
    return b.toString();
  }

  private static String level2Labels(Taxonomy taxonomy, Level1 level1) {
    StringBuilder b = new StringBuilder();
    for (Level2 l2 : Level2.values()) {
      if (taxonomy.allows(level1, l2)) {
        b.append(b.length() == 0 ? "" : "、").append(l2.label());
      }
    }
    return b.toString();
  }
}
