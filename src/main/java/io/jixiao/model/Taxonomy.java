package io.jixiao.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The indicator taxonomy a table follows. {@link #CLASSIC}: 成本指标 is a level-2 under 产出指标.
 * {@link #GUIDELINE_2021} (财预〔2021〕101号): 成本指标 is a level-1 with 经济/社会/生态环境成本指标 under it.
 */
public enum Taxonomy {
  CLASSIC,
  GUIDELINE_2021;

  private static final Set<Level2> OUTPUT_CLASSIC =
      Collections.unmodifiableSet(
          EnumSet.of(Level2.QUANTITY, Level2.QUALITY, Level2.TIMELINESS, Level2.COST));
  private static final Set<Level2> OUTPUT_2021 =
      Collections.unmodifiableSet(
          EnumSet.of(Level2.QUANTITY, Level2.QUALITY, Level2.TIMELINESS));
  private static final Set<Level2> EFFECT =
      Collections.unmodifiableSet(
          EnumSet.of(
              Level2.ECONOMIC_BENEFIT,
              Level2.SOCIAL_BENEFIT,
              Level2.ECOLOGICAL_BENEFIT,
              Level2.SUSTAINABLE_IMPACT));
  private static final Set<Level2> SATISFACTION =
      Collections.unmodifiableSet(EnumSet.of(Level2.SATISFACTION));
  private static final Set<Level2> NONE = Collections.emptySet();
  private static final Set<Level2> COST_2021 =
      Collections.unmodifiableSet(
          EnumSet.of(Level2.ECONOMIC_COST, Level2.SOCIAL_COST, Level2.ECOLOGICAL_COST));

  /**
   * The level-2s this taxonomy allows under a level-1 (empty for a level-1 it does not have); shared
   * and unmodifiable, as the review asks for them for every indicator.
   */
  public Set<Level2> allowedUnder(Level1 level1) {
    switch (level1) {
      case OUTPUT:
        return this == CLASSIC ? OUTPUT_CLASSIC : OUTPUT_2021;
      case EFFECT:
        return EFFECT;
      case SATISFACTION:
        return SATISFACTION;
      case COST:
        return this == GUIDELINE_2021 ? COST_2021 : NONE;
      default:
        throw new IllegalStateException("unknown level 1 " + level1);
    }
  }

  public boolean allows(Level1 level1, Level2 level2) {
    return level1 != null && level2 != null && allowedUnder(level1).contains(level2);
  }

  /**
   * The taxonomy a table's indicators follow: 2021 when 成本指标 stands as a level-1 or any of the 2021
   * cost level-2s is used, else classic.
   */
  public static Taxonomy detect(List<Indicator> indicators) {
    for (Indicator i : indicators) {
      if (Level1.of(i.level1()) == Level1.COST) {
        return GUIDELINE_2021;
      }
      Level2 l2 = Level2.of(i.level2());
      if (l2 != null && COST_2021.contains(l2)) {
        return GUIDELINE_2021;
      }
    }
    return CLASSIC;
  }
}
