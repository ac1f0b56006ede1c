package io.jixiao.generate;

import io.jixiao.generate.SeedProfile.Defect;
import io.jixiao.generate.Vocabulary.Sector;
import io.jixiao.model.Budget;
import io.jixiao.model.BudgetUnit;
import io.jixiao.model.Department;
import io.jixiao.model.DepartmentGoals;
import io.jixiao.model.Indicator;
import io.jixiao.model.Level1;
import io.jixiao.model.Level2;
import io.jixiao.model.Money;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import io.jixiao.model.ProjectCode;
import io.jixiao.model.Sign;
import io.jixiao.model.SpendingPlan;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.UnitCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates the target documents of a synthetic region, one department at a time, sampling every
 * figure from a {@link SeedProfile}: the number of indicators of a table, each indicator's 一级/二级
 * 指标, its kind of value with sign and unit, the budget layout and total, the spending plan, the
 * header fields printed, and the defects at the profile's rates. Names are built from the parts in
 * {@link Vocabulary}. Department {@code i} depends only on the seed, the year and {@code i}: the
 * same arguments give the same document.
 */
public final class RegionGenerator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal CENT = new BigDecimal("0.01");

  private final int year;
  private final long seed;
  private final SeedProfile profile;

  private final Weighted extraPerTable;
  private final Weighted goalsPerTable;
  private final Weighted levelSets;
  private final Weighted extraLevel2;
  private final Weighted headerLayout;
  private final Weighted planLayout;
  private final Map<String, Level> levels = new HashMap<>();

  private final double budgetMismatch;
  private final double planShortWithDecember;
  private final double vagueAmongQualitative;
  private final double lowSatisfaction;
  private final double descriptionRepeatsName;
  private final double overall;
  private final double dropSatisfaction;

  public RegionGenerator(SeedProfile profile, int year, long seed) {
    if (year < 1990 || year > 2100) {
      throw new IllegalArgumentException("预算年度应在 1990 至 2100 之间：" + year);
    }
    this.profile = profile;
    this.year = year;
    this.seed = seed;
    extraPerTable = new Weighted(profile.counts("extraPerTable"));
    goalsPerTable = new Weighted(profile.counts("goalsPerTable"));
    levelSets = new Weighted(profile.counts("levelSet"));
    extraLevel2 = new Weighted(profile.counts("extraLevel2"));
    headerLayout = new Weighted(profile.counts("headerLayout"));
    Set<String> satisfaction = new HashSet<>();
    for (String k : profile.counts("level2").keySet()) {
      if (isSatisfaction(k)) {
        satisfaction.add(k);
      }
    }
    planLayout = new Weighted(profile.counts("plan"));
    long indicators = profile.count("defectBase", "indicators");
    long qualitative = 0;
    long blank = 0;
    for (String l2 : profile.counts("level2").keySet()) {
      levels.put(l2, new Level(l2, profile));
      qualitative += profile.count("kind/" + l2, "qualitative");
      blank += profile.count("kind/" + l2, "blank");
    }
    double vague = profile.rate(Defect.VAGUE_VALUE) - share(blank, indicators);
    vagueAmongQualitative =
        qualitative == 0 ? 0 : Math.min(1, Math.max(0, vague) * indicators / qualitative);
    long sets = 0;
    long setsWithout = 0;
    for (Map.Entry<String, Long> e : profile.counts("levelSet").entrySet()) {
      sets += e.getValue();
      if (satisfaction.stream().noneMatch(e.getKey()::contains)) {
        setsWithout += e.getValue();
      }
    }
    double natural = share(setsWithout, sets);
    dropSatisfaction =
        natural >= 1
            ? 0
            : Math.max(0, (profile.rate(Defect.MISSING_SATISFACTION) - natural) / (1 - natural));
    budgetMismatch = profile.rate(Defect.BUDGET_MISMATCH);
    long plans = profile.count("defectBase", "tablesWithPlan");
    long withDecember = 0;
    for (Map.Entry<String, Long> e : profile.counts("plan").entrySet()) {
      if (e.getKey().contains("dec")) {
        withDecember += e.getValue();
      }
    }
    double noDecember = plans == 0 ? 0 : 1 - withDecember / (double) plans;
    planShortWithDecember =
        noDecember >= 1
            ? 0
            : Math.max(0, (profile.rate(Defect.PLAN_SHORT) - noDecember) / (1 - noDecember));
    lowSatisfaction = lowSatisfaction(profile, satisfaction);
    descriptionRepeatsName = profile.rate(Defect.DESCRIPTION_REPEATS_NAME);
    overall = share(profile.count("documents", "overall"), profile.count("documents", "all"));
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : part / (double) whole;
  }

  /**
   * The rate to inject satisfaction targets below 80% among the percentages under ≥, > or =: the
   * review's Q7 counts those and the numbers without {@code %}, which the sampled units give at
   * their own rate already.
   */
  private static double lowSatisfaction(SeedProfile profile, Set<String> keys) {
    double withoutPercent = 0;
    double percent = 0;
    long all = 0;
    for (String key : keys) {
      long n = profile.count("level2", key);
      all += n;
      double quantity = profile.share("kind/" + key, "quantity");
      double lower =
          1 - profile.share("sign/" + key, "LE") - profile.share("sign/" + key, "LT");
      withoutPercent += n * quantity * lower * profile.share("unit/" + key, "-");
      percent += n * quantity * lower * profile.share("unit/" + key, "%");
    }
    if (all == 0 || percent == 0) {
      return 0;
    }
    double rest = profile.rate(Defect.LOW_SATISFACTION) - withoutPercent / all;
    return Math.min(1, Math.max(0, rest) * all / percent);
  }

  private static boolean isSatisfaction(String level2Key) {
    return Level1.of(level2Key.substring(0, level2Key.indexOf('/'))) == Level1.SATISFACTION;
  }

  /** The file name (and interchange {@code source}) of department {@code index} (0-based). */
  public String source(int index) {
    return String.format("gen-%d-s%d-%05d.json", year, seed, index + 1);
  }

  public int year() {
    return year;
  }

  // ---------------------------------------------------------------- departments

  /** The document of department {@code index} (0-based) with {@code tables} target tables. */
  public TargetDocument department(int index, int tables) {
    Rng rng = Rng.of(seed, index);
    Sector sector = Vocabulary.SECTORS[index % Vocabulary.SECTORS.length];
    int region = index / Vocabulary.SECTORS.length;
    String place = place(region);
    Dept d = new Dept(rng, sector, place, place + sector.bureau(), region, index);
    List<Project> projects = new ArrayList<>(tables);
    Set<String> names = new HashSet<>();
    for (int t = 0; t < tables; t++) {
      projects.add(d.table(t + 1, names));
    }
    DepartmentGoals goals = rng.chance(overall) ? d.overall() : null;
    return new TargetDocument(
        source(index), new Department(d.name, year), goals, projects);
  }

  /**
   * A place name per region number, distinct for every number: a city ({@code 云泽市}) for the first
   * ones, then counties of those cities ({@code 云泽市青川县}).
   */
  static String place(int region) {
    int cities = Vocabulary.PLACE_FIRST.length * Vocabulary.PLACE_SECOND.length;
    String city = twoCharacters(region % cities) + "市";
    int county = region / cities;
    if (county == 0) {
      return city;
    }
    county--;
    return city
        + twoCharacters((county * 11 + 5) % cities)
        + Vocabulary.COUNTY_SUFFIX[(county / cities) % Vocabulary.COUNTY_SUFFIX.length]
        + (county >= cities * Vocabulary.COUNTY_SUFFIX.length
            ? Integer.toString(county / (cities * Vocabulary.COUNTY_SUFFIX.length))
            : "");
  }

  private static String twoCharacters(int n) {
    int cities = Vocabulary.PLACE_FIRST.length * Vocabulary.PLACE_SECOND.length;
    int k = (n * 7) % cities; // 7 is prime to 480: a permutation, neighbours spread out
    return Vocabulary.PLACE_FIRST[k / Vocabulary.PLACE_SECOND.length]
        + Vocabulary.PLACE_SECOND[k % Vocabulary.PLACE_SECOND.length];
  }

  /** One slot of an indicator table before its text is written. */
  private record Slot(Level level, String kind, Sign sign, String unit) {

    boolean moneyCost() {
      return level.cost && UnitKinds.money(unit);
    }
  }

  /** A 一级/二级指标 pair of the profile with what the generator needs of it, worked out once. */
  private static final class Level {
    final String level1;
    final String level2;
    final Level2 category;
    final boolean satisfaction;
    final boolean cost;
    final int order;
    final Weighted kinds;
    final Weighted quantities;

    Level(String key, SeedProfile profile) {
      int slash = key.indexOf('/');
      level1 = label(key.substring(0, slash));
      level2 = label(key.substring(slash + 1));
      Level1 l1 = level1 == null ? null : Level1.of(level1);
      category = level2 == null ? null : Level2.of(level2);
      satisfaction = l1 == Level1.SATISFACTION;
      cost = category == Level2.COST || category == Level2.ECONOMIC_COST;
      // the printed order: 产出 (数量, 质量, 时效, 成本), 成本, 效益, 满意度; unknown labels last
      int first =
          l1 == null ? 9 : l1 == Level1.COST ? 1 : l1 == Level1.OUTPUT ? 0 : l1.ordinal() + 1;
      order = first * 100 + (category == null ? 99 : category.ordinal());
      kinds = new Weighted(profile.counts("kind/" + key));
      quantities = new Weighted(profile.counts("quantity/" + key));
    }
  }

  /** The state of one department's generation. */
  private final class Dept {
    final Rng rng;
    final Sector sector;
    final String place;
    final String name;
    final int region;
    final int index;

    Dept(Rng rng, Sector sector, String place, String name, int region, int index) {
      this.rng = rng;
      this.sector = sector;
      this.place = place;
      this.name = name;
      this.region = region;
      this.index = index;
    }

    Project table(int seq, Set<String> names) {
      String subject = rng.pick(sector.subjects());
      String action = rng.pick(Vocabulary.ACTIONS);
      String projectName = subject + action;
      for (int i = 0; !names.add(projectName); i++) {
        projectName = subject + action + Vocabulary.PHASES[i % Vocabulary.PHASES.length]
            + (i >= Vocabulary.PHASES.length ? Integer.toString(i / Vocabulary.PHASES.length + 1)
                : "");
      }
      String served = rng.pick(sector.served());
      String title = (rng.chance(0.5) ? year + "年" : "") + projectName + "绩效目标表";
      String layout = headerLayout.pick(rng);
      int bar = layout.indexOf('|');
      String fields = layout.substring(0, bar);
      BudgetUnit unit = null;
      if (fields.contains("unit")) {
        int u = rng.nextInt(sector.units().length);
        String unitName = u == 0 ? name + "本级" : place + sector.units()[u];
        unit = new BudgetUnit(
            new UnitCode(String.format("%03d%03d", 100 + index % 900, u + 1)), unitName);
      }
      ProjectCode code =
          fields.contains("projectCode")
              ? new ProjectCode(
                  String.format(
                      "%04d%04dP%012d", 1000 + region % 9000, year % 100, index * 1000L + seq))
              : null;
      Budget budget = budget(layout.substring(bar + 1));
      SpendingPlan plan = plan();
      String fundUse =
          fields.contains("fundUse")
              ? "用于" + subject + action + "，惠及" + served
              : null;
      List<String> goals = goals(subject, action, served);
      boolean basis = fields.contains("basis");
      List<Indicator> indicators = indicators(subject, served, budget, basis);
      return Project.of(
          seq,
          title,
          unit,
          code,
          fields.contains("projectName") ? projectName : null,
          budget,
          fundUse,
          plan,
          goals,
          indicators);
    }

    List<String> goals(String subject, String action, String served) {
      int n = Math.max(1, Integer.parseInt(goalsPerTable.pick(rng)));
      List<String> goals = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        goals.add(
            (i == 0 ? "完成" + subject + action + "年度任务，为" + served : "做好" + subject + "相关工作，")
                + rng.pick(Vocabulary.GOAL_EFFECTS)
                + "。");
      }
      return goals;
    }

    Budget budget(String layout) {
      if (layout.equals("none")) {
        return null;
      }
      BigDecimal total = sample(profile.quantiles("budgetTotal"), 2).max(CENT);
      Money t = new Money(total);
      if (rng.chance(budgetMismatch)) {
        BigDecimal other = total.multiply(new BigDecimal("0.1")).setScale(2, RoundingMode.DOWN);
        BigDecimal off = total.multiply(new BigDecimal("0.05")).setScale(2, RoundingMode.DOWN)
            .max(CENT);
        return new Budget(t, new Money(total.subtract(other).add(off)), new Money(other));
      }
      boolean fiscal = layout.contains("fiscal");
      boolean other = layout.contains("other");
      BigDecimal otherAmount = BigDecimal.ZERO;
      if (other && profile.quantiles("otherShare") != null) {
        otherAmount =
            total.multiply(sample(profile.quantiles("otherShare"), 4))
                .setScale(2, RoundingMode.HALF_UP)
                .min(total);
      }
      return new Budget(
          t,
          fiscal ? new Money(total.subtract(otherAmount)) : null,
          other ? new Money(otherAmount) : null);
    }

    SpendingPlan plan() {
      String layout = planLayout.pick(rng);
      if (layout.equals("none")) {
        return null;
      }
      Percent[] points = new Percent[4];
      BigDecimal previous = BigDecimal.ZERO;
      boolean shortOfHundred = rng.chance(planShortWithDecember);
      for (int i = 0; i < 4; i++) {
        String cp = SeedProfile.CHECKPOINTS[i];
        if (!layout.contains(cp)) {
          continue;
        }
        BigDecimal v;
        if (i == 3) {
          v = shortOfHundred ? BigDecimal.valueOf(80 + 5 * rng.nextInt(4)) : HUNDRED;
        } else {
          BigDecimal[] q = profile.quantiles("plan." + cp);
          v = q == null ? BigDecimal.valueOf(25L * (i + 1)) : sample(q, 0);
        }
        v = v.max(previous).min(HUNDRED);
        points[i] = new Percent(v);
        previous = v;
      }
      if (shortOfHundred && points[3] != null) {
        for (int i = 0; i < 3; i++) {
          if (points[i] != null && points[i].compareTo(points[3]) > 0) {
            points[i] = points[3];
          }
        }
      }
      return new SpendingPlan(points[0], points[1], points[2], points[3]);
    }

    List<Indicator> indicators(String subject, String served, Budget budget, boolean basis) {
      List<String> keys = new ArrayList<>(List.of(levelSets.pick(rng).split(",")));
      boolean drop = rng.chance(dropSatisfaction);
      if (drop) {
        keys.removeIf(k -> levels.get(k).satisfaction);
      }
      int n = keys.size() + Integer.parseInt(extraPerTable.pick(rng));
      for (int guard = 0; keys.size() < n && guard < 100; guard++) {
        String extra = extraLevel2.pick(rng);
        if (!(drop && levels.get(extra).satisfaction)) {
          keys.add(extra);
        }
      }
      List<Slot> slots = new ArrayList<>(keys.size());
      for (String key : keys) {
        Level level = levels.get(key);
        String kind = level.kinds.isEmpty() ? "qualitative" : level.kinds.pick(rng);
        Sign sign = null;
        String unit = null;
        if (kind.equals("quantity")) {
          String q = level.quantities.isEmpty() ? "EQ:-" : level.quantities.pick(rng);
          int colon = q.indexOf(':');
          sign = Sign.valueOf(q.substring(0, colon));
          unit = q.substring(colon + 1).equals("-") ? null : q.substring(colon + 1);
        }
        slots.add(new Slot(level, kind, sign, unit));
      }
      slots.sort(Comparator.comparingInt(s -> s.level().order));
      int moneyCosts = 0;
      for (Slot s : slots) {
        if (s.moneyCost()) {
          moneyCosts++;
        }
      }
      List<Indicator> out = new ArrayList<>(slots.size());
      Set<String> names = new HashSet<>();
      for (Slot s : slots) {
        out.add(indicator(s, subject, served, budget, moneyCosts, basis, names));
      }
      return out;
    }

    Indicator indicator(
        Slot s,
        String subject,
        String served,
        Budget budget,
        int moneyCosts,
        boolean basis,
        Set<String> names) {
      String l1 = s.level().level1;
      String l2 = s.level().level2;
      Level2 category = s.level().category;
      boolean satisfaction = s.level().satisfaction;
      String value;
      String[] suffixes;
      switch (s.kind()) {
        case "quantity":
          value = quantity(s, satisfaction, budget, moneyCosts);
          suffixes = Names.forQuantity(category, s.unit());
          break;
        case "deadline":
          value = deadline();
          suffixes = Vocabulary.DEADLINE_NAMES;
          break;
        case "relative":
          value = rng.pick(Vocabulary.RELATIVE);
          suffixes = Names.forQuality(category);
          break;
        case "blank":
          value = null;
          suffixes = Names.forQuality(category);
          break;
        case "unparsed":
          value = "符合《" + subject + rng.pick(Vocabulary.STANDARDS) + "》（GB/T " + rng.between(1000,
              39999) + "-20" + rng.between(10, 23) + "）";
          suffixes = Vocabulary.QUALITY_NAMES;
          break;
        default:
          value = rng.chance(vagueAmongQualitative)
              ? rng.pick(Vocabulary.VAGUE)
              : rng.pick(Vocabulary.GRADED);
          suffixes = Names.forQuality(category);
      }
      String name = satisfaction ? served + "满意度" : subject + rng.pick(suffixes);
      for (int i = 0; !names.add(name); i++) {
        name = (satisfaction ? served : subject) + suffixes[i % suffixes.length]
            + (i >= suffixes.length ? Integer.toString(i / suffixes.length + 1) : "");
        if (satisfaction) {
          name = name + "满意度";
        }
      }
      String description =
          rng.chance(descriptionRepeatsName) ? name : Names.description(name, s.kind(), served);
      return new Indicator(
          l1, l2, name, description, value, basis ? rng.pick(Vocabulary.BASES) : null);
    }

    String quantity(Slot s, boolean satisfaction, Budget budget, int moneyCosts) {
      // 6月 alone reads as June (and so does an actual of 6月): a count of months is 个月
      String unit = "月".equals(s.unit()) ? "个月" : s.unit();
      BigDecimal n;
      Sign sign = s.sign();
      if ("%".equals(unit) || satisfaction && unit == null) {
        n = BigDecimal.valueOf(percent(sign, satisfaction));
      } else if (UnitKinds.money(unit)) {
        BigDecimal wan;
        if (s.level().cost && budget != null && budget.total() != null) {
          wan = budget.total().wan().divide(BigDecimal.valueOf(moneyCosts), 2, RoundingMode.DOWN);
        } else {
          wan = BigDecimal.valueOf(Math.pow(10, rng.nextDouble() * 3)).setScale(2,
              RoundingMode.HALF_UP);
        }
        n = UnitKinds.fromWan(wan, unit);
      } else if (UnitKinds.measure(unit)) {
        n = BigDecimal.valueOf(Math.pow(10, rng.nextDouble() * 3.5)).setScale(
            rng.chance(0.3) ? 1 : 0, RoundingMode.HALF_UP).max(BigDecimal.ONE);
      } else if (UnitKinds.time(unit)) {
        n = BigDecimal.valueOf(unit.equals("年") ? rng.between(1, 10) : rng.between(1, 30));
      } else {
        double u = rng.nextDouble();
        int v = u < 0.6 ? rng.between(1, 20) : u < 0.9 ? rng.between(20, 500)
            : rng.between(500, 20000);
        n = BigDecimal.valueOf(v);
      }
      return symbol(sign) + n.toPlainString() + (unit == null ? "" : unit);
    }

    int percent(Sign sign, boolean satisfaction) {
      if (satisfaction && (sign == Sign.GE || sign == Sign.GT || sign == Sign.EQ)) {
        if (rng.chance(lowSatisfaction)) {
          return 70 + 5 * rng.nextInt(2);
        }
        return 85 + 5 * rng.nextInt(3);
      }
      switch (sign) {
        case GE:
        case GT:
          return new int[] {80, 85, 90, 95, 98}[rng.nextInt(5)];
        case LE:
        case LT:
          return new int[] {3, 5, 10, 15, 20}[rng.nextInt(5)];
        default:
          return 100;
      }
    }

    String deadline() {
      int month = 6 + rng.nextInt(7);
      switch (rng.nextInt(6)) {
        case 0:
          return year + "年12月底前";
        case 1:
          return "12月底前";
        case 2:
          return year + "年" + month + "月底前";
        case 3:
          return year + "年" + month + "月" + rng.between(1, 28) + "日前完成";
        case 4:
          return year + "年底前";
        default:
          return year + "年" + rng.between(1, month - 1) + "月-" + month + "月";
      }
    }

    /** Samples between the 21 quantiles, log-linear where both ends are positive. */
    BigDecimal sample(BigDecimal[] q, int scale) {
      double x = rng.nextDouble() * (q.length - 1);
      int k = Math.min((int) x, q.length - 2);
      double f = x - k;
      double a = q[k].doubleValue();
      double b = q[k + 1].doubleValue();
      double v = a > 0 && b > 0 ? Math.exp(Math.log(a) + f * (Math.log(b) - Math.log(a)))
          : a + f * (b - a);
      return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
    }

    DepartmentGoals overall() {
      String[] subjects = sector.subjects();
      List<DepartmentGoals.SubGoal> subGoals = new ArrayList<>();
      int n = 2 + rng.nextInt(2);
      for (int i = 0; i < n; i++) {
        String subject = subjects[(i * 3 + rng.nextInt(3)) % subjects.length];
        subGoals.add(
            new DepartmentGoals.SubGoal(
                "做好" + subject + "工作",
                "围绕" + subject + "，" + rng.pick(Vocabulary.GOAL_EFFECTS) + "。",
                List.of(subject + rng.pick(Vocabulary.RATE_QUALITY) + " ≥" + percent(Sign.GE,
                    false) + "%")));
      }
      List<DepartmentGoals.Measure> measures = new ArrayList<>();
      for (String m : Vocabulary.OVERALL_MEASURES) {
        if (rng.chance(0.7)) {
          measures.add(new DepartmentGoals.Measure(m, "结合" + name + "实际，" + m + "，"
              + rng.pick(Vocabulary.GOAL_EFFECTS) + "。"));
        }
      }
      return new DepartmentGoals(
          year + "年，" + name + "围绕中心工作，统筹资金安排，" + rng.pick(Vocabulary.GOAL_EFFECTS) + "。",
          subGoals,
          measures);
    }
  }

  /** The printed comparison: none for =. */
  static String symbol(Sign sign) {
    return sign == Sign.EQ ? "" : sign.symbol();
  }


  private static String label(String key) {
    return key.equals("-") ? null : key;
  }
}
