package io.jixiao.review;

import io.jixiao.model.Level1;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * S6: the same 三级指标 twice anywhere in a table, with nothing in the descriptions to tell them apart
 * (林草种子质量监测 as a quality indicator and again as the economic, social, ecological and lasting
 * effect). Two outputs of one work item under different output level 2s are its aspects (地质测量:
 * quantity, quality, deadline), and rows whose descriptions differ (four 点位数量 rows for air, water,
 * plants, birds) are sub-items: neither is reported.
 */
final class S6DuplicateIndicator implements TableRule {

  S6DuplicateIndicator(RuleSettings settings) {}

  @Override
  public RuleId id() {
    return RuleId.S6;
  }

  /**
   * Rows of one name are chained in a hash map (head of each name, then {@code next}), so a row is
   * compared only with the earlier rows of its name, in their order, not with every earlier row.
   */
  @Override
  public void check(TableContext t, Findings out) {
    List<Row> rows = t.rows();
    int n = rows.size();
    if (n < 2) {
      return;
    }
    Map<String, Integer> heads = new HashMap<>(n * 2);
    int[] next = new int[n];
    int[] tail = new int[n];
    for (int i = 0; i < n; i++) {
      Row r = rows.get(i);
      if (r.nameKey().isEmpty()) {
        continue;
      }
      next[i] = -1;
      Integer head = heads.putIfAbsent(r.nameKey(), i);
      if (head == null) {
        tail[i] = i;
        continue;
      }
      for (int j = head; j >= 0; j = next[j]) {
        Row earlier = rows.get(j);
        if (indistinct(r, earlier) && !aspects(r, earlier)) {
          out.add(
              r.number(),
              Fields.NAME,
              "三级指标" + Text.quote(r.name()) + "与第 " + earlier.number() + " 行重复，名称和描述都无法区分两者",
              "删除重复的指标，或把名称改得能区分，如按对象、阶段或内容分别命名");
          break;
        }
      }
      next[tail[head]] = i;
      tail[head] = i;
    }
  }

  /** Two outputs under different output level 2s: quantity, quality, time or cost of one item. */
  private static boolean aspects(Row a, Row b) {
    return a.level1() == Level1.OUTPUT
        && b.level1() == Level1.OUTPUT
        && !Objects.equals(a.indicator().level2(), b.indicator().level2()) // merged cells: same
        && !Text.squash(a.indicator().level2()).equals(Text.squash(b.indicator().level2()));
  }

  /**
   * Descriptions that are equal, blank or only the name do not tell two rows apart; rows of
   * different blocks of a 申报表 (长期 and 年度 targets) are different targets.
   */
  private static boolean indistinct(Row a, Row b) {
    return a.indicator().facts().term() == b.indicator().facts().term()
        && (a.descriptionKey().equals(b.descriptionKey()) || uninformative(a) && uninformative(b));
  }

  private static boolean uninformative(Row r) {
    return r.descriptionKey().isEmpty() || r.descriptionKey().equals(r.nameKey());
  }
}
