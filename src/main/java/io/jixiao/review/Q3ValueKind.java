package io.jixiao.review;

import io.jixiao.model.Level2;
import io.jixiao.model.TargetValue;
import java.math.BigDecimal;

/**
 * Q3: the kind of value does not fit the level 2: 时效 not a deadline, a period or a timeliness rate;
 * 成本 not an amount of money; 数量 a bare percentage with no base; 数量/质量 a date (shifted columns); 满意度
 * not a percentage. Blank and unparsed values are left to Q1 and the grammar.
 */
final class Q3ValueKind implements TableRule {

  private final String[] timeliness;
  private final String[] timeUnits;
  private final String[] rateWords;

  Q3ValueKind(RuleSettings settings) {
    this.timeliness = Text.array(settings.words("timelinessWords"));
    this.timeUnits = Text.array(settings.words("timeUnits"));
    this.rateWords = Text.array(settings.vocabulary("rateWords"));
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
        if (!(v instanceof TargetValue.Quantity)) {
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
      } else if (r.level2() == Level2.QUANTITY || r.level2() == Level2.QUALITY) {
        if (v instanceof TargetValue.Deadline || looksLikeDate(r.valueKey())) {
          out.add(
              r.number(),
              Fields.VALUE,
              r.level2().label()
                  + Text.quote(r.name())
                  + "的指标值"
                  + Text.quote(r.value())
                  + "是日期或期限，疑似列错位或归类错误",
              r.level2() == Level2.QUANTITY
                  ? "数量指标写完成的数量和单位，如“≥20 个”；时限放到时效指标"
                  : "质量指标写合格率、达标率或质量等级；时限放到时效指标");
        } else if (r.level2() == Level2.QUANTITY && bareRate(r)) {
          out.add(
              r.number(),
              Fields.VALUE,
              "数量指标" + Text.quote(r.name()) + "的指标值" + Text.quote(r.value()) + "是没有基数的百分比",
              "数量指标写完成的数量和单位，如“≥20 个”；确为比率的，在名称中写明“…率”并在描述中说明分母");
        }
      }
    }
  }

  private boolean timely(Row r, TargetValue v) {
    if (v instanceof TargetValue.Deadline) {
      return true;
    }
    if (v instanceof TargetValue.Quantity) {
      TargetValue.Quantity q = (TargetValue.Quantity) v;
      if (q.unit() != null && Text.equalsAny(q.unit(), timeUnits)) {
        return true;
      }
      return q.isPercent() && Text.containsAny(r.nameKey(), timeliness);
    }
    if (v instanceof TargetValue.Qualitative) {
      return Text.containsAny(r.valueKey(), timeliness);
    }
    return false;
  }

  private boolean bareRate(Row r) {
    TargetValue.Quantity q = r.quantity();
    return q != null
        && q.isPercent()
        && !Text.containsAny(r.nameKey(), rateWords)
        && !Text.containsAny(r.descriptionKey(), rateWords);
  }

  /** {@code 2023年全年开展}, {@code 6月底}: a year or month printed where no date belongs. */
  static boolean looksLikeDate(String key) {
    for (int i = 1; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '年'
          && i >= 4
          && Text.isDigit(key.charAt(i - 1))
          && Text.isDigit(key.charAt(i - 4))) {
        return true;
      }
      if (c == '月'
          && Text.isDigit(key.charAt(i - 1))
          && i + 1 < key.length()
          && (key.charAt(i + 1) == '底' || Text.isDigit(key.charAt(i + 1)))) {
        return true;
      }
    }
    return false;
  }
}
