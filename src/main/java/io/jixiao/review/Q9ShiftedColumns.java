package io.jixiao.review;

import io.jixiao.model.TargetValue;

/**
 * Q9: signs of shifted columns: a value that repeats the indicator's name or description, or one
 * clause of them (完善土地节约集约用地制度 under the name 完善土地节约集约用地制度，为政府管理提供决策依据), often with the
 * real value, 巩固提升, pushed into 指标值确定依据; or a level-2 label such as 服务对象满意度指标 used as the
 * indicator's name.
 */
final class Q9ShiftedColumns implements TableRule {

  private static final String CLAUSE_ENDS = "，；。,;\n";

  Q9ShiftedColumns(RuleSettings settings) {}

  @Override
  public RuleId id() {
    return RuleId.Q9;
  }

  @Override
  public void check(TableContext t, Findings out) {
    for (Row r : t.rows()) {
      String v = r.valueKey();
      if (repeatsNameOrDescription(r)) {
        String column =
            v.equals(r.nameKey()) || isClause(v, r.name()) ? "三级指标名称" : "绩效指标描述";
        String basis = r.indicator().basis();
        boolean basisHoldsValue =
            basis != null && !Text.squash(basis).equals(v) && basis.length() <= 8;
        out.add(
            r.number(),
            Fields.VALUE,
            "指标值"
                + Text.quote(r.value())
                + "与"
                + column
                + (v.equals(r.nameKey()) || v.equals(r.descriptionKey()) ? "相同" : "的一个分句相同")
                + (basisHoldsValue ? "，而指标值确定依据为" + Text.quote(basis) : "")
                + "，疑似列错位",
            basisHoldsValue
                ? "核对该行各列：" + Text.quote(basis) + "应填在指标值列，指标值确定依据写明设定目标的依据（如年度工作计划）"
                : "核对该行各列：指标值应是目标值（数值、时限或等级），不是名称或描述");
      }
      String name = r.indicator().name();
      if (r.nameKey().endsWith("指标")
          && (Categories.level1(name) != null || Categories.level2(name) != null)) {
        out.add(
            r.number(),
            Fields.NAME,
            "三级指标" + Text.quote(name) + "是指标类别的名称，没有说明具体考核什么",
            "写出具体的指标名称，如“服务对象满意度指标”下写“群众满意度”“使用人员满意度”");
      }
    }
  }

  /** The value is the name or the description, or (a text value) one clause of either. */
  static boolean repeatsNameOrDescription(Row r) {
    String v = r.valueKey();
    if (v.isEmpty()) {
      return false;
    }
    if (v.equals(r.nameKey()) || v.equals(r.descriptionKey())) {
      return true;
    }
    if (!(r.target() instanceof TargetValue.Qualitative)) {
      return false; // a clause that is a number or a date is not a shifted name
    }
    long value = r.valueSignature();
    return v.length() < r.nameKey().length()
            && (value & ~r.nameSignature()) == 0
            && isClause(v, r.name())
        || v.length() < r.descriptionKey().length()
            && (value & ~r.descriptionSignature()) == 0
            && isClause(v, r.indicator().description());
  }

  /** {@code key} is one clause of {@code text} (clauses end at ，；。,; or a line break). */
  private static boolean isClause(String key, String text) {
    if (text == null) {
      return false;
    }
    int start = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      if (i == n && start == 0) {
        return false; // one clause: the whole text, compared above
      }
      if (i == n || CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
        if (i - start >= key.length() && Text.squashEquals(text, start, i, key)) {
          return true;
        }
        start = i + 1;
      }
    }
    return false;
  }
}
