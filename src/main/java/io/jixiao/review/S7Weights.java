package io.jixiao.review;

import io.jixiao.model.Level1;
import io.jixiao.model.SelfEvaluation;
import java.math.BigDecimal;

/**
 * S7: the weights a form prints (权重, 分值) do not add up: the indicators of a level 1 whose label
 * carries its points ({@code 产出指标(50分)}) sum to other points, or all weights — the indicators'
 * and, in a self-evaluation form, the budget execution's — sum to other than {@code total} (100).
 * Read only when every indicator prints a weight: a table without weights is not weighted.
 */
final class S7Weights implements TableRule {

  private final BigDecimal total;

  S7Weights(RuleSettings settings) {
    this.total = settings.number("total");
  }

  @Override
  public RuleId id() {
    return RuleId.S7;
  }

  @Override
  public void check(TableContext t, Findings out) {
    if (t.rows().isEmpty()) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Row r : t.rows()) {
      BigDecimal w = r.indicator().facts().weight();
      if (w == null) {
        return;
      }
      sum = sum.add(w);
    }
    levels(t, out);
    SelfEvaluation self = t.project().facts().selfEvaluation();
    BigDecimal budget = self == null ? null : self.budgetWeight();
    BigDecimal all = budget == null ? sum : sum.add(budget);
    if (all.compareTo(total) != 0) {
      out.add(
          null,
          Fields.WEIGHT,
          "各项权重合计 "
              + plain(all)
              + (budget == null
                  ? ""
                  : "（绩效指标 " + plain(sum) + " + 预算执行 " + plain(budget) + "）")
              + "，不等于 "
              + plain(total),
          "调整各指标的权重，使合计为 " + plain(total) + "；权重按指标的重要程度分配");
    }
  }

  /** Each level 1 whose printed label carries its points: its indicators' weights sum to them. */
  private static void levels(TableContext t, Findings out) {
    int n = t.rows().size();
    boolean[] done = new boolean[n];
    Level1[] levels = new Level1[n];
    for (int i = 0; i < n; i++) {
      Row r = t.rows().get(i);
      levels[i] = r.level1() != null ? r.level1() : Categories.level1(withoutPoints(r));
    }
    for (int i = 0; i < n; i++) {
      Row first = t.rows().get(i);
      Level1 level = levels[i];
      if (done[i] || level == null) {
        continue;
      }
      BigDecimal points = null;
      BigDecimal sum = BigDecimal.ZERO;
      for (int j = i; j < n; j++) {
        Row r = t.rows().get(j);
        if (levels[j] == level) {
          done[j] = true;
          sum = sum.add(r.indicator().facts().weight());
          if (points == null) {
            points = points(r.indicator().level1());
          }
        }
      }
      if (points != null && sum.compareTo(points) != 0) {
        out.add(
            first.number(),
            Fields.LEVEL1,
            level.label() + "标明 " + plain(points) + " 分，其下各指标权重合计却为 " + plain(sum),
            "使" + level.label() + "下各指标的权重之和等于 " + plain(points) + " 分");
      }
    }
  }

  /** The printed level 1 without its points: {@code 产出指标(50分)} → 产出指标. */
  private static String withoutPoints(Row r) {
    String label = r.indicator().level1();
    if (label == null) {
      return null;
    }
    int open = label.indexOf('(');
    int wide = label.indexOf('（');
    int cut = open < 0 ? wide : wide < 0 ? open : Math.min(open, wide);
    return cut < 0 ? label : label.substring(0, cut);
  }

  /** The points printed in a level-1 label, {@code 产出指标(50分)} → 50; null when none. */
  static BigDecimal points(String label) {
    if (label == null) {
      return null;
    }
    int fen = label.lastIndexOf('分');
    if (fen < 0) {
      return null;
    }
    int start = fen;
    while (start > 0 && (Text.isDigit(label.charAt(start - 1)) || label.charAt(start - 1) == '.')) {
      start--;
    }
    if (start == fen || !Text.isDigit(label.charAt(start))) {
      return null;
    }
    StringBuilder digits = new StringBuilder(fen - start);
    for (int i = start; i < fen; i++) {
      char c = label.charAt(i);
      digits.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
    }
    try {
      return new BigDecimal(digits.toString());
    } catch (NumberFormatException e) {
      return null; // 1.2.3分
    }
  }

  static String plain(BigDecimal b) {
    return b.stripTrailingZeros().toPlainString();
  }
}
