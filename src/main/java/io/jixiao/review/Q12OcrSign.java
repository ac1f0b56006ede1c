package io.jixiao.review;

import io.jixiao.model.Sign;
import io.jixiao.model.TargetValue;
import java.math.BigDecimal;

/**
 * Q12: a {@code 2} that is probably an OCR reading of {@code ≥}: a value printed without a sign that
 * starts with 2 and is implausible as printed but plausible without that 2 — a percentage above 100
 * in a name that is no growth rate ({@code 292%} → {@code ≥92%}), more days than a year has ({@code
 * 2300天} → {@code ≥300天}). Flagged with the likely reading, never corrected: only the original
 * shows which it is.
 */
final class Q12OcrSign implements TableRule {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal DAYS = BigDecimal.valueOf(366);

  private final String[] growthWords;

  Q12OcrSign(RuleSettings settings) {
    this.growthWords = Text.array(settings.words("growthWords"));
  }

  @Override
  public RuleId id() {
    return RuleId.Q12;
  }

  @Override
  public void check(TableContext t, Findings out) {
    for (Row r : t.rows()) {
      String reading = reading(r);
      if (reading != null) {
        out.add(
            r.number(),
            Fields.VALUE,
            "指标值" + Text.quote(r.value()) + "不合常理，疑为" + Text.quote(reading)
                + "：扫描识别常把“≥”读成“2”",
            "对照原件核对：如原件为" + Text.quote(reading) + "，请更正；系统不自动更正");
      }
    }
  }

  /** The value read with {@code ≥} for its leading 2, when that makes it plausible; else null. */
  private String reading(Row r) {
    TargetValue.Quantity q = r.quantity();
    String key = r.valueKey();
    if (q == null
        || q.sign() != Sign.EQ
        || q.unit() == null
        || key.isEmpty()
        || key.charAt(0) != '2') {
      return null;
    }
    String digits = q.number().toPlainString();
    if (digits.length() < 2 || digits.charAt(0) != '2' || !key.startsWith(digits)
        || digits.charAt(1) == '.') {
      return null;
    }
    BigDecimal rest = new BigDecimal(digits.substring(1));
    boolean implausible;
    if (q.isPercent()) {
      implausible =
          q.number().compareTo(HUNDRED) > 0
              && rest.signum() > 0
              && rest.compareTo(HUNDRED) <= 0
              && !Text.containsAny(r.nameKey(), growthWords);
    } else if ("天".equals(q.unit())) {
      implausible =
          q.number().compareTo(DAYS) > 0 && rest.signum() > 0 && rest.compareTo(DAYS) <= 0;
    } else {
      implausible = false;
    }
    return implausible ? "≥" + rest.toPlainString() + q.unit() : null;
  }
}
