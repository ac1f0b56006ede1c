package io.jixiao.review;

import io.jixiao.model.Percent;
import io.jixiao.model.SpendingPlan;
import java.math.BigDecimal;

/**
 * B2: the spending plan is cumulative: never decreasing, between 0 and 100, and 100% at 12月底. A
 * blank 12月底 is an error (severity {@code missingDecemberSeverity}) unless an earlier month already
 * reaches 100%: a plan that spends everything by 3月底 has nothing left for December.
 */
final class B2SpendingPlan implements TableRule {

  private static final String[] FIELDS = {
    "spendingPlan.mar", "spendingPlan.jun", "spendingPlan.oct", "spendingPlan.dec"
  };
  private static final String[] MONTHS = {"3月底", "6月底", "10月底", "12月底"};
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Severity missingDecember;

  B2SpendingPlan(RuleSettings settings) {
    this.missingDecember = settings.severity("missingDecemberSeverity");
  }

  private static String pct(Percent p) {
    return p.value().stripTrailingZeros().toPlainString() + "%";
  }

  @Override
  public RuleId id() {
    return RuleId.B2;
  }

  @Override
  public void check(TableContext t, Findings out) {
    SpendingPlan plan = t.project().spendingPlan();
    if (plan == null) {
      return;
    }
    Percent[] points = {plan.mar(), plan.jun(), plan.oct(), plan.dec()};
    int last = -1;
    for (int i = 0; i < points.length; i++) {
      if (points[i] == null) {
        continue;
      }
      BigDecimal v = points[i].value();
      if (v.compareTo(HUNDRED) > 0) {
        out.add(
            null,
            FIELDS[i],
            MONTHS[i] + "累计支出进度为 " + pct(points[i]) + "，超过了 100%",
            "支出计划是累计百分比，各期应在 0–100% 之间，12月底为 100%");
      }
      if (last >= 0 && v.compareTo(points[last].value()) < 0) {
        out.add(
            null,
            FIELDS[i],
            "资金支出计划是累计进度，"
                + MONTHS[i]
                + "（"
                + pct(points[i])
                + "）低于"
                + MONTHS[last]
                + "（"
                + pct(points[last])
                + "）",
            "按累计口径填写：每一期应不低于上一期，12月底为 100%");
      }
      last = i;
    }
    if (last < 0) {
      return;
    }
    if (plan.dec() == null) {
      if (points[last].value().compareTo(HUNDRED) >= 0) {
        return; // everything is spent before December
      }
      out.add(
          missingDecember,
          null,
          FIELDS[3],
          "资金支出计划未填写12月底，已填写的最后一期（" + MONTHS[last] + "）为 " + pct(points[last]),
          "补填12月底累计支出进度 100%");
    } else if (plan.dec().value().compareTo(HUNDRED) < 0) {
      out.add(
          null,
          FIELDS[3],
          "12月底累计支出进度为 " + pct(plan.dec()) + "，全年预算没有安排支出完毕",
          "12月底累计支出进度应为 100%；确实跨年支出的，说明原因并调整预算数");
    }
  }
}
