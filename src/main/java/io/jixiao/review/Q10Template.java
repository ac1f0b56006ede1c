package io.jixiao.review;

import io.jixiao.model.Project;

/**
 * Q10: template text left in a cell ({@code 目标内容 1}, {@code XX时间内}), or a table whose cells are all
 * redacted ({@code 密}).
 */
final class Q10Template implements TableRule {

  /** Searched only in cells whose signature holds a phrase's characters. */
  private final Phrases phrases;

  private final String[] redactions;

  Q10Template(RuleSettings settings) {
    this.phrases = new Phrases(settings.words("phrases"));
    this.redactions = Text.array(settings.words("redactions"));
  }

  @Override
  public RuleId id() {
    return RuleId.Q10;
  }

  @Override
  public void check(TableContext t, Findings out) {
    Project p = t.project();
    report(t.goalsKey(), t.goalsSignature(), t.goals(), null, Fields.GOALS, out);
    report(t.fundUseKey(), t.fundUseSignature(), p.fundUse(), null, Fields.FUND_USE, out);
    int cells = 0;
    int redacted = 0;
    for (Row r : t.rows()) {
      report(r.nameKey(), r.nameSignature(), r.name(), r.number(), Fields.NAME, out);
      report(
          r.descriptionKey(),
          r.descriptionSignature(),
          r.indicator().description(),
          r.number(),
          Fields.DESCRIPTION,
          out);
      report(r.valueKey(), r.valueSignature(), r.value(), r.number(), Fields.VALUE, out);
      cells += filled(r.nameKey()) + filled(r.descriptionKey()) + filled(r.valueKey());
      redacted += redacted(r.nameKey()) + redacted(r.descriptionKey()) + redacted(r.valueKey());
    }
    if (cells >= 3 && redacted * 2 >= cells) {
      out.add(
          null,
          Fields.INDICATORS,
          "表中 " + redacted + " 个单元格只写了" + Text.quote(redactions[0]) + "，指标内容被隐去，无法审核",
          "涉密项目按保密规定单独报送；非涉密项目请填写完整的指标名称、描述和指标值");
    }
  }

  private static int filled(String key) {
    return key.isEmpty() ? 0 : 1;
  }

  private int redacted(String key) {
    return Text.equalsAny(key, redactions) ? 1 : 0;
  }

  private boolean report(
      String key, long signature, String printed, Integer row, String field, Findings out) {
    String phrase = phrases.find(key, signature);
    if (phrase == null) {
      return false;
    }
    out.add(
        row,
        field,
        Fields.label(field) + "中残留模板文字" + Text.quote(phrase) + "：" + Text.quote(printed),
        "删除模板文字，写明具体内容");
    return true;
  }
}
