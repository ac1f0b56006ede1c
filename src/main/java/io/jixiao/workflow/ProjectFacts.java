package io.jixiao.workflow;

import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import java.math.BigDecimal;

/**
 * What a target row keeps of its current content for lists: department, name, code, budget total,
 * and the budget year (年度) of its document, null when it names none. Written by the import or edit
 * that puts the content there, in its transaction.
 */
public record ProjectFacts(
    String department,
    String projectName,
    String projectCode,
    BigDecimal budgetTotal,
    Integer budgetYear) {

  /** The facts of table {@code p} of document {@code doc}. */
  public static ProjectFacts of(TargetDocument doc, Project p) {
    return new ProjectFacts(
        doc.department() == null ? null : doc.department().name(),
        p.displayName(),
        p.code() == null ? null : p.code().value(),
        p.budget() == null || p.budget().total() == null ? null : p.budget().total().wan(),
        doc.budgetYear());
  }
}
