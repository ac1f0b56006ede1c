package io.jixiao.store;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One stored document (its current version) in an overview.
 *
 * @param department the department name, null when the document names none
 * @param year the budget year, null when unknown
 * @param source the file name the document was imported from
 * @param version the current version (number of imports with changed content)
 * @param importedAt when the current version was imported
 * @param projects the number of target tables
 * @param indicators the number of indicators over all tables
 * @param budgetTotal the sum of 预算数 over the tables in 万元, null when no table prints one
 */
public record DocumentSummary(
    String department,
    Integer year,
    String source,
    int version,
    OffsetDateTime importedAt,
    int projects,
    int indicators,
    BigDecimal budgetTotal) {

  public DocumentSummary {
    Objects.requireNonNull(source, "source");
  }
}
