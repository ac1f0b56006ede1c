package io.jixiao.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The units the value grammar recognises right after a number.
 *
 * <p>A unit is a measure word or a unit of measure from a fixed list ({@link #BASE}: 个 份 人 次 人次 套 项
 * 条 家 本 类 部 卷 台 块 米 公里 平方米 平方公里 亩 吨 天 小时 个月 年 批 篇 期 场 户 所 座 辆 件 册 张 株 棵 处 宗 幅 名 眼 口 组 点 站 元 % ‰ …),
 * optionally behind a multiplier 百 千 万 亿 百万 千万 ({@code 万元}, {@code 万人}, {@code 36.5万条}; a bare
 * {@code 万} is a unit too), or a run of at most five ASCII letters with an optional exponent
 * ({@code km}, {@code KM}, {@code m}, {@code Km2}). A rate adds {@code /} and a denominator: {@code
 * 次/年}, {@code 万元/天}, {@code 元/人·天}, {@code 口/100Km2}.
 *
 * <p>Units are kept as printed, except the percent family: {@code %}, {@code ％}, {@code 百分比} become
 * {@code %}, and {@code 个百分点} becomes {@code 百分点} (percentage points, not a percentage). Text after
 * a number that is no unit of the list stays in the remark: {@code 16个区} is 16 个 with the remark
 * {@code 区}, {@code ≥2涉农区} is 2 with no unit.
 */
final class Units {

  static final Set<String> BASE =
      Set.of(
          "%",
          "‰", "‱", "百分比", "百分点", "个百分点", "个", "份", "人", "次", "人次", "户次", "家次", "站次", "车次", "架次",
          "场次", "批次", "人天", "人日", "人月", "套", "台套", "项", "条", "家", "本", "类", "部", "部分", "卷", "台",
          "块", "米", "公里", "千米", "厘米", "毫米", "平方米", "平米", "平方公里", "平方千米", "立方米", "方", "亩", "公顷", "吨",
          "公斤", "千克", "克", "天", "日", "工作日", "个工作日", "小时", "个小时", "分钟", "秒", "个月", "月", "年", "周",
          "季度", "批", "篇", "期", "场", "户", "所", "座", "辆", "件", "册", "张", "株", "棵", "处", "宗", "幅", "盘",
          "名", "眼", "口", "组", "点", "站", "种", "笔", "副", "版", "轮", "课时", "学时", "元", "分", "倍", "层",
          "间", "栋", "段", "片", "根", "只", "瓶", "箱", "袋", "包", "盏", "届", "节", "页", "家单位", "村", "镇",
          "㎡", "㎞", "㎏", "㎜", "㎝", "k㎡", "km²", "m²", "m³");

  private static final String[] MULTIPLIERS = {"百", "千", "万", "亿", "百万", "千万"};

  /** Printed unit → normalised unit. */
  private static final Map<String, String> UNITS = new HashMap<>();

  /** Units after which {@code 前} and {@code 内} mean "at the latest" ({@code 每月30日前}). */
  static final Set<String> TIME =
      Set.of("日", "号", "天", "工作日", "个工作日", "小时", "个小时", "分钟", "秒", "月", "个月", "年", "周");

  private static final boolean[] FIRST = new boolean[1 << 16];
  private static final int MAX_LENGTH;

  static {
    for (String u : BASE) {
      UNITS.put(u, u);
      if (isCjk(u) && !u.contains("百分")) {
        for (String m : MULTIPLIERS) {
          UNITS.putIfAbsent(m + u, m + u);
        }
      }
    }
    UNITS.put("百分比", "%");
    UNITS.put("百分", "%");
    UNITS.put("个百分点", "百分点");
    for (String m : new String[] {"万", "亿", "百万", "千万"}) {
      UNITS.put(m, m);
    }
    int max = 0;
    for (String u : UNITS.keySet()) {
      FIRST[u.charAt(0)] = true;
      max = Math.max(max, u.length());
    }
    MAX_LENGTH = max;
  }

  private Units() {}

  /** A unit matched at a position: the normalised unit and the index after it. */
  static final class Match {
    final String unit;
    final int end;

    Match(String unit, int end) {
      this.unit = unit;
      this.end = end;
    }
  }

  /** The longest unit (with a rate, if printed) starting at {@code pos}, or null. */
  static Match at(String s, int pos) {
    Match m = single(s, pos);
    if (m == null) {
      return null;
    }
    if (m.end < s.length() && s.charAt(m.end) == '/') {
      Match d = denominator(s, m.end + 1);
      if (d != null) {
        return new Match(m.unit + "/" + d.unit, d.end);
      }
    }
    return m;
  }

  static boolean isTime(String unit) {
    return unit != null && TIME.contains(unit);
  }

  private static Match single(String s, int pos) {
    int n = s.length();
    if (pos >= n) {
      return null;
    }
    char first = s.charAt(pos);
    if (FIRST[first]) {
      for (int len = Math.min(MAX_LENGTH, n - pos); len >= 1; len--) {
        String unit = UNITS.get(s.substring(pos, pos + len));
        if (unit != null) {
          return new Match(unit, pos + len);
        }
      }
    }
    if (ValueText.isAsciiLetter(first)) {
      int e = pos;
      while (e < n && ValueText.isAsciiLetter(s.charAt(e))) {
        e++;
      }
      if (e - pos > 5) {
        return null;
      }
      if (e < n) {
        char x = s.charAt(e);
        boolean exponent = x == '2' || x == '3' || x == '²' || x == '³' || x == '㎡';
        if (exponent && (e + 1 == n || !ValueText.isDigit(s.charAt(e + 1)))) {
          e++;
        }
      }
      return new Match(s.substring(pos, e), e);
    }
    return null;
  }

  /** {@code 年}, {@code 季度}, {@code 人·天}, {@code 100Km2}: what follows the slash of a rate. */
  private static Match denominator(String s, int pos) {
    int p = pos;
    while (p < s.length() && (ValueText.isDigit(s.charAt(p)) || s.charAt(p) == '.')) {
      p++;
    }
    Match m = single(s, p);
    if (m == null) {
      return null;
    }
    int end = m.end;
    while (end + 1 < s.length() && (s.charAt(end) == '·' || s.charAt(end) == '•')) {
      Match next = single(s, end + 1);
      if (next == null) {
        break;
      }
      end = next.end;
    }
    return new Match(s.substring(pos, end), end);
  }

  private static boolean isCjk(String u) {
    char c = u.charAt(0);
    return c >= '\u4e00' && c <= '\u9fff';
  }
}
