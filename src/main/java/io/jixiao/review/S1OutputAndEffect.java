package io.jixiao.review;

/** S1: every table has at least one 产出指标 and one 效益指标. */
final class S1OutputAndEffect implements TableRule {

  S1OutputAndEffect(RuleSettings settings) {}

  @Override
  public RuleId id() {
    return RuleId.S1;
  }

  @Override
  public void check(TableContext t, Findings out) {
    if (t.rows().isEmpty()) {
      out.add(null, Fields.INDICATORS, "表中没有任何绩效指标", "按绩效目标表模板填写产出指标、效益指标和满意度指标");
      return;
    }
    if (t.hasOutput() && t.hasEffect()) {
      return;
    }
    String missing;
    if (!t.hasOutput() && !t.hasEffect()) {
      missing = "产出指标和效益指标";
    } else if (!t.hasOutput()) {
      missing = "产出指标";
    } else {
      missing = "效益指标";
    }
    out.add(
        null,
        Fields.LEVEL1,
        "表中没有" + missing + "：每张绩效目标表至少应有一个产出指标和一个效益指标",
        t.hasOutput() ? "补充效益指标，说明项目带来的社会、经济、生态效益或可持续影响" : "补充产出指标，写明要完成的数量、质量、时效和成本");
  }
}
