package io.jixiao.review;

import io.jixiao.model.TargetValue;

/**
 * Q1: a value that sets no measurable target. A qualitative value without a number is a target
 * when it names a level, a state or a comparison, whatever its length: a graded level (巩固提升,
 * 有效提高全市林草资源管理水平), a pass/fail state (登簿, 网络运行高效可控), conformity (林草种子质量符合相关技术要求,
 * 满足各类档案接收使用) or a comparison with a baseline (好于…年均值的平均值). It sets none when it is blank, not
 * applicable (不涉及), vague (达到预期目标), a purpose (为…提供支撑, 编制报告提供支撑, 支撑…) or a bare activity or
 * procedure (开展…, 及时发现…并监控, 通过开展…工作…). Values with numbers are the grammar's; values that
 * repeat the name or description, or a clause of them, are Q9's.
 */
final class Q1Measurable implements TableRule {

  private final String[] notApplicable;
  private final Phrases vague;
  private final String[] purposeStarts;
  private final String[][] purposePhrases;
  private final String[] activityStarts;
  private final String[] checkWords;

  Q1Measurable(RuleSettings settings) {
    this.notApplicable = Text.array(settings.words("notApplicable"));
    this.vague = new Phrases(settings.words("vagueWords"));
    this.purposeStarts = Text.array(settings.words("purposeStarts"));
    this.purposePhrases = Text.pairs(settings.words("purposePhrases"));
    this.activityStarts = Text.array(settings.words("activityStarts"));
    this.checkWords = Text.array(settings.words("checkWords"));
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
      if (!(v instanceof TargetValue.Qualitative) || Text.hasDigit(key) || r.isSatisfaction()) {
        continue; // a satisfaction target written as text is Q3's: one finding for the cell
      }
      if (Q9ShiftedColumns.repeatsNameOrDescription(r)) {
        continue;
      }
      if (key.isEmpty() || Text.equalsAny(key, notApplicable)) {
        out.add(
            r.number(),
            Fields.VALUE,
            "指标值为" + Text.quote(r.value()) + "：该指标不适用于本项目",
            "删除不适用的指标；如该类指标确需保留，换成与本项目相关、可衡量的指标");
      } else if (vague.containsAny(key, r.valueSignature())) {
        out.add(
            r.number(),
            Fields.VALUE,
            "指标值" + Text.quote(r.value()) + "没有设定具体目标",
            "写明要达到的具体水平：能量化的写数值和单位（如“≥95%”），不能量化的写分级的定性等级（如“显著提升”“合格”）");
      } else if (isPurpose(key)) {
        out.add(
            r.number(),
            Fields.VALUE,
            "指标值" + Text.quote(r.value()) + "说明的是项目的用途，不是要达到的目标",
            "写明要达到的水平或状态：能量化的写数值和单位，不能量化的写分级的定性等级，如“显著提升”“合格”");
      } else if (isActivity(key)) {
        out.add(
            r.number(),
            Fields.VALUE,
            "指标值" + Text.quote(r.value()) + "描述的是工作或做法，不是可衡量的目标",
            "改为可衡量的目标值（数量、比率或时限）；难以量化的写成分级的定性等级或应达到的状态，如“合格”“通过验收”");
      }
    }
  }

  /** 为…提供支撑, 支撑…, 编制报告提供支撑: what the work serves, not the level it reaches. */
  private boolean isPurpose(String key) {
    return Text.startsWithAny(key, purposeStarts) != null
        || Text.containsAnyPair(key, purposePhrases);
  }

  /**
   * 开展…, 按照…, 通过开展…: an activity, a procedure or a means. 通过 followed by a check (验收, 评审…) is a
   * pass/fail state, not a means.
   */
  private boolean isActivity(String key) {
    String start = Text.startsWithAny(key, activityStarts);
    if (start == null) {
      return false;
    }
    return !"通过".equals(start) || !Text.containsAny(key, checkWords);
  }
}
