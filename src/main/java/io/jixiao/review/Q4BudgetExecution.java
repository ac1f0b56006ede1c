package io.jixiao.review;

import io.jixiao.model.Level2;
import java.util.Arrays;

/**
 * Q4: a budget-execution measure used as an indicator: the name or the description measures the
 * money itself rather than what it buys — a term of the catalog (预算执行率, 按预算资金完成率, 资金到位率…) or a
 * funds word followed by a rate or a compliance measure (经费支出准确率, 成本控制率, 支出及时率, 补偿资金拨付率,
 * 各项经费实际支出数/预算下达数). Self-evaluation scores budget execution on its own (10 points), so it
 * measures nothing here. Satisfaction rows are not read (资金拨付对象满意率 asks people), nor rows whose
 * value is an amount of money (按预算成本执行 {@code ≤330.44万元} is a cost target, named badly).
 */
final class Q4BudgetExecution implements TableRule {

  private final String[] words;
  private final String[][] phrases;

  /**
   * The words and the phrases' first parts, searched in one pass: a key without any of them has
   * neither a word nor a phrase, and most keys have none.
   */
  private final Phrases starts;

  Q4BudgetExecution(RuleSettings settings) {
    this.words = Text.array(settings.words("words"));
    this.phrases = Text.pairs(settings.words("measurePhrases"));
    String[] all = Arrays.copyOf(words, words.length + phrases.length);
    for (int i = 0; i < phrases.length; i++) {
      all[words.length + i] = phrases[i][0];
    }
    this.starts = new Phrases(all);
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
          || !(measuresMoney(r.nameKey()) || measuresMoney(r.descriptionKey()))) {
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

  private boolean measuresMoney(String key) {
    return starts.containsAny(key)
        && (Text.containsAny(key, words) || Text.containsAnyPair(key, phrases));
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
