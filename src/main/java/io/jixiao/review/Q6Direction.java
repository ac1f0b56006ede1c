package io.jixiao.review;

import io.jixiao.model.Sign;
import io.jixiao.model.TargetValue;
import java.math.BigDecimal;

/**
 * Q6: a comparison that cannot be meant: a rate above 100% ({@code ≥105%}, and {@code ≥100%}, which
 * can only be met at exactly 100%) or a satisfaction target written with {@code ≤}. Growth
 * rates (增长, 较上年) may exceed 100%.
 */
final class Q6Direction implements TableRule {

  private final BigDecimal maxPercent;
  private final String[] growthWords;

  Q6Direction(RuleSettings settings) {
    this.maxPercent = settings.number("maxPercent");
    this.growthWords = Text.array(settings.words("growthWords"));
  }

  @Override
  public RuleId id() {
    return RuleId.Q6;
  }

  @Override
  public void check(TableContext t, Findings out) {
    for (Row r : t.rows()) {
      TargetValue.Quantity q = r.quantity();
      if (q == null) {
        continue;
      }
      boolean atLeast = q.sign() == Sign.GE || q.sign() == Sign.GT;
      boolean atMost = q.sign() == Sign.LE || q.sign() == Sign.LT;
      if (r.isSatisfaction() && atMost) {
        out.add(
            r.number(),
            Fields.VALUE,
            "满意度目标" + Text.quote(r.value()) + "用了“" + q.sign().symbol() + "”：满意度越高越好，目标应是下限",
            "改为“≥”，如“≥" + q.number().stripTrailingZeros().toPlainString() + "%”");
      } else if (q.isPercent() && !Text.containsAny(r.nameKey(), growthWords)) {
        int cmp = q.number().compareTo(maxPercent);
        if (cmp > 0) {
          out.add(
              r.number(),
              Fields.VALUE,
              "比率目标" + Text.quote(r.value()) + "超过了 " + maxPercent.toPlainString() + "%",
              "比率不会超过 " + maxPercent.toPlainString() + "%：核对数值，或改用数量指标");
        } else if (cmp == 0 && atLeast) {
          out.add(
              r.number(),
              Fields.VALUE,
              "比率目标" + Text.quote(r.value()) + "只有恰好 " + maxPercent.toPlainString() + "% 才能达到",
              "写成“" + maxPercent.toPlainString() + "%”；允许一定偏差的，写成“≥95%”等");
        }
      }
    }
  }
}
