package io.jixiao.workflow;

import java.math.BigDecimal;

/**
 * What a target row copies from its table for lists: department, name, code, budget total, and the
 * budget year (年度) of its document, null when the document names none.
 */
public record ProjectFacts(
    String department,
    String projectName,
    String projectCode,
    BigDecimal budgetTotal,
    Integer budgetYear) {}
