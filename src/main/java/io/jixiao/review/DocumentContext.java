package io.jixiao.review;

import io.jixiao.monitor.Actuals;
import io.jixiao.monitor.MonitoringTable;
import io.jixiao.model.Project;
import io.jixiao.model.ProjectCode;
import io.jixiao.model.TargetDocument;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A document as the rules see it: its tables' contexts, the budget year, which header fields the
 * document prints at all, and what the caller knows of the department's previous year (its
 * documents and the self-evaluation outcomes of their tables).
 */
final class DocumentContext {

  private final TargetDocument document;
  private final Integer budgetYear;
  private final List<TableContext> tables;
  private final boolean anyBudget;
  private final boolean anyUnit;
  private final Recurring<TableContext> lastYearTables;
  private final Recurring<PriorOutcome> lastYearOutcomes;

  DocumentContext(TargetDocument document, LastYear lastYear) {
    this(document, lastYear, null, null);
  }

  /**
   * A document with its actuals at the end of {@code asOf} for a monitoring run (both null for a
   * draft review). Tables and deadlines without a year fall in the budget year, else in the year of
   * {@code asOf}.
   */
  DocumentContext(TargetDocument document, LastYear lastYear, Actuals actuals, YearMonth asOf) {
    this.document = document;
    this.budgetYear = budgetYear(document);
    List<TableContext> list = new ArrayList<>(document.projects().size());
    boolean budget = false;
    boolean unit = false;
    for (int i = 0; i < document.projects().size(); i++) {
      Project p = document.projects().get(i);
      MonitoringTable monitoring =
          asOf == null
              ? null
              : MonitoringTable.of(
                  document.source(),
                  p,
                  p.seq() < 1 ? null : actuals.of(document.source(), p.seq()).orElse(null),
                  asOf,
                  budgetYear == null ? asOf.getYear() : budgetYear);
      TableContext t = new TableContext(this, i, p, monitoring);
      list.add(t);
      budget |= t.budgetTotal() != null;
      unit |= t.project().unit() != null && t.project().unit().name() != null;
    }
    this.tables = Collections.unmodifiableList(list);
    this.anyBudget = budget;
    this.anyUnit = unit;
    this.lastYearTables = lastYear.documents().isEmpty() ? null : lastYearTables(lastYear);
    this.lastYearOutcomes =
        lastYear.outcomes().isEmpty() ? null : Recurring.outcomes(lastYear.outcomes());
  }

  private static Recurring<TableContext> lastYearTables(LastYear lastYear) {
    List<TableContext> tables = new ArrayList<>();
    for (TargetDocument d : lastYear.documents()) {
      tables.addAll(new DocumentContext(d, LastYear.NONE).tables());
    }
    return Recurring.tables(tables);
  }

  String source() {
    return document.source();
  }

  TargetDocument document() {
    return document;
  }

  List<TableContext> tables() {
    return tables;
  }

  /**
   * The year the budget is for: the department's year when the document states it, else the year
   * most project codes carry ({@code 13080023P…} is 2023), else null.
   */
  Integer budgetYear() {
    return budgetYear;
  }

  /** True when at least one table prints 预算数; a layout without any is reported once. */
  boolean anyBudget() {
    return anyBudget;
  }

  /** True when at least one table names its budget unit. */
  boolean anyUnit() {
    return anyUnit;
  }

  /** The table of last year's documents that {@code table} continues, or null. */
  TableContext lastYearTable(TableContext table) {
    return lastYearTables == null
        ? null
        : lastYearTables.find(table.project().code(), table.nameKey());
  }

  /** The self-evaluation outcome of last year's table that {@code table} continues, or null. */
  PriorOutcome lastYearOutcome(TableContext table) {
    return lastYearOutcomes == null
        ? null
        : lastYearOutcomes.find(table.project().code(), table.nameKey());
  }

  private static Integer budgetYear(TargetDocument document) {
    if (document.department() != null && document.department().year() != null) {
      return document.department().year();
    }
    Map<Integer, Integer> votes = new HashMap<>();
    for (Project p : document.projects()) {
      Integer year = codeYear(p.code());
      if (year != null) {
        votes.merge(year, 1, Integer::sum);
      }
    }
    Integer best = null;
    int most = 0;
    for (Map.Entry<Integer, Integer> e : votes.entrySet()) {
      if (e.getValue() > most || e.getValue() == most && best != null && e.getKey() > best) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  /** {@code 13080023P000085100062}: region 1308, then {@code 0023}, the year, then {@code P}. */
  private static Integer codeYear(ProjectCode code) {
    if (code == null) {
      return null;
    }
    String v = code.value();
    if (v.length() < 9 || v.charAt(8) != 'P') {
      return null;
    }
    for (int i = 0; i < 8; i++) {
      if (!Text.isDigit(v.charAt(i))) {
        return null;
      }
    }
    return 2000 + Integer.parseInt(v.substring(6, 8));
  }
}
