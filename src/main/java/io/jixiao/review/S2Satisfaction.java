package io.jixiao.review;

/**
 * S2: a project that serves people outside the unit (its name, goals, fund use or indicators name
 * them: 群众, 企业, 游客…) has a 满意度指标.
 */
final class S2Satisfaction implements TableRule {

  private final String[] external;

  S2Satisfaction(RuleSettings settings) {
    this.external = Text.array(settings.words("externalWords"));
  }

  @Override
  public RuleId id() {
    return RuleId.S2;
  }

  @Override
  public void check(TableContext t, Findings out) {
    if (t.hasSatisfaction() || t.rows().isEmpty()) {
      return;
    }
    String word = Text.findAny(t.displayName(), external);
    if (word == null) {
      word = Text.findAny(t.project().fundUse(), external);
    }
    for (int i = 0; word == null && i < t.project().goals().size(); i++) {
      word = Text.findAny(t.project().goals().get(i), external);
    }
    for (int i = 0; word == null && i < t.rows().size(); i++) {
      Row r = t.rows().get(i);
      word = Text.findAny(r.nameKey(), external);
      if (word == null) {
        word = Text.findAny(r.descriptionKey(), external);
      }
    }
    if (word == null) {
      return;
    }
    out.add(
        null,
        Fields.LEVEL1,
        "项目面向" + Text.quote(word) + "等单位以外的服务对象，但表中没有满意度指标",
        "增加满意度指标下的“服务对象满意度指标”，如“" + word + "满意度 ≥90%”");
  }
}
