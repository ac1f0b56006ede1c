package io.jixiao.monitor;

import io.jixiao.model.TargetValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether an actual's unit fits its target's, and the actual in the target's unit.
 *
 * <p>Units fall into kinds: percentages ({@code %}, {@code ‰}), percentage points, money ({@code 元}
 * … {@code 亿元}), length, area, volume, mass, time, rates ({@code 次/年}), counted things (any other
 * Chinese measure word: {@code 个}, {@code 次}, {@code 人次}, {@code 万人}) and unknown letter units
 * ({@code TB}). An actual contradicts its target when both print a unit and the kinds differ
 * ({@code ≥95%} and {@code 12个}; {@code ≤10万元} and {@code 95%}); an unknown letter unit contradicts
 * nothing. Within a kind the actual converts exactly where the factor is exact ({@code 1.5公里} is
 * 1500 米, {@code 8万元} is 80000 元, {@code 90分钟} is 1.5 小时, {@code 1年} is 12 个月); days and months,
 * {@code 亩}, {@code 工作日} and different measure words ({@code 个} and {@code 项}) do not convert. A
 * number printed without a unit is read in the target's unit.
 */
public final class ActualUnits {

  /** The kind of a unit, its base unit within the kind, and the factor to the base (null: none). */
  private record Measure(String kind, String base, BigDecimal factor) {}

  private static final String COUNT = "计数";
  private static final String UNKNOWN = "未知";

  private static final Map<String, Measure> UNITS = new HashMap<>();
  private static final String[] MULTIPLIERS = {"百万", "千万", "百", "千", "万", "亿"};
  private static final Map<String, BigDecimal> MULTIPLIER_FACTORS =
      Map.of(
          "百", BigDecimal.valueOf(100),
          "千", BigDecimal.valueOf(1000),
          "万", BigDecimal.valueOf(10_000),
          "亿", BigDecimal.valueOf(100_000_000),
          "百万", BigDecimal.valueOf(1_000_000),
          "千万", BigDecimal.valueOf(10_000_000));

  static {
    unit("百分比", "%", "%", "1");
    unit("百分比", "‰", "%", "0.1");
    unit("百分比", "‱", "%", "0.01");
    unit("百分点", "百分点", "百分点", "1");
    unit("金额", "元", "元", "1");
    unit("长度", "米", "米", "1");
    unit("长度", "m", "米", "1");
    unit("长度", "公里", "米", "1000");
    unit("长度", "千米", "米", "1000");
    unit("长度", "km", "米", "1000");
    unit("长度", "㎞", "米", "1000");
    unit("长度", "厘米", "米", "0.01");
    unit("长度", "cm", "米", "0.01");
    unit("长度", "㎝", "米", "0.01");
    unit("长度", "毫米", "米", "0.001");
    unit("长度", "mm", "米", "0.001");
    unit("长度", "㎜", "米", "0.001");
    unit("面积", "平方米", "平方米", "1");
    unit("面积", "平米", "平方米", "1");
    unit("面积", "㎡", "平方米", "1");
    unit("面积", "m²", "平方米", "1");
    unit("面积", "m2", "平方米", "1");
    unit("面积", "平方公里", "平方米", "1000000");
    unit("面积", "平方千米", "平方米", "1000000");
    unit("面积", "km²", "平方米", "1000000");
    unit("面积", "km2", "平方米", "1000000");
    unit("面积", "k㎡", "平方米", "1000000");
    unit("面积", "公顷", "平方米", "10000");
    unit("面积", "亩", "亩", null);
    unit("体积", "立方米", "立方米", "1");
    unit("体积", "方", "立方米", "1");
    unit("体积", "m³", "立方米", "1");
    unit("体积", "m3", "立方米", "1");
    unit("质量", "克", "克", "1");
    unit("质量", "g", "克", "1");
    unit("质量", "千克", "克", "1000");
    unit("质量", "公斤", "克", "1000");
    unit("质量", "kg", "克", "1000");
    unit("质量", "㎏", "克", "1000");
    unit("质量", "吨", "克", "1000000");
    unit("时间", "秒", "秒", "1");
    unit("时间", "分钟", "秒", "60");
    unit("时间", "小时", "秒", "3600");
    unit("时间", "个小时", "秒", "3600");
    unit("时间", "天", "秒", "86400");
    unit("时间", "日", "秒", "86400");
    unit("时间", "周", "秒", "604800");
    unit("时间", "月", "月", "1");
    unit("时间", "个月", "月", "1");
    unit("时间", "季度", "月", "3");
    unit("时间", "年", "月", "12");
    unit("时间", "工作日", "工作日", "1");
    unit("时间", "个工作日", "工作日", "1");
  }

