package io.jixiao.evaluate;

import java.time.YearMonth;

/**
 * What a self-evaluation's actuals run to: the budget year and the latest month reported. Before
 * December of the budget year the scores grade mid-year data: a mid-year estimate (年中测算), not the
 * year-end self-evaluation (年终自评), and every output says so in its titles and its spending column.
 *
 * @param year the budget year, null when unknown
 * @param asOf the latest month the actuals run to, null when unknown
 */
public record EvaluationPeriod(Integer year, YearMonth asOf) {

  /** Not known: read as the year-end self-evaluation, as the command line's files are. */
  public static final EvaluationPeriod YEAR_END = new EvaluationPeriod(null, null);

  static final String INTERIM = "年中测算（非年终自评）";

  /** True when the actuals run to a month before December of the budget year. */
  public boolean interim() {
    return year != null && asOf != null && asOf.isBefore(YearMonth.of(year, 12));
  }

  /** {@code 年中测算（非年终自评）}, or null for the year-end self-evaluation. */
  public String label() {
    return interim() ? INTERIM : null;
  }

  /** {@code 全年执行数}, or {@code 执行数（截至2024年6月底）} in mid-year. */
  public String spentHeading() {
    return interim() ? "执行数（截至" + monthEnd() + "）" : "全年执行数";
  }

  /** {@code 全年执行}, or {@code 截至2024年6月底执行} in mid-year. */
  String spentPhrase() {
    return interim() ? "截至" + monthEnd() + "执行" : "全年执行";
  }

  /** {@code title}, followed by {@code （年中测算，非年终自评）} in mid-year. */
  public String title(String title) {
    return interim() ? title + "（年中测算，非年终自评）" : title;
  }

  private String monthEnd() {
    return asOf.getYear() + "年" + asOf.getMonthValue() + "月底";
  }
}
