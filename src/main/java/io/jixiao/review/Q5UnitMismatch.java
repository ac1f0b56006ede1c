package io.jixiao.review;

import io.jixiao.model.TargetValue;
import java.util.List;
import java.util.Locale;

/**
 * Q5: the value's unit contradicts the name: a name that counts (面积, 数量, 次数…) with a percentage; a
 * name that states a physical dimension (面积, 长度, 体积) with a unit of another one (面积 {@code
 * 230.06KM}, 安装面积 {@code ≥1598.6立方米}); or a qualitative level carrying a number ({@code 100%巩固提升},
 * {@code 100 良好}).
 */
final class Q5UnitMismatch implements TableRule {

  private final Phrases countWords;
  private final String[] rateWords;
  private final String[] levels;
  private final int maxLevelLength;

  /** Per dimension: the words of a name that state it, and its units (lower case). */
  private final String[][] dimensionWords;

  private final String[][] dimensionUnits;

  /** The first characters of the graded levels, to skip the word search for most values. */
  private final String levelFirsts;

  Q5UnitMismatch(RuleSettings settings) {
    this.maxLevelLength = settings.integer("maxLevelLength");
    StringBuilder b = new StringBuilder();
    for (String level : settings.vocabulary("gradedLevels")) {
      if (b.indexOf(level.substring(0, 1)) < 0) {
        b.append(level.charAt(0));
      }
    }
    this.levelFirsts = b.toString();
    this.countWords = new Phrases(settings.words("countWords"));
    this.rateWords = Text.array(settings.vocabulary("rateWords"));
    this.levels = Text.array(settings.vocabulary("gradedLevels"));
    List<String> dimensions = settings.words("dimensions");
    this.dimensionWords = new String[dimensions.size()][];
    this.dimensionUnits = new String[dimensions.size()][];
    for (int i = 0; i < dimensions.size(); i++) {
      String d = dimensions.get(i);
      int eq = d.indexOf('=');
      dimensionWords[i] = d.substring(0, eq).strip().split(" +");
      dimensionUnits[i] = d.substring(eq + 1).strip().toLowerCase(Locale.ROOT).split(" +");
    }
  }

  @Override
  public RuleId id() {
    return RuleId.Q5;
  }

  @Override
  public void check(TableContext t, Findings out) {
    for (Row r : t.rows()) {
      String level = levelAfterNumber(r.valueKey());
      if (level != null) {
        out.add(
            r.number(),
            Fields.VALUE,
            "定性指标值" + Text.quote(r.value()) + "带有数值或单位",
            "定性目标只写等级，如" + Text.quote(level) + "；要量化就写数值和单位，去掉定性文字");
        continue;
      }
      TargetValue.Quantity q = r.quantity();
      if (q == null) {
        continue;
      }
      if (!q.isPercent()) {
        otherDimension(r, q, out);
        continue;
      }
      String word = countWords.find(r.nameKey(), r.nameSignature());
      if (word != null && !Text.containsAny(r.nameKey(), rateWords)) {
        out.add(
            r.number(),
            Fields.VALUE,
            contradiction(r, Text.quote(word), "却是百分比"),
            "写成数量和计量单位，如“≥85 平方米”“≥20 次”；要考核比例的，把名称改为“…率”并说明分母");
      }
    }
  }

  /**
   * The graded level after a leading number ({@code 100%巩固提升} → 巩固提升), or null. The rest must be
   * short: {@code （1）完成…} is a numbered sentence, not a level with a number.
   */
  private String levelAfterNumber(String key) {
    int i = 0;
    int n = key.length();
    while (i < n && "≥≤<>=".indexOf(key.charAt(i)) >= 0) {
      i++;
    }
    int digits = i;
    while (i < n && (Text.isDigit(key.charAt(i)) || key.charAt(i) == '.')) {
      i++;
    }
    if (i == digits || i == n) {
      return null;
    }
    if (key.charAt(i) == '%') {
      i++;
    } else if (key.startsWith("百分比", i)) {
      i += 3;
    }
    if (i == n || n - i > maxLevelLength || levelFirsts.indexOf(key.charAt(i)) < 0) {
      return null;
    }
    for (String level : levels) {
      if (key.startsWith(level, i)) {
        return key.substring(i);
      }
    }
    return null;
  }

  /** {@code 指标名称“…”计的是…，指标值“…”…}. */
  private static String contradiction(Row r, String counted, String but) {
    return "指标名称" + Text.quote(r.name()) + "计的是" + counted + "，指标值" + Text.quote(r.value()) + but;
  }

  /** A name that states one dimension (面积) with a unit of another (KM, 立方米). */
  private void otherDimension(Row r, TargetValue.Quantity q, Findings out) {
    if (q.unit() == null) {
      return;
    }
    int named = -1;
    for (int i = 0; i < dimensionWords.length; i++) {
      if (Text.containsAny(r.nameKey(), dimensionWords[i])) {
        if (named >= 0) {
          return; // 长度和面积: two dimensions named
        }
        named = i;
      }
    }
    if (named < 0) {
      return;
    }
    String unit = q.unit().toLowerCase(Locale.ROOT);
    if (Text.equalsAny(unit, dimensionUnits[named])) {
      return;
    }
    for (int i = 0; i < dimensionUnits.length; i++) {
      if (i != named && Text.equalsAny(unit, dimensionUnits[i])) {
        out.add(
            r.number(),
            Fields.VALUE,
            contradiction(
                r,
                dimensionWords[named][0],
                "的单位却是" + dimensionWords[i][0] + "单位“" + q.unit() + "”"),
            "核对单位：" + dimensionWords[named][0] + "写成"
                + Text.quote(dimensionUnits[named][0]) + "等单位");
        return;
      }
    }
  }
}
