package io.jixiao.web;

import io.jixiao.store.TargetQueries;
import io.jixiao.workflow.ProjectState;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A table as the lists show it: its facts, state, and the grade and findings of its stored review
 * summary (grade null while the summary is not stored yet).
 */
record ListRow(
    long id,
    String source,
    int position,
    String department,
    String projectName,
    String projectCode,
    BigDecimal budgetTotal,
    Integer budgetYear,
    int docVersion,
    ProjectState state,
    int revision,
    OffsetDateTime updatedAt,
    Grade grade,
    int errors,
    int warnings,
    int infos) {

  static ListRow of(TargetQueries.Item i) {
    return new ListRow(i.id(), i.source(), i.position(), i.department(), i.projectName(),
        i.projectCode(), i.budgetTotal(), i.budgetYear(), i.docVersion(),
        ProjectState.valueOf(i.state()), i.revision(), i.updatedAt(),
        i.grade() == null ? null : Grade.valueOf(i.grade()), i.errors(), i.warnings(), i.infos());
  }

  /** How many findings the review has. */
  public int findings() {
    return errors + warnings + infos;
  }

  /** 优/良/中/差, or 待审 while the summary is not stored. */
  public String gradeLabel() {
    return grade == null ? "待审" : grade.label();
  }

  /** The CSS class of the grade. */
  public String gradeName() {
    return grade == null ? "PENDING" : grade.name();
  }
}
