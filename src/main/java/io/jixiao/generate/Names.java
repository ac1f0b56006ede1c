package io.jixiao.generate;

import io.jixiao.model.Level2;

/** Indicator names that fit their level 2 and unit; descriptions that say more than the name. */
final class Names {

  private Names() {}

  /** Suffixes of a quantity's name (after the project subject), by level 2 and unit. */
  static String[] forQuantity(Level2 l2, String unit) {
    if ("%".equals(unit)) {
      if (l2 == null) {
        return Vocabulary.RATE_EFFECT;
      }
      switch (l2) {
        case QUANTITY:
          return Vocabulary.RATE_QUANTITY;
        case QUALITY:
          return Vocabulary.RATE_QUALITY;
        case TIMELINESS:
          return Vocabulary.RATE_TIMELINESS;
        case COST:
        case ECONOMIC_COST:
          return new String[] {"成本节约率", "资金节约率"};
        default:
          return Vocabulary.RATE_EFFECT;
      }
    }
    if (UnitKinds.money(unit)) {
      return l2 == Level2.COST || l2 == Level2.ECONOMIC_COST
          ? Vocabulary.COST_NAMES
          : new String[] {"带动投资", "节约资金", "减少支出"};
    }
    if (UnitKinds.area(unit)) {
      return Vocabulary.AREA_NAMES;
    }
    if (UnitKinds.measure(unit)) {
      return Vocabulary.LENGTH_NAMES;
    }
    if (UnitKinds.time(unit)) {
      return Vocabulary.TIME_NAMES;
    }
    if (UnitKinds.persons(unit)) {
      return Vocabulary.PERSON_NAMES;
    }
    if (UnitKinds.times(unit)) {
      return Vocabulary.TIMES_NAMES;
    }
    if (UnitKinds.reports(unit)) {
      return Vocabulary.REPORT_NAMES;
    }
    if (UnitKinds.devices(unit)) {
      return Vocabulary.DEVICE_NAMES;
    }
    return Vocabulary.COUNT_NAMES;
  }

  /** Suffixes of a qualitative or relative value's name, by level 2. */
  static String[] forQuality(Level2 l2) {
    if (l2 == null) {
      return Vocabulary.SOCIAL_NAMES;
    }
    switch (l2) {
      case QUANTITY:
        return new String[] {"任务完成情况", "工作开展情况"};
      case QUALITY:
        return Vocabulary.QUALITY_NAMES;
      case TIMELINESS:
        return new String[] {"完成及时性", "工作时效"};
      case COST:
      case ECONOMIC_COST:
      case SOCIAL_COST:
      case ECOLOGICAL_COST:
        return new String[] {"成本控制", "支出控制"};
      case ECONOMIC_BENEFIT:
        return Vocabulary.ECONOMIC_NAMES;
      case ECOLOGICAL_BENEFIT:
        return Vocabulary.ECOLOGY_NAMES;
      case SUSTAINABLE_IMPACT:
        return Vocabulary.SUSTAINABLE_NAMES;
      default:
        return Vocabulary.SOCIAL_NAMES;
    }
  }

  /** A description that explains the indicator rather than repeating its name. */
  static String description(String name, String kind, String served) {
    switch (kind) {
      case "quantity":
        return name.endsWith("率")
            ? name + "＝实际完成数÷计划完成数×100%"
            : "按年度工作计划统计的" + name;
      case "deadline":
        return "项目各项任务在规定期限内完成";
      default:
        return name.endsWith("满意度")
            ? "通过问卷调查了解的" + served + "满意程度"
            : "项目实施后在" + name + "方面取得的成效";
    }
  }
}
