package io.jixiao.web;

import java.util.List;

/** The findings of one review and the grade derived from them. */
record ReviewResult(List<ReviewFinding> findings, Grade grade) {

  ReviewResult {
    findings = List.copyOf(findings);
  }

  /** The findings about indicator row {@code row} (1-based). */
  List<ReviewFinding> onRow(int row) {
    return findings.stream().filter(f -> f.row() != null && f.row() == row).toList();
  }

  /** The findings about the header block (no indicator row). */
  List<ReviewFinding> onHeader() {
    return findings.stream().filter(f -> f.row() == null).toList();
  }

  public long getErrors() {
    return count(ReviewFinding.Severity.ERROR);
  }

  public long getWarnings() {
    return count(ReviewFinding.Severity.WARNING);
  }

  public long getInfos() {
    return count(ReviewFinding.Severity.INFO);
  }

  public long count(ReviewFinding.Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}
