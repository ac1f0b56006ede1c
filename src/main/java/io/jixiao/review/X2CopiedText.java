package io.jixiao.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * X2: the same fund-use text or the same goals (at least {@code minLength} characters, so that
 * 购买服务支出 does not count) in tables of projects with different names.
 */
final class X2CopiedText implements DocumentRule {

  private final int minLength;

  X2CopiedText(RuleSettings settings) {
    this.minLength = settings.integer("minLength");
  }

  @Override
  public RuleId id() {
    return RuleId.X2;
  }

  @Override
  public void check(DocumentContext d, Findings out) {
    check(d, out, Fields.FUND_USE);
    check(d, out, Fields.GOALS);
  }

  private void check(DocumentContext d, Findings out, String field) {
    Map<String, List<TableContext>> groups = new LinkedHashMap<>();
    for (TableContext t : d.tables()) {
      String key = field.equals(Fields.FUND_USE) ? t.fundUseKey() : t.goalsKey();
      if (field.equals(Fields.GOALS) && key.equals(t.fundUseKey())) {
        continue; // the goal repeats the table's own fund use: reported once, for the fund use
      }
      if (key.length() >= minLength) {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
      }
    }
    for (List<TableContext> group : groups.values()) {
      if (group.size() < 2 || !differentProjects(group)) {
        continue;
      }
      for (TableContext t : group) {
        String text = field.equals(Fields.FUND_USE) ? t.project().fundUse() : t.goals();
        out.table(t.index())
            .add(
                null,
                field,
                Fields.label(field)
                    + Text.quote(text)
                    + "与"
                    + X1CopiedIndicators.others(group, t)
                    + "相同",
                "按本项目的实际内容填写" + Fields.label(field) + "；确属同一项目分期或分拆的，说明区别");
      }
    }
  }

  private static boolean differentProjects(List<TableContext> group) {
    for (TableContext t : group) {
      if (!t.nameKey().equals(group.get(0).nameKey())) {
        return true;
      }
    }
    return false;
  }
}
