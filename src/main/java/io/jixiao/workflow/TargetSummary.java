package io.jixiao.workflow;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One target table as listed: its workflow state and the facts copied from the current document
 * version.
 *
 * @param position the 1-based position of the table in its document
 * @param budgetYear the budget year (年度) of the document, null when it names none
 * @param docVersion the document version the facts were copied from
 * @param revision the optimistic lock: counts every change of the table
 */
public record TargetSummary(
    long id,
    String source,
    int position,
    String department,
    String projectName,
    String projectCode,
    BigDecimal budgetTotal,
    Integer budgetYear,
    int docVersion,
    TargetState state,
    int revision,
    Instant updatedAt) {}
