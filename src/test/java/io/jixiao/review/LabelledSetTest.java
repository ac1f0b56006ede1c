package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The engine against the project's own hand-labelled tables of the four seeds
 * ({@code src/test/resources/review-labels}): per rule and overall precision and recall of the
 * places found (rule and indicator row, or rule and table), printed, and held at or above the
 * figures recorded in {@code recorded.txt}.
 */
class LabelledSetTest {

  private static final String DIR = "/review-labels/";
  private static final List<String> SEEDS = List.of("000", "001", "003", "004");

  /** Rules the labels cover: those that lower a grade and look at one table (README.md). */
  private static final Set<RuleId> LABELLED = labelledRules();

  @Test
  void theEngineAgreesWithTheHandLabelsAtLeastAsWellAsRecorded() throws IOException {
    Map<String, Set<String>> labels = new LinkedHashMap<>();
    for (String seed : SEEDS) {
      labels.putAll(read(seed + ".labels"));
    }
    Map<RuleId, int[]> counts = new EnumMap<>(RuleId.class); // true pos., false pos., false neg.
    int[] all = new int[3];
    List<String> disagreements = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : labels.entrySet()) {
      String[] place = e.getKey().split("/");
      Set<String> found = new HashSet<>();
      for (Finding f : SeedReviews.table(place[0], Integer.parseInt(place[1])).findings()) {
        if (LABELLED.contains(f.rule())) {
          found.add(f.rule() + ":" + (f.row() == null ? "-" : f.row()));
        }
      }
      Set<String> union = new HashSet<>(found);
      union.addAll(e.getValue());
      for (String p : union) {
        int kind = !e.getValue().contains(p) ? 1 : found.contains(p) ? 0 : 2;
        RuleId rule = RuleId.valueOf(p.substring(0, p.indexOf(':')));
        counts.computeIfAbsent(rule, r -> new int[3])[kind]++;
        all[kind]++;
        if (kind > 0) {
          disagreements.add((kind == 1 ? "误报 " : "漏报 ") + e.getKey() + " " + p);
        }
      }
    }
    Map<String, double[]> measured = new LinkedHashMap<>();
    StringBuilder report = new StringBuilder();
    report.append(String.format(Locale.ROOT, "labelled set: %d tables%n", labels.size()));
    report.append(
        String.format(
            Locale.ROOT, "%-8s %4s %4s %4s %9s %6s%n", "rule", "tp", "fp", "fn", "precision",
            "recall"));
    for (Map.Entry<RuleId, int[]> e : counts.entrySet()) {
      measured.put(e.getKey().name(), line(report, e.getKey().name(), e.getValue()));
    }
    measured.put("overall", line(report, "overall", all));
    disagreements.sort(null);
    disagreements.forEach(d -> report.append(d).append('\n'));
    System.out.print(report);

    Map<String, double[]> recorded = recorded();
    assertThat(recorded).containsKey("overall");
    for (Map.Entry<String, double[]> r : recorded.entrySet()) {
      double[] m = measured.getOrDefault(r.getKey(), new double[] {1, 1});
      assertThat(m[0])
          .as("precision of %s%n%s", r.getKey(), report)
          .isGreaterThanOrEqualTo(r.getValue()[0]);
      assertThat(m[1])
          .as("recall of %s%n%s", r.getKey(), report)
          .isGreaterThanOrEqualTo(r.getValue()[1]);
    }
  }

  /** Prints one line; returns precision and recall (1 where nothing was found or labelled). */
  private static double[] line(StringBuilder out, String name, int[] c) {
    double precision = c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
    double recall = c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
    out.append(
        String.format(
            Locale.ROOT, "%-8s %4d %4d %4d %9.3f %6.3f%n", name, c[0], c[1], c[2], precision,
            recall));
    return new double[] {precision, recall};
  }

  /** {@code 000/14 Q1:9 S5:-} per line; {@code #} starts a comment. */
  private static Map<String, Set<String>> read(String file) throws IOException {
    Map<String, Set<String>> labels = new LinkedHashMap<>();
    for (String line : lines(file)) {
      String[] parts = line.split("\\s+");
      Set<String> places = new HashSet<>();
      for (int i = 1; i < parts.length; i++) {
        RuleId rule = RuleId.valueOf(parts[i].substring(0, parts[i].indexOf(':')));
        assertThat(LABELLED).as("%s: %s", file, line).contains(rule);
        places.add(parts[i]);
      }
      assertThat(labels.put(parts[0], places)).as("%s: %s twice", file, parts[0]).isNull();
    }
    return labels;
  }

  /** {@code Q1 0.90 0.85}: the floors of precision and recall. */
  private static Map<String, double[]> recorded() throws IOException {
    Map<String, double[]> floors = new LinkedHashMap<>();
    for (String line : lines("recorded.txt")) {
      String[] p = line.split("\\s+");
      floors.put(p[0], new double[] {Double.parseDouble(p[1]), Double.parseDouble(p[2])});
    }
    return floors;
  }

  private static List<String> lines(String file) throws IOException {
    try (InputStream in = LabelledSetTest.class.getResourceAsStream(DIR + file)) {
      assertThat(in).as(DIR + file).isNotNull();
      List<String> lines = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        int hash = line.indexOf('#');
        String l = (hash < 0 ? line : line.substring(0, hash)).strip();
        if (!l.isEmpty()) {
          lines.add(l);
        }
      }
      return lines;
    }
  }

  private static Set<RuleId> labelledRules() {
    Set<RuleId> rules = new HashSet<>();
    for (RuleId r : RuleId.values()) {
      String n = r.name();
      if (n.startsWith("S") || n.startsWith("B") || n.startsWith("Q") && r != RuleId.Q2) {
        rules.add(r);
      }
    }
    return rules;
  }
}
