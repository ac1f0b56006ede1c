package io.jixiao.workflow;

import io.jixiao.model.Budget;
import io.jixiao.model.Indicator;
import io.jixiao.model.Money;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import io.jixiao.model.SpendingPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The fields that differ between two versions of a table, with old and new value as printed. */
public final class Changes {

  /** One changed field. */
  public record Change(String field, String oldValue, String newValue) {}

  private Changes() {}

  public static List<Change> between(Project before, Project after) {
    Map<String, String> a = fields(before);
    Map<String, String> b = fields(after);
    List<Change> changes = new ArrayList<>();
    for (String field : union(a, b)) {
      String o = a.get(field);
      String n = b.get(field);
      if (!Objects.equals(o, n)) {
        changes.add(new Change(field, o, n));
      }
    }
    return changes;
  }

  private static List<String> union(Map<String, String> a, Map<String, String> b) {
    List<String> keys = new ArrayList<>(a.keySet());
    for (String k : b.keySet()) {
      if (!keys.contains(k)) {
        keys.add(k);
      }
    }
    return keys;
  }

  private static Map<String, String> fields(Project p) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("表名", p.title());
    m.put("预算单位", p.unit() == null ? null
        : join(p.unit().code() == null ? null : p.unit().code().value(), p.unit().name()));
    m.put("项目编码", p.code() == null ? null : p.code().value());
    m.put("项目名称", p.name());
    Budget b = p.budget();
    m.put("预算数", b == null ? null : money(b.total()));
    m.put("财政资金", b == null ? null : money(b.fiscal()));
    m.put("其他资金", b == null ? null : money(b.other()));
    m.put("资金用途", p.fundUse());
    m.put("资金支出计划", plan(p.spendingPlan()));
    m.put("绩效目标", p.goals().isEmpty() ? null : String.join("\n", p.goals()));
    List<Indicator> rows = p.indicators();
    for (int i = 0; i < rows.size(); i++) {
      m.put("指标第 " + (i + 1) + " 行", row(rows.get(i)));
    }
    return m;
  }

  static String row(Indicator i) {
    return i.level1() + " / " + i.level2() + " / " + i.name()
        + (i.description() == null ? "" : "｜描述：" + i.description())
        + "｜指标值：" + (i.value() == null ? "" : i.value())
        + (i.basis() == null ? "" : "｜依据：" + i.basis());
  }

  private static String plan(SpendingPlan s) {
    if (s == null) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    String[] months = {"3月底", "6月底", "10月底", "12月底"};
    List<Percent> c = s.checkpoints();
    for (int i = 0; i < 4; i++) {
      if (i > 0) {
        b.append("，");
      }
      b.append(months[i]).append(' ').append(c.get(i) == null ? "—" : c.get(i).toString());
    }
    return b.toString();
  }

  private static String money(Money m) {
    return m == null ? null : m.wan().toPlainString();
  }

  private static String join(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + " " + b;
  }
}
