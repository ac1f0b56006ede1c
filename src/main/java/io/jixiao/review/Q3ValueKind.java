package io.jixiao.review;

import io.jixiao.model.Level2;
import io.jixiao.model.TargetValue;
import java.math.BigDecimal;

/**
 * Q3: the kind of value does not fit the level 2: 时效 not a deadline, a period (≥1次/季度, 次月5号前,
 * 每季度一次) or a timeliness rate (a word such as 及时 is none of them); 成本 not an amount of money;
 * 数量 a percentage whose base no description states (工程量完成率 100%: a 率 in the name names a ratio,
 * not what is counted); 满意度 written as text or with a unit other than %. A satisfaction number
 * without a unit is Q7's. Blank and unparsed values are left to Q1 and the grammar.
 */
final class Q3ValueKind implements TableRule {

  private final String[] timeliness;
  private final String[] timeUnits;
  private final String[] periodWords;

  Q3ValueKind(RuleSettings settings) {
    this.timeliness = Text.array(settings.words("timelinessWords"));
    this.timeUnits = Text.array(settings.words("timeUnits"));
    this.periodWords = Text.array(settings.words("periodWords"));
  }

  @Override
  public RuleId id() {
    return RuleId.Q3;
  }

  @Override
  public void check(TableContext t, Findings out) {
    for (Row r : t.rows()) {
      TargetValue v = r.target();
      if (v instanceof TargetValue.Blank || v instanceof TargetValue.Unparsed) {
        continue;
      }
      if (r.isSatisfaction()) {
        TargetValue.Quantity q = r.quantity();
        if (q == null || q.unit() != null && !q.isPercent()) {
          out.add(
              r.number(),
              Fields.VALUE,
              "满意度指标" + Text.quote(r.name()) + "的指标值" + Text.quote(r.value()) + "不是百分比",
              "满意度写成百分比，如“≥90%”，并在描述中说明调查方式");
        }
      } else if (r.level2() == Level2.TIMELINESS) {
        if (!timely(r, v)) {
          out.add(
              r.number(),
              Fields.VALUE,
              "时效指标" + Text.quote(r.name()) + "的指标值" + Text.quote(r.value()) + "不是完成时限、期限或及时率",
              "时效指标写完成时限，如“2023年12月31日前”“≤1 年”；考核及时程度的，以“…及时率”为名写百分比");
        }
      } else if (r.isMonetaryCost()) {
        if (!r.isMoney()) {
          BigDecimal total = t.budgetTotal();
          out.add(
              r.number(),
              Fields.VALUE,
              "成本指标" + Text.quote(r.name()) + "的指标值" + Text.quote(r.value()) + "不是金额",
              "成本指标写明金额上限，如“≤"
                  + (total == null ? "15 万元" : B1BudgetSum.wan(total))
                  + "”；控制率、完成率等比率不能说明成本");
        }
      } else if (r.level2() == Level2.QUANTITY && bareRate(r)) {
        out.add(
            r.number(),
            Fields.VALUE,
            "数量指标" + Text.quote(r.name()) + "的指标值" + Text.quote(r.value()) + "是没有基数的百分比",
            "数量指标写完成的数量和单位，如“≥20 个”；确需考核比例的，在描述中写明基数，如“完成 20 个项目中的 ≥95%”");
      }
    }
  }

  /**
   * A deadline; a quantity of time (≤1 小时), a frequency per period (≥1次/季度) or a day of the
   * month (次月5号前); a timeliness rate (及时率 ≥90%); a period in words (每季度一次, 全年).
   */
  private boolean timely(Row r, TargetValue v) {
    if (v instanceof TargetValue.Deadline) {
      return true;
    }
    if (v instanceof TargetValue.Quantity) {
      TargetValue.Quantity q = (TargetValue.Quantity) v;
      String unit = q.unit();
      if (unit != null) {
        int slash = unit.lastIndexOf('/');
        if (Text.equalsAny(slash < 0 ? unit : unit.substring(slash + 1), timeUnits)) {
          return true;
        }
      }
      return q.isPercent() && Text.containsAny(r.nameKey(), timeliness);
    }
    if (v instanceof TargetValue.Qualitative) {
      return Text.containsAny(r.valueKey(), periodWords);
    }
    return false;
  }

  /** A percentage under 数量 whose description states no base (a number other than a year). */
  private static boolean bareRate(Row r) {
    TargetValue.Quantity q = r.quantity();
    return q != null
        && q.isPercent()
        && !Text.hasDigit(Text.withoutYears(r.descriptionKey()));
  }
}
