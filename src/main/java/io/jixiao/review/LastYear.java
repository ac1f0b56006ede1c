package io.jixiao.review;

import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * What the review knows of a department's previous year: its target documents of that year (X3
 * compares recurring projects' indicators with them) and the self-evaluation outcome of the tables
 * that reported actuals (R1 and the web's 结果应用 read them). A table continues last year's when
 * both print the same 项目编码, else when their names are the same without years.
 *
 * @param documents last year's documents of the department, usually one
 * @param outcomes the outcomes of last year's tables that reported actuals
 */
public record LastYear(List<TargetDocument> documents, List<PriorOutcome> outcomes) {

  /** Nothing known of last year: X3 and R1 do not run. */
  public static final LastYear NONE = new LastYear(List.of(), List.of());

  public LastYear {
    documents = List.copyOf(documents);
    outcomes = List.copyOf(outcomes);
  }

  /** Last year's document without any results. */
  public static LastYear of(TargetDocument document) {
    return new LastYear(List.of(document), List.of());
  }

  /**
   * How much a budget changed since last year, in percent to one decimal (half up): {@code 22.9} for
   * 700 → 860; null when either is missing or last year's is zero. X3, R1 and the web's 结果应用 show
   * it.
   */
  public static BigDecimal budgetChangePercent(BigDecimal lastYear, BigDecimal now) {
    if (lastYear == null || now == null || lastYear.signum() == 0) {
      return null;
    }
    return now.subtract(lastYear)
        .multiply(BigDecimal.valueOf(100))
        .divide(lastYear, 1, RoundingMode.HALF_UP);
  }

  /** The outcome of the table of last year that {@code project} continues. */
  public Optional<PriorOutcome> outcomeOf(Project project) {
    if (outcomes.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        Recurring.outcomes(outcomes).find(project.code(), Recurring.nameKey(project)));
  }
}
