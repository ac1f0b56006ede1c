package io.jixiao.review;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns findings into grades; the formula is explained in {@code docs/review.md}.
 *
 * <ul>
 *   <li>差: an error of a rule in {@code poorRules} (S1, S5 by default), or at least {@code
 *       poorMinErrors} errors;
 *   <li>中: any other error, or at least {@code fairMinWarnings} warned places;
 *   <li>优: no error and at most {@code excellentMaxWarnings} warned places;
 *   <li>良: in between.
 * </ul>
 *
 * A warned place is an indicator row, or a field of the table as a whole (its goals, its level 2s):
 * several rules warning about the same indicator count once (按预算资金完成率 as a cost indicator is one
 * defect that Q3 and Q4 both explain), so the grade counts defective places, not explanations. Info
 * never counts.
 */
final class Grading {

  private final GradingPolicy policy;

  Grading(GradingPolicy policy) {
    this.policy = policy;
  }

  Grade grade(List<Finding> findings) {
    return grade(findings, List.of());
  }

  /**
   * A table's grade from its own findings and those about its document as a whole: a document
   * where no table prints a budget (S5) is a defect of every table in it.
   */
  Grade grade(List<Finding> findings, List<Finding> documentFindings) {
    int errors = 0;
    boolean poorRule = false;
    long rows = 0; // warned rows 1–63 as bits; more rows and table-level fields in the set
    Set<String> others = null;
    for (int i = 0, n = findings.size() + documentFindings.size(); i < n; i++) {
      Finding f = i < findings.size() ? findings.get(i) : documentFindings.get(i - findings.size());
      if (f.severity() == Severity.ERROR) {
        errors++;
        poorRule |= policy.poorRules().contains(f.rule());
      } else if (f.severity() == Severity.WARNING) {
        Integer row = f.row();
        if (row != null && row < 64) {
          rows |= 1L << row;
        } else {
          if (others == null) {
            others = new HashSet<>();
          }
          others.add(row == null ? f.field() : row.toString());
        }
      }
    }
    if (poorRule || errors >= policy.poorMinErrors()) {
      return Grade.POOR;
    }
    int warnings = Long.bitCount(rows) + (others == null ? 0 : others.size());
    if (errors > 0 || warnings >= policy.fairMinWarnings()) {
      return Grade.FAIR;
    }
    return warnings <= policy.excellentMaxWarnings() ? Grade.EXCELLENT : Grade.GOOD;
  }

  /**
   * A document's grade: the mean of its tables' grades (优 4, 良 3, 中 2, 差 1) rounded half up; an
   * error about the document as a whole caps it at 中. A document without tables is 差.
   */
  Grade documentGrade(List<TableReview> tables, List<Finding> documentFindings) {
    if (tables.isEmpty()) {
      return Grade.POOR;
    }
    int points = 0;
    for (TableReview t : tables) {
      points += 4 - t.grade().ordinal();
    }
    // mean >= 3.5 → 优, >= 2.5 → 良, >= 1.5 → 中; in integers: 2 * points >= 7 * n etc.
    int n = tables.size();
    Grade grade;
    if (2 * points >= 7 * n) {
      grade = Grade.EXCELLENT;
    } else if (2 * points >= 5 * n) {
      grade = Grade.GOOD;
    } else if (2 * points >= 3 * n) {
      grade = Grade.FAIR;
    } else {
      grade = Grade.POOR;
    }
    for (Finding f : documentFindings) {
      if (f.severity() == Severity.ERROR) {
        grade = grade.atBest(Grade.FAIR);
      }
    }
    return grade;
  }
}