  private static void unit(String kind, String unit, String base, String factor) {
    UNITS.put(unit, new Measure(kind, base, factor == null ? null : new BigDecimal(factor)));
  }

  private ActualUnits() {}

  /**
   * True when both print a unit of different kinds: the actual measures something else than the
   * target ({@code ≥95%} and {@code 12个}).
   */
  public static boolean contradicts(TargetValue.Quantity target, TargetValue.Quantity actual) {
    Measure t = measure(target.unit());
    Measure a = measure(actual.unit());
    if (t == null || a == null) {
      return false;
    }
    if (t.kind.equals(UNKNOWN) || a.kind.equals(UNKNOWN)) {
      return false;
    }
    return !t.kind.equals(a.kind);
  }

  /** The name of the kind of a unit ({@code 百分比}, {@code 金额}, {@code 计数} …); null for none. */
  public static String kind(String unit) {
    Measure m = measure(unit);
    return m == null ? null : m.kind;
  }

  /**
   * The actual's number in the target's unit: as printed when the units are the same or either is
   * missing, converted when they convert exactly ({@code 1.5公里} for {@code ≥1000米} is 1500), else
   * empty.
   */
  public static Optional<BigDecimal> inUnitOf(
      TargetValue.Quantity target, TargetValue.Quantity actual) {
    String tu = target.unit();
    String au = actual.unit();
    if (tu == null || au == null || tu.equals(au)) {
      return Optional.of(actual.number());
    }
    Measure t = measure(tu);
    Measure a = measure(au);
    if (!t.kind.equals(a.kind) || !t.base.equals(a.base) || t.factor == null || a.factor == null) {
      return Optional.empty();
    }
    BigDecimal n = actual.number().multiply(a.factor).divide(t.factor, MathContext.DECIMAL64);
    BigDecimal s = n.stripTrailingZeros();
    return Optional.of(s.scale() < 0 ? s.setScale(0) : s);
  }

  private static Measure measure(String unit) {
    if (unit == null || unit.isEmpty()) {
      return null;
    }
    int slash = unit.indexOf('/');
    if (slash >= 0) {
      Measure numerator = measure(unit.substring(0, slash));
      String rest = unit.substring(slash);
      return numerator == null
          ? new Measure("比率", unit, BigDecimal.ONE)
          : new Measure("比率：" + numerator.kind, numerator.base + rest, numerator.factor);
    }
    Measure known = UNITS.get(ascii(unit) ? unit.toLowerCase(Locale.ROOT) : unit);
    if (known != null) {
      return known;
    }
    for (String m : MULTIPLIERS) {
      if (unit.length() > m.length() && unit.startsWith(m)) {
        Measure rest = measureWithoutMultiplier(unit.substring(m.length()));
        BigDecimal f = MULTIPLIER_FACTORS.get(m);
        return new Measure(
            rest.kind, rest.base, rest.factor == null ? null : rest.factor.multiply(f));
      }
    }
    if (MULTIPLIER_FACTORS.containsKey(unit)) {
      return new Measure(COUNT, "", MULTIPLIER_FACTORS.get(unit));
    }
    return measureWithoutMultiplier(unit);
  }

  private static Measure measureWithoutMultiplier(String unit) {
    Measure known = UNITS.get(ascii(unit) ? unit.toLowerCase(Locale.ROOT) : unit);
    if (known != null) {
      return known;
    }
    if (ascii(unit)) {
      return new Measure(UNKNOWN, unit.toLowerCase(Locale.ROOT), BigDecimal.ONE);
    }
    return new Measure(COUNT, unit, BigDecimal.ONE);
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }
}
