package io.jixiao.evaluate;

import io.jixiao.model.Indicator;
import java.math.BigDecimal;

/**
 * One indicator of a self-evaluation: its weight (分值) and the points earned (得分), exact to {@link
 * Exact#SCALE} decimals, with the actual as written and the deviation analysis.
 *
 * @param row 1-based index of the indicator in its table
 * @param part the part it scores in; null when its level 1 and level 2 name no known part (then
 *     weight and points are null: it is not scored)
 * @param actual the actual as written (实际完成值) at the last period reported, null when none was
 * @param note 偏差原因分析及改进措施, null when none was written
 * @param met true when the indicator earned its full weight
 */
public record IndicatorScore(
    int row,
    Indicator indicator,
    Part part,
    BigDecimal weight,
    String actual,
    BigDecimal points,
    String note,
    boolean met) {

  public BigDecimal shownWeight() {
    return Exact.shown(weight);
  }

  public BigDecimal shownPoints() {
    return Exact.shown(points);
  }
}
