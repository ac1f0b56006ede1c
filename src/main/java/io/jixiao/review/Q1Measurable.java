package io.jixiao.review;

import io.jixiao.model.TargetValue;

/**
 * Q1: a value that sets no measurable target: blank, not applicable (不涉及), vague (达到预期目标, 为…提供支撑)
 * or a sentence. A short graded level (巩固提升, 合格, 有效保障) is a target, and so is conformity to a named
 * standard (符合…标准). Values with numbers are the grammar's; values that repeat the name or
 * description are Q9's.
 */
final class Q1Measurable implements TableRule {

  private final String[] notApplicable;
  private final String[] vague;
  private final String[] conformityStarts;
  private final String[] conformityEnds;
  private final String[] levels;
  private final int maxLevelLength;

  Q1Measurable(RuleSettings settings) {
    this.notApplicable = Text.array(settings.words("notApplicable"));
    this.vague = Text.array(settings.words("vagueWords"));
    this.conformityStarts = Text.array(settings.words("conformityStarts"));
    this.conformityEnds = Text.array(settings.words("conformityEnds"));
    this.levels = Text.array(settings.vocabulary("gradedLevels"));
    this.maxLevelLength = settings.integer("maxLevelLength");
  }

  @Override
  public RuleId id() {
    return RuleId.Q1;
  }

  @Override
  public void check(TableContext t, Findings out) {
    for (Row r : t.rows()) {
      TargetValue v = r.target();
      String key = r.valueKey();
      if (v instanceof TargetValue.Blank || key.isEmpty() && r.value() == null) {
        out.add(
            r.number(),
            Fields.VALUE,
            "指标" + Text.quote(r.name()) + "没有填写指标值",
            "填写可衡量的目标值，如数量“≥1 个”、比率“≥90%”、时限“12月底前”，或分级的定性等级“合格”");
        continue;
      }
      if (!(v instanceof TargetValue.Qualitative) || Text.hasDigit(key)) {
        continue;
      }
      if (key.equals(r.nameKey()) || key.equals(r.descriptionKey())) {
        continue;
      }
      if (key.isEmpty() || Text.equalsAny(key, notApplicable)) {
        out.add(
            r.number(),
            Fields.VALUE,
            "指标值为" + Text.quote(r.value()) + "：该指标不适用于本项目",
            "删除不适用的指标；如该类指标确需保留，换成与本项目相关、可衡量的指标");
      } else if (Text.containsAny(key, vague)) {
        out.add(
            r.number(),
            Fields.VALUE,
            "指标值" + Text.quote(r.value()) + "没有设定具体目标",
            "写明要达到的具体水平：能量化的写数值和单位（如“≥95%”），不能量化的写分级的定性等级（如“显著提升”“合格”）");
      } else if (!isConformity(key)
          && !(key.length() <= maxLevelLength && Text.containsAny(key, levels))) {
        out.add(
            r.number(),
            Fields.VALUE,
            "指标值" + Text.quote(r.value()) + "不是可衡量的目标：既没有数值或时限，也不是分级的定性等级",
            "改为可衡量的目标值（数量、比率或时限）；难以量化的写成简短的定性等级，如“合格”“良好”“巩固提升”");
      }
    }
  }

  /** {@code 符合《测量标志保护条例》要求}: meeting a named standard is a pass/fail target. */
  private boolean isConformity(String key) {
    return Text.startsWithAny(key, conformityStarts) != null
        && Text.endsWithAny(key, conformityEnds);
  }
}
