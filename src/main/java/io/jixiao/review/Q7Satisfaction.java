package io.jixiao.review;

import io.jixiao.model.Sign;
import io.jixiao.model.TargetValue;
import java.math.BigDecimal;

/** Q7: a satisfaction target below the pack's minimum (80%), or written without {@code %}. */
final class Q7Satisfaction implements TableRule {

  private final BigDecimal min;

  Q7Satisfaction(RuleSettings settings) {
    this.min = settings.number("minSatisfaction");
  }

  @Override
  public RuleId id() {
    return RuleId.Q7;
  }

  @Override
  public void check(TableContext t, Findings out) {
    for (Row r : t.rows()) {
      if (!r.isSatisfaction()) {
        continue;
      }
      TargetValue.Quantity q = r.quantity();
      if (q == null || q.sign() == Sign.LE || q.sign() == Sign.LT) {
        continue; // not a number: Q3; an upper bound: Q6
      }
      if (q.unit() == null) {
        // 1 or 0.95 is a fraction of one; 95 is already in percent
        BigDecimal percent =
            q.number().compareTo(BigDecimal.ONE) <= 0 ? q.number().movePointRight(2) : q.number();
        String number = percent.stripTrailingZeros().toPlainString();
        out.add(
            r.number(),
            Fields.VALUE,
            "满意度目标" + Text.quote(r.value()) + "没有写“%”",
            "写成百分比，如“" + q.sign().symbol().replace("=", "") + number + "%”");
      } else if (q.isPercent() && q.number().compareTo(min) < 0) {
        out.add(
            r.number(),
            Fields.VALUE,
            "满意度目标" + Text.quote(r.value()) + "低于 " + min.toPlainString() + "%",
            "满意度目标一般不低于 " + min.toPlainString() + "%；确需偏低的，在指标值确定依据中说明理由");
      }
    }
  }
}
