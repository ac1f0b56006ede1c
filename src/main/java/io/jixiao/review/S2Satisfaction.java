package io.jixiao.review;

/**
 * S2: a project that serves people outside the unit has a 满意度指标. Every project does, unless it only
 * keeps the unit itself running (its name or fund use says 运转, 办公, 人员经费…) and names no
 * outside group (群众, 企业, 游客…) either: a wildlife survey or a forest-fire monitoring system
 * serves the public whether or not its table says so.
 */
final class S2Satisfaction implements TableRule {

  private final Phrases external;
  private final Phrases internal;

  S2Satisfaction(RuleSettings settings) {
    this.external = new Phrases(settings.words("externalWords"));
    this.internal = new Phrases(settings.words("internalWords"));
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
    String word = external.find(t.displayName());
    if (word == null) {
      word = external.find(t.project().fundUse());
    }
    for (int i = 0; word == null && i < t.project().goals().size(); i++) {
      word = external.find(t.project().goals().get(i));
    }
    for (int i = 0; word == null && i < t.rows().size(); i++) {
      Row r = t.rows().get(i);
      word = external.find(r.nameKey(), r.nameSignature());
      if (word == null) {
        word = external.find(r.descriptionKey(), r.descriptionSignature());
      }
    }
    if (word == null) {
      if (internal.containsAny(t.displayName())
          || internal.containsAny(t.project().fundUse())) {
        return;
      }
      out.add(
          null,
          Fields.LEVEL1,
          "项目的成果服务于单位以外的对象，但表中没有满意度指标",
          "增加满意度指标下的“服务对象满意度指标”，写明调查的对象，如“项目主管部门满意度 ≥90%”“社会公众满意度 ≥90%”");
      return;
    }
    out.add(
        null,
        Fields.LEVEL1,
        "项目面向" + Text.quote(word) + "等单位以外的服务对象，但表中没有满意度指标",
        "增加满意度指标下的“服务对象满意度指标”，如“" + word + "满意度 ≥90%”");
  }
}
