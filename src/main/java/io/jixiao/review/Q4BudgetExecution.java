package io.jixiao.review;

import io.jixiao.model.Level2;

/**
 * Q4: a budget-execution measure used as an indicator: the name or the description measures the
 * money itself rather than what it buys — a term of the catalog (预算执行率, 按预算资金完成率, 资金到位率…) or a
 * funds word followed by a rate or a compliance measure (经费支出准确率, 成本控制率, 支出及时率, 补偿资金拨付率,
 * 各项经费实际支出数/预算下达数). Self-evaluation scores budget execution on its own (10 points), so it
 * measures nothing here. Satisfaction rows are not read (资金拨付对象满意率 asks people), nor rows whose
 * value is an amount of money (按预算成本执行 {@code ≤330.44万元} is a cost target, named badly).
 */
final class Q4BudgetExecution implements TableRule {

  private final Phrases words;
  private final String[][] phrases;

  /** The signature of each phrase's two parts: a key without all their characters is skipped. */
  private final long[] phraseSignatures;

  Q4BudgetExecution(RuleSettings settings) {
    this.words = new Phrases(settings.words("words"));
    this.phrases = Text.pairs(settings.words("measurePhrases"));
    this.phraseSignatures = new long[phrases.length];
    for (int i = 0; i < phrases.length; i++) {
      phraseSignatures[i] = Text.signature(phrases[i][0]) | Text.signature(phrases[i][1]);
    }
  }

  @Override
  public RuleId id() {
    return RuleId.Q4;
  }

  @Override
  public void check(TableContext t, Findings out) {
    for (Row r : t.rows()) {
      if (r.isSatisfaction()
          || r.isMoney()
          || !(measuresMoney(r.nameKey(), r.nameSignature())
              || measuresMoney(r.descriptionKey(), r.descriptionSignature()))) {
        continue;
      }
      out.add(
          r.number(),
          Fields.NAME,
          Text.quote(r.name())
              + "衡量的是预算执行和资金管理，绩效自评中单独考核（预算执行率 10 分），不应作为"
              + (r.level2() == null ? "绩效指标" : r.level2().label()),
          suggestion(r));
    }
  }

  private boolean measuresMoney(String key, long signature) {
    if (words.containsAny(key, signature)) {
      return true;
    }
    for (int i = 0; i < phrases.length; i++) {
      if ((phraseSignatures[i] & ~signature) == 0 && Text.containsPair(key, phrases[i])) {
        return true;
      }
    }
    return false;
  }

  private static String suggestion(Row r) {
    if (r.isCost()) {
      return "成本指标改写为金额上限，如“≤15 万元”（与预算数一致）";
    }
    if (r.level2() == Level2.TIMELINESS) {
      return "时效指标改写为完成时限，如“2023年12月31日前完成”";
    }
    return "删除该指标，换成反映本项目产出或效益的指标";
  }
}
