package io.jixiao.review;

import java.util.ArrayList;
import java.util.List;

/**
 * Q2: the 绩效指标描述 is empty or only repeats the indicator's name (also as 反映…情况). Reported once per
 * table, listing the rows: in many documents it is every row.
 */
final class Q2Description implements TableRule {

  private final String[] fillers;

  Q2Description(RuleSettings settings) {
    this.fillers = Text.array(settings.words("fillerWords"));
  }

  @Override
  public RuleId id() {
    return RuleId.Q2;
  }

  @Override
  public void check(TableContext t, Findings out) {
    List<Integer> rows = null;
    for (Row r : t.rows()) {
      if (repeats(r.descriptionKey(), r.nameKey())) {
        if (rows == null) {
          rows = new ArrayList<>();
        }
        rows.add(r.number());
      }
    }
    if (rows == null) {
      return;
    }
    String suggestion = "在绩效指标描述中说明指标的含义、统计范围和计算方法，如“验收合格的成果数 ÷ 提交的成果总数 × 100%”";
    if (rows.size() == 1) {
      Row r = t.rows().get(rows.get(0) - 1);
      out.add(
          r.number(),
          Fields.DESCRIPTION,
          r.descriptionKey().isEmpty()
              ? "指标" + Text.quote(r.name()) + "没有绩效指标描述"
              : "绩效指标描述只重复了指标名称" + Text.quote(r.name()),
          suggestion);
    } else {
      out.add(
          null,
          Fields.DESCRIPTION,
          (rows.size() == t.rows().size() ? "全部 " + rows.size() + " 个指标" : Text.rows(rows))
              + "的绩效指标描述为空或只重复了指标名称",
          suggestion);
    }
  }

  private boolean repeats(String description, String name) {
    if (description.isEmpty() || description.equals(name)) {
      return true;
    }
    if (description.length() > name.length() + 6) {
      return false;
    }
    long d = strip(description);
    long n = strip(name);
    int length = end(d) - start(d);
    return length == end(n) - start(n)
        && description.regionMatches(start(d), name, start(n), length);
  }

  private static int start(long bounds) {
    return (int) (bounds >>> 32);
  }

  private static int end(long bounds) {
    return (int) bounds;
  }

  /**
   * Drops filler words at either end: 反映…情况 explains nothing more than the name. Returns the
   * bounds of what is left (start in the high, end in the low 32 bits), without allocating.
   */
  private long strip(String key) {
    int start = 0;
    int end = key.length();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String f : fillers) {
        if (end - start > f.length() && key.startsWith(f, start)) {
          start += f.length();
          changed = true;
        }
        if (end - start > f.length() && key.startsWith(f, end - f.length())) {
          end -= f.length();
          changed = true;
        }
      }
    }
    return (long) start << 32 | end;
  }
}
