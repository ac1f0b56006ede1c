package io.jixiao.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where rules report. The engine says which rule is running (with its severity from the pack) and
 * which table it looks at; the rule adds messages. Nothing is allocated until something is found.
 */
final class Findings {

  private final String source;
  private final int[] seqs;
  private final List<List<Finding>> tables;
  private final List<Finding> document = new ArrayList<>(0);
  private RuleId rule;
  private Severity severity;
  private int table = -1;

  Findings(String source, int[] seqs) {
    this.source = source;
    this.seqs = seqs;
    this.tables = new ArrayList<>(seqs.length);
    for (int i = 0; i < seqs.length; i++) {
      tables.add(new ArrayList<>(0));
    }
  }

  /** Called by the engine before a rule runs. */
  void rule(RuleId id, Severity mainSeverity) {
    this.rule = id;
    this.severity = mainSeverity;
  }

  /** Findings after this call are about the table at {@code index} in the document. */
  Findings table(int index) {
    this.table = index;
    return this;
  }

  /** Findings after this call are about the document as a whole. */
  Findings document() {
    this.table = -1;
    return this;
  }

  /** Adds a finding with the rule's severity from the pack. */
  void add(Integer row, String field, String message, String suggestion) {
    add(severity, row, field, message, suggestion);
  }

  /**
   * Adds a finding with a severity of its own (a rule's secondary case, set in the pack too). A
   * rule reports a place once: a second finding of the same rule on the same row and field is
   * dropped.
   */
  void add(Severity s, Integer row, String field, String message, String suggestion) {
    List<Finding> list = table < 0 ? document : tables.get(table);
    for (int i = list.size() - 1; i >= 0; i--) {
      Finding f = list.get(i);
      if (f.rule() == rule && Objects.equals(f.row(), row) && Objects.equals(f.field(), field)) {
        return;
      }
    }
    Integer seq = table < 0 ? null : seqs[table];
    Finding f =
        new Finding(
            rule, s, new Location(source, seq, row, field), message, suggestion, rule.citation());
    if (table < 0) {
      document.add(f);
    } else {
      tables.get(table).add(f);
    }
  }

  List<Finding> forTable(int index) {
    return tables.get(index);
  }

  List<Finding> forDocument() {
    return document;
  }
}
