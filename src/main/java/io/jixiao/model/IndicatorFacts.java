package io.jixiao.model;

import java.math.BigDecimal;

/**
 * What other forms print beside an indicator's target: the block it stands in (长期/年度 in a 申报表),
 * its weight (权重/分值) and direction (正向/反向指标), a 备注, and in a 自评表 the achieved value
 * (完成值), the printed score (得分) and the reason for a deviation. Every part is null when not
 * printed; {@link #NONE} for the classic table.
 */
public record IndicatorFacts(
    Term term,
    BigDecimal weight,
    String direction,
    String remark,
    String actual,
    BigDecimal score,
    String reason) {

  public static final IndicatorFacts NONE =
      new IndicatorFacts(null, null, null, null, null, null, null);

  /** The indicator block of a 申报表. */
  public enum Term {
    LONG("长期"),
    ANNUAL("年度");

    private final String label;

    Term(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** The term whose label or name is {@code text}, null when none. */
    public static Term of(String text) {
      for (Term t : values()) {
        if (t.label.equals(text) || t.name().equals(text)) {
          return t;
        }
      }
      return null;
    }
  }

  public IndicatorFacts {
    weight = PlainDecimal.normalise(weight);
    score = PlainDecimal.normalise(score);
  }

  /** A target table's facts: weight and direction only. */
  public static IndicatorFacts weighted(BigDecimal weight, String direction) {
    return new IndicatorFacts(null, weight, direction, null, null, null, null);
  }

  public boolean isNone() {
    return equals(NONE);
  }

  public IndicatorFacts withTerm(Term t) {
    return new IndicatorFacts(t, weight, direction, remark, actual, score, reason);
  }

  public IndicatorFacts withRemark(String r) {
    return new IndicatorFacts(term, weight, direction, r, actual, score, reason);
  }

  public IndicatorFacts withResult(String achieved, BigDecimal printedScore, String why) {
    return new IndicatorFacts(term, weight, direction, remark, achieved, printedScore, why);
  }
}
