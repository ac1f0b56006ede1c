package io.jixiao.workflow;

import java.math.BigDecimal;

/** What a target row copies from its table for lists: department, name, code, budget total. */
public record ProjectFacts(
    String department, String projectName, String projectCode, BigDecimal budgetTotal) {}
