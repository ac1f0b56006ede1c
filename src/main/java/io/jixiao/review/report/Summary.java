package io.jixiao.review.report;

import io.jixiao.review.DocumentReview;
import io.jixiao.review.Finding;
import io.jixiao.review.Grade;
import io.jixiao.review.RuleId;
import io.jixiao.review.Severity;
import io.jixiao.review.TableReview;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counts for a report's summary: tables per grade, findings per severity and per rule. */
final class Summary {

  final Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
  final Map<Severity, Integer> severities = new EnumMap<>(Severity.class);
  final Map<RuleId, int[]> rules = new EnumMap<>(RuleId.class);
  int tables;
  int findings;

  /** Per rule, its findings per severity. */
  private final Map<RuleId, Map<Severity, Integer>> ruleSeverities = new EnumMap<>(RuleId.class);
  int documents;

  Summary(List<DocumentReview> reviews) {
    this();
    for (DocumentReview d : reviews) {
      add(d);
    }
  }

  /** Counts of no document, to {@link #add} them one at a time. */
  Summary() {
    for (Grade g : Grade.values()) {
      grades.put(g, 0);
    }
    for (Severity s : Severity.values()) {
      severities.put(s, 0);
    }
  }

  /** Counts one more document's tables and findings. */
  void add(DocumentReview d) {
    documents++;
    count(d.findings(), null);
    for (TableReview t : d.tables()) {
      tables++;
      grades.merge(t.grade(), 1, Integer::sum);
      count(t.findings(), t);
    }
  }

  /**
   * The severity most findings of a rule have among the documents counted (a rule may report
   * two), as {@link #severityOf(RuleId, List)} of them.
   */
  Severity severityOf(RuleId rule) {
    Map<Severity, Integer> count = ruleSeverities.getOrDefault(rule, Map.of());
    Severity best = Severity.INFO;
    int most = -1;
    for (Severity v : Severity.values()) {
      Integer n = count.get(v);
      if (n != null && n > most) {
        best = v;
        most = n;
      }
    }
    return best;
  }

  private void count(List<Finding> list, TableReview table) {
    Set<RuleId> seen = new HashSet<>();
    for (Finding f : list) {
      findings++;
      severities.merge(f.severity(), 1, Integer::sum);
      int[] c = rules.computeIfAbsent(f.rule(), k -> new int[2]);
      c[0]++;
      ruleSeverities
          .computeIfAbsent(f.rule(), k -> new EnumMap<>(Severity.class))
          .merge(f.severity(), 1, Integer::sum);
      if (table != null && seen.add(f.rule())) {
        c[1]++;
      }
    }
  }

  /** The severity most findings of a rule have (a rule may report two). */
  static Severity severityOf(RuleId rule, List<DocumentReview> reviews) {
    Map<Severity, Integer> count = new EnumMap<>(Severity.class);
    for (DocumentReview d : reviews) {
      for (Finding f : d.allFindings()) {
        if (f.rule() == rule) {
          count.merge(f.severity(), 1, Integer::sum);
        }
      }
    }
    Severity best = Severity.INFO;
    int most = -1;
    for (Map.Entry<Severity, Integer> e : count.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }
}
