package io.jixiao.generate;

import io.jixiao.model.Budget;
import io.jixiao.model.Indicator;
import io.jixiao.model.Level1;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import io.jixiao.model.SpendingPlan;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TargetValue;
import io.jixiao.review.DocumentReview;
import io.jixiao.review.Finding;
import io.jixiao.review.ReviewEngine;
import io.jixiao.review.RuleId;
import io.jixiao.review.TableReview;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a year of target tables looks like, measured from documents read by the real importer (the
 * four seeds by default): how many indicators a table has, the shares of each 一级/二级指标, per
 * 二级指标 the kinds of value (quantity, deadline, relative, qualitative, blank, unparsed) with
 * their signs and units, the budget layouts and totals, the spending plans, which header fields
 * are printed, and the rates of the defects the generator injects. Counts, not shares, so that a
 * profile says how much it rests on; quantiles (0, 5, …, 100 %) for amounts.
 *
 * <p>A profile is also a short text, one figure a line ({@code count level2 产出指标/数量指标 790},
 * {@code quantiles budgetTotal 1.65 …}); the one measured from the seeds is shipped as the resource
 * {@code seed-profile.txt} beside this class, so the generator runs without the seeds.
 */
public final class SeedProfile {

  /** The defects the generator injects, each a rate of a base (tables, indicators…). */
  public enum Defect {
    /** A table without 满意度指标 (the review's S2 where the project serves the public). */
    MISSING_SATISFACTION("tables"),
    /** 预算数 ≠ 财政资金 + 其他资金 (B1), of the tables with a budget. */
    BUDGET_MISMATCH("tablesWithBudget"),
    /** A spending plan that does not reach 100% at 12月底 (B2), of the tables with a plan. */
    PLAN_SHORT("tablesWithPlan"),
    /** A value that sets no measurable target (Q1), of all indicators. */
    VAGUE_VALUE("indicators"),
    /** A satisfaction target below 80% (Q7), of the 满意度 indicators. */
    LOW_SATISFACTION("satisfactionIndicators"),
    /** A description that is empty or repeats the name (Q2), of all indicators. */
    DESCRIPTION_REPEATS_NAME("indicators");

    private final String base;

    Defect(String base) {
      this.base = base;
    }

    String key() {
      return name();
    }
  }

  static final String[] KINDS = {
    "quantity", "deadline", "relative", "qualitative", "blank", "unparsed"
  };
  static final String[] CHECKPOINTS = {"mar", "jun", "oct", "dec"};
  private static final int QUANTILES = 21;

  private final TreeMap<String, TreeMap<String, Long>> counts;
  private final TreeMap<String, BigDecimal[]> quantiles;

  private SeedProfile(
      TreeMap<String, TreeMap<String, Long>> counts, TreeMap<String, BigDecimal[]> quantiles) {
    this.counts = counts;
    this.quantiles = quantiles;
  }

