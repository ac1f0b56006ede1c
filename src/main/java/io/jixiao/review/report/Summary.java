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

  Summary(List<DocumentReview> reviews) {
    for (Grade g : Grade.values()) {
      grades.put(g, 0);
    }
    for (Severity s : Severity.values()) {
      severities.put(s, 0);
    }
    for (DocumentReview d : reviews) {
      count(d.findings(), null);
      for (TableReview t : d.tables()) {
        tables++;
        grades.merge(t.grade(), 1, Integer::sum);
        count(t.findings(), t);
      }
    }
  }

  private void count(List<Finding> list, TableReview table) {
    Set<RuleId> seen = new HashSet<>();
    for (Finding f : list) {
      findings++;
      severities.merge(f.severity(), 1, Integer::sum);
      int[] c = rules.computeIfAbsent(f.rule(), k -> new int[2]);
      c[0]++;
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
