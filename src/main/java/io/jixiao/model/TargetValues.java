package io.jixiao.model;

/**
 * The value grammar: parses a printed 指标值 into a {@link TargetValue}.
 *
 * <p>The rules, in short (each reader documents its part):
 *
 * <ul>
 *   <li>Quantities: {@code ≥90%}, {@code ≤15万元}, {@code 1个}, {@code ≥85 百分比} (→ %), word signs
 *       before ({@code 不低于}, {@code 不超过}, {@code 大于} …) or after ({@code 以上}, {@code 以内} …) the
 *       number, {@code 500余次} → ≥; a bare number is =. Units and their normalisation: {@link
 *       Units}; sign words: {@link SignWords}; products, ratios, ranges and remarks: {@link
 *       QuantityReader}.
 *   <li>Deadlines: {@code 12月底前}, {@code 2023年12月31日前完成}, {@code 2023年底前}, {@code 上半年}, spans such
 *       as {@code 2024年1-12月} ({@link DeadlineReader}).
 *   <li>Relative to last year: {@code ≥上年}, {@code 较上年提高}, {@code 与上年持平}.
 *   <li>Qualitative (sign 6): any other text without digits ({@code 巩固提升}, {@code 合格}).
 *   <li>Blank for null or white space; {@link TargetValue.Unparsed} only for digits that name no
 *       target (a cited standard) or an impossible date ({@code 2024年13月}).
 * </ul>
 *
 * <p>Decisions on odd values: text around one number is the quantity's remark ({@code 编制1份质量成果报告} →
 * =1 份, remark {@code 编制质量成果报告}; {@code 100%巩固提升} → =100 %, remark {@code 巩固提升}; {@code 100 良好} →
 * =100 with no unit, remark {@code 良好}); of several numbers the first with a sign or unit is the
 * quantity and the others stay in the remark ({@code 数据库2个，工作报告5份} → =2 个); {@code 500余次} and
 * {@code 1000多人} are ≥; a range {@code 70-80个} is ≥70 个 with the remark {@code 至80}; a year in
 * prose ({@code 2023年全年开展}) is a deadline spanning that year. Numbers that only name a cited
 * document ({@code 符合《…》（HY/T123-2009）}) are left {@link TargetValue.Unparsed} on purpose: they set
 * no target, yet a value with digits is never called qualitative.
 *
 * <p>Parsing never throws, uses no regular expression on the common path and reads a value in one
 * pass or a few; see {@link ValueGrammar} for the order of the readers.
 */
public final class TargetValues {

  private TargetValues() {}

  /** Parses a printed value; never throws. A null or blank value is {@link TargetValue.Blank}. */
  public static TargetValue parse(String printed) {
    return ValueGrammar.parse(printed);
  }

  /** How many of the printed values the grammar understood; see {@link ValueGrammarStats}. */
  public static ValueGrammarStats share(Iterable<String> printed) {
    return ValueGrammarStats.of(printed);
  }
}
