package io.jixiao.generate;

import java.math.BigDecimal;
import java.util.Set;

/** What kind of thing a unit measures, for a fitting number and indicator name. */
final class UnitKinds {

  private static final Set<String> MONEY = Set.of("万元", "元", "千元", "亿元");
  private static final Set<String> AREA =
      Set.of("平方公里", "平方千米", "平方米", "万亩", "亩", "公顷", "万平方米");
  private static final Set<String> LENGTH = Set.of("公里", "千米", "米", "延米");
  private static final Set<String> TIME = Set.of("小时", "天", "日", "个月", "月", "年", "工作日", "分钟");
  private static final Set<String> PERSONS = Set.of("人", "人次", "万人", "万人次");
  private static final Set<String> TIMES = Set.of("次", "场", "批次", "期", "次/年");
  private static final Set<String> REPORTS = Set.of("份", "本", "篇", "册", "幅", "张");
  private static final Set<String> DEVICES = Set.of("台", "套", "件", "辆", "台套", "个（套）");

  private UnitKinds() {}

  static boolean money(String unit) {
    return in(MONEY, unit);
  }

  /** Area or length: a measured extent. */
  static boolean measure(String unit) {
    return in(AREA, unit) || in(LENGTH, unit);
  }

  static boolean area(String unit) {
    return in(AREA, unit);
  }

  static boolean time(String unit) {
    return in(TIME, unit);
  }

  static boolean persons(String unit) {
    return in(PERSONS, unit);
  }

  static boolean times(String unit) {
    return in(TIMES, unit);
  }

  static boolean reports(String unit) {
    return in(REPORTS, unit);
  }

  static boolean devices(String unit) {
    return in(DEVICES, unit);
  }

  private static boolean in(Set<String> kind, String unit) {
    return unit != null && kind.contains(unit);
  }

  /** An amount in 万元 written in {@code unit} (元, 千元, 亿元 or 万元). */
  static BigDecimal fromWan(BigDecimal wan, String unit) {
    switch (unit) {
      case "元":
        return wan.movePointRight(4).stripTrailingZeros().max(BigDecimal.ONE).setScale(0,
            java.math.RoundingMode.HALF_UP);
      case "千元":
        return wan.movePointRight(1).stripTrailingZeros();
      case "亿元":
        return wan.movePointLeft(4).stripTrailingZeros();
      default:
        return wan.stripTrailingZeros().scale() < 0 ? wan.setScale(0) : wan.stripTrailingZeros();
    }
  }
}
