package io.jixiao.review;

import io.jixiao.model.TargetValue;
import io.jixiao.model.TargetValues;

/**
 * Q11: a value whose sign or unit is printed twice and differently — forms that keep 指标性质, 指标值 and
 * 度量单位 in separate columns, filled against each other: two different signs ({@code ≥≤5天}, {@code
 * =≥90%}), 定性 before a number ({@code 定性95%}), or a percentage with another unit ({@code ≥16个%},
 * {@code ≥95%个}). The same sign or unit twice ({@code ≥≥90%}, {@code ≥90%%}) is a slip, not a
 * contradiction, and {@code >=} is one sign.
 */
final class Q11SignUnitColumns implements TableRule {

  private static final String SIGNS = "≥≤<>=";

  Q11SignUnitColumns(RuleSettings settings) {}

  @Override
  public RuleId id() {
    return RuleId.Q11;
  }

  @Override
  public void check(TableContext t, Findings out) {
    for (Row r : t.rows()) {
      String key = r.valueKey();
      String what = signs(key);
      if (what == null && key.startsWith("定性") && key.length() > 2 && Text.isDigit(key.charAt(2))) {
        what = "指标性质为“定性”，指标值却是数值";
      }
      if (what == null) {
        what = units(r.quantity());
      }
      if (what != null) {
        out.add(
            r.number(),
            Fields.VALUE,
            "指标值" + Text.quote(r.value()) + "：" + what + "，指标性质、指标值和度量单位三列互相矛盾",
            "核对原表的指标性质（≥、≤、=、定性）、指标值和度量单位三列，只保留正确的一种");
      }
    }
  }

  /** Two different comparison signs at the start of the value, or null. */
  private static String signs(String key) {
    char first = 0;
    int i = 0;
    while (i < key.length() && SIGNS.indexOf(key.charAt(i)) >= 0) {
      char c = key.charAt(i);
      boolean withEquals = i + 1 < key.length() && key.charAt(i + 1) == '=' && c != '=';
      char sign = c == '>' && withEquals ? '≥' : c == '<' && withEquals ? '≤' : c;
      i += withEquals ? 2 : 1;
      if (first == 0) {
        first = sign;
      } else if (sign != first) {
        return "比较符号“" + first + "”与“" + sign + "”并存";
      }
    }
    return null;
  }

  /** A percentage with another unit after or before it ({@code ≥16个%}), or null. */
  private static String units(TargetValue.Quantity q) {
    if (q == null || q.unit() == null || q.remark() == null) {
      return null;
    }
    String unit = q.unit();
    String other = Text.squash(q.remark());
    boolean percent = q.isPercent();
    if (percent == isPercent(other) || other.isEmpty()) {
      return null;
    }
    String candidate = percent ? other : unit;
    if (!percent) {
      // the remark is the percentage: the unit must be a unit of its own
      return "计量单位“" + unit + "”与“%”并存";
    }
    TargetValue asUnit = TargetValues.parse("1" + candidate);
    if (asUnit instanceof TargetValue.Quantity u
        && candidate.equals(u.unit())
        && u.remark() == null) {
      return "计量单位“%”与“" + candidate + "”并存";
    }
    return null;
  }

  private static boolean isPercent(String s) {
    return "%".equals(s) || "百分比".equals(s);
  }
}