  /** The profile measured from the four seeds, shipped with the generator. */
  public static SeedProfile defaults() {
    try (InputStream in = SeedProfile.class.getResourceAsStream("seed-profile.txt")) {
      if (in == null) {
        throw new IllegalStateException("seed-profile.txt is missing from the jar");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- measuring

  /** Measures documents as imported; the review (default rule pack) counts Q1, Q7, B1 and B2. */
  public static SeedProfile measure(List<TargetDocument> documents) {
    Measure m = new Measure();
    ReviewEngine engine = new ReviewEngine();
    for (TargetDocument d : documents) {
      m.document(d, engine.review(d));
    }
    return m.profile();
  }

  private static final class Measure {
    final TreeMap<String, TreeMap<String, Long>> counts = new TreeMap<>();
    final Map<String, List<BigDecimal>> values = new TreeMap<>();

    void add(String name, String key) {
      counts.computeIfAbsent(name, n -> new TreeMap<>()).merge(key, 1L, Long::sum);
    }

    void value(String name, BigDecimal v) {
      values.computeIfAbsent(name, n -> new ArrayList<>()).add(v);
    }

    void document(TargetDocument d, DocumentReview review) {
      add("documents", "all");
      if (d.overall() != null) {
        add("documents", "overall");
      }
      for (int i = 0; i < d.projects().size(); i++) {
        Project p = d.projects().get(i);
        TableReview t = i < review.tables().size() ? review.tables().get(i) : null;
        table(p, t);
      }
    }

    void table(Project p, TableReview review) {
      add("tables", "all");
      int n = p.indicators().size();
      add("indicatorsPerTable", Integer.toString(n));
      add("goalsPerTable", Integer.toString(p.goals().size()));
      header(p);
      budget(p.budget());
      plan(p.spendingPlan());
      int satisfaction = 0;
      boolean basis = false;
      TreeSet<String> levels = new TreeSet<>();
      for (Indicator i : p.indicators()) {
        add("defectBase", "indicators");
        String l2 = level2Key(i);
        add("level2", l2);
        if (!levels.add(l2)) {
          add("extraLevel2", l2);
        }
        TargetValue v = i.target();
        String kind = kind(v);
        add("kind/" + l2, kind);
        if (v instanceof TargetValue.Quantity) {
          TargetValue.Quantity q = (TargetValue.Quantity) v;
          add("sign/" + l2, q.sign().name());
          add("unit/" + l2, unitKey(q.unit()));
          add("quantity/" + l2, q.sign().name() + ":" + unitKey(q.unit()));
        }
        if (i.category() == Level1.SATISFACTION) {
          satisfaction++;
          add("defectBase", "satisfactionIndicators");
        }
        if (i.description() == null || i.description().strip().equals(i.name())) {
          add("defect", Defect.DESCRIPTION_REPEATS_NAME.key());
        }
        basis |= i.basis() != null;
      }
      if (basis) {
        add("header", "basis");
      }
      if (n > 0) {
        add("levelSet", String.join(",", levels));
        add("extraPerTable", Integer.toString(n - levels.size()));
      }
      add("headerLayout", headerLayout(p, basis));
      if (satisfaction > 0) {
        add("satisfactionPerTable", Integer.toString(satisfaction));
      } else if (n > 0) {
        add("defect", Defect.MISSING_SATISFACTION.key());
      }
      add("defectBase", "tables");
      if (review != null) {
        for (Finding f : review.findings()) {
          if (f.rule() == RuleId.Q1 && f.row() != null) {
            add("defect", Defect.VAGUE_VALUE.key());
          } else if (f.rule() == RuleId.Q7 && f.row() != null) {
            add("defect", Defect.LOW_SATISFACTION.key());
          }
        }
        if (review.findings().stream().anyMatch(f -> f.rule() == RuleId.B1)) {
          add("defect", Defect.BUDGET_MISMATCH.key());
        }
        if (review.findings().stream().anyMatch(f -> f.rule() == RuleId.B2)) {
          add("defect", Defect.PLAN_SHORT.key());
        }
      }
    }

    /** The header fields printed and the budget layout: {@code unit+projectName+fundUse|total}. */
    String headerLayout(Project p, boolean basis) {
      List<String> fields = new ArrayList<>();
      if (p.unit() != null) {
        fields.add("unit");
      }
      if (p.code() != null) {
        fields.add("projectCode");
      }
      if (p.name() != null) {
        fields.add("projectName");
      }
      if (p.fundUse() != null) {
        fields.add("fundUse");
      }
      if (basis) {
        fields.add("basis");
      }
      String printed = fields.isEmpty() ? "none" : String.join("+", fields);
      return printed + "|" + budgetLayout(p.budget());
    }

    void header(Project p) {
      if (p.unit() != null) {
        add("header", "unit");
      }
      if (p.code() != null) {
        add("header", "projectCode");
      }
      if (p.name() != null) {
        add("header", "projectName");
      }
      if (p.fundUse() != null) {
        add("header", "fundUse");
      }
    }

    void budget(Budget b) {
      if (b == null || b.total() == null) {
        add("budget", "none");
        return;
      }
      add("defectBase", "tablesWithBudget");
      add("budget", budgetLayout(b));
      BigDecimal total = b.total().wan();
      value("budgetTotal", total);
      if (b.other() != null && b.other().wan().signum() > 0 && total.signum() > 0) {
        value("otherShare", b.other().wan().divide(total, 4, RoundingMode.HALF_UP));
      }
    }

    static String budgetLayout(Budget b) {
      if (b == null || b.total() == null) {
        return "none";
      }
      return "total" + (b.fiscal() != null ? "+fiscal" : "") + (b.other() != null ? "+other" : "");
    }

    void plan(SpendingPlan s) {
      if (s == null) {
        add("plan", "none");
        return;
      }
      add("defectBase", "tablesWithPlan");
      List<Percent> points = s.checkpoints();
      StringBuilder layout = new StringBuilder();
      for (int i = 0; i < points.size(); i++) {
        if (points.get(i) != null) {
          layout.append(layout.length() == 0 ? "" : "+").append(CHECKPOINTS[i]);
          value("plan." + CHECKPOINTS[i], points.get(i).value());
        }
      }
      add("plan", layout.length() == 0 ? "empty" : layout.toString());
    }

    SeedProfile profile() {
      TreeMap<String, BigDecimal[]> q = new TreeMap<>();
      for (Map.Entry<String, List<BigDecimal>> e : values.entrySet()) {
        q.put(e.getKey(), quantiles(e.getValue()));
      }
      return new SeedProfile(counts, q);
    }
  }

  /** 21 quantiles (0 %, 5 %, …, 100 %) by the nearest rank. */
  private static BigDecimal[] quantiles(List<BigDecimal> values) {
    List<BigDecimal> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    BigDecimal[] q = new BigDecimal[QUANTILES];
    for (int i = 0; i < QUANTILES; i++) {
      int rank = (int) Math.round(i * (sorted.size() - 1) / (double) (QUANTILES - 1));
      q[i] = sorted.get(rank).stripTrailingZeros();
      if (q[i].scale() < 0) {
        q[i] = q[i].setScale(0);
      }
    }
    return q;
  }

  static String level2Key(Indicator i) {
    return label(i.level1()) + "/" + label(i.level2());
  }

  private static String label(String s) {
    return s == null || s.isBlank() ? "-" : s.strip().replace(' ', '_').replace('/', '／');
  }

  static String unitKey(String unit) {
    return unit == null || unit.isBlank() ? "-" : unit.replace(' ', '_');
  }

  static String kind(TargetValue v) {
    if (v instanceof TargetValue.Quantity) {
      return "quantity";
    }
    if (v instanceof TargetValue.Deadline) {
      return "deadline";
    }
    if (v instanceof TargetValue.Relative) {
      return "relative";
    }
    if (v instanceof TargetValue.Qualitative) {
      return "qualitative";
    }
    return v instanceof TargetValue.Blank ? "blank" : "unparsed";
  }

  // ---------------------------------------------------------------- reading

  /** How often {@code key} was counted under {@code name}; 0 when never. */
  public long count(String name, String key) {
    TreeMap<String, Long> c = counts.get(name);
    return c == null ? 0 : c.getOrDefault(key, 0L);
  }

  /** The counts under {@code name}, by key (empty when none). */
  public Map<String, Long> counts(String name) {
    TreeMap<String, Long> c = counts.get(name);
    return c == null ? Map.of() : Collections.unmodifiableMap(c);
  }

  /** The share of {@code key} among all counted under {@code name}; 0 when none. */
  public double share(String name, String key) {
    long total = 0;
    for (long v : counts(name).values()) {
      total += v;
    }
    return total == 0 ? 0 : count(name, key) / (double) total;
  }

  /** The 21 quantiles of {@code name} (0 %, 5 %, …, 100 %), or null when nothing was measured. */
  public BigDecimal[] quantiles(String name) {
    BigDecimal[] q = quantiles.get(name);
    return q == null ? null : q.clone();
  }

  /** The rate of a defect: how many of its base had it. */
  public double rate(Defect defect) {
    long base = count("defectBase", defect.base);
    return base == 0 ? 0 : count("defect", defect.key()) / (double) base;
  }

  /** This profile with another rate of {@code defect} (e.g. to test that the review finds it). */
  public SeedProfile withRate(Defect defect, double rate) {
    TreeMap<String, TreeMap<String, Long>> c = new TreeMap<>();
    counts.forEach((k, v) -> c.put(k, new TreeMap<>(v)));
    long base = count("defectBase", defect.base);
    if (base == 0) {
      base = count("defectBase", "tables");
      c.get("defectBase").put(defect.base, base);
    }
    c.computeIfAbsent("defect", k -> new TreeMap<>()).put(defect.key(), Math.round(rate * base));
    return new SeedProfile(c, quantiles);
  }

  /** The mean number of indicators per table. */
  public double indicatorsPerTable() {
    long tables = 0;
    long indicators = 0;
    for (Map.Entry<String, Long> e : counts("indicatorsPerTable").entrySet()) {
      tables += e.getValue();
      indicators += Integer.parseInt(e.getKey()) * e.getValue();
    }
    return tables == 0 ? 0 : indicators / (double) tables;
  }

  // ---------------------------------------------------------------- text

  /** The profile as text, one figure a line, in a fixed order: the same profile, the same text. */
  public String text() {
    StringBuilder s = new StringBuilder();
    s.append("# Jixiao seed profile: counts and quantiles measured by SeedProfile.measure\n");
    counts.forEach(
        (name, c) ->
            c.forEach(
                (key, n) ->
                    s.append("count ")
                        .append(name)
                        .append(' ')
                        .append(key)
                        .append(' ')
                        .append(n)
                        .append('\n')));
    quantiles.forEach(
        (name, q) -> {
          s.append("quantiles ").append(name);
          for (BigDecimal v : q) {
            s.append(' ').append(v.toPlainString());
          }
          s.append('\n');
        });
    return s.toString();
  }

  /**
   * Reads a profile's text.
   *
   * @throws IllegalArgumentException naming the line that is not a count or a quantile line
   */
  public static SeedProfile parse(String text) {
    TreeMap<String, TreeMap<String, Long>> counts = new TreeMap<>();
    TreeMap<String, BigDecimal[]> quantiles = new TreeMap<>();
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\s+");
      try {
        if (f[0].equals("count") && f.length == 4) {
          counts.computeIfAbsent(f[1], k -> new TreeMap<>()).put(f[2], Long.parseLong(f[3]));
          continue;
        }
        if (f[0].equals("quantiles") && f.length == QUANTILES + 2) {
          BigDecimal[] q = new BigDecimal[QUANTILES];
          for (int j = 0; j < QUANTILES; j++) {
            q[j] = new BigDecimal(f[j + 2]);
          }
          quantiles.put(f[1], q);
          continue;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException(
          "画像第 " + (i + 1) + " 行格式不正确（应为 count 名称 键 次数 或 quantiles 名称 21个数）：" + line);
    }
    return new SeedProfile(counts, quantiles);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SeedProfile && ((SeedProfile) o).text().equals(text());
  }

  @Override
  public int hashCode() {
    return text().hashCode();
  }
}
