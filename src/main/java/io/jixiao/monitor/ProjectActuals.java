package io.jixiao.monitor;

import io.jixiao.model.Money;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The actuals of one target table: cumulative spending at month ends (万元), the adjusted full-year
 * budget (调整后预算数; null means the table's 预算数 applies) with the note that explains it, and the
 * indicators' achieved values by period.
 */
public record ProjectActuals(
    ProjectKey key,
    SortedMap<YearMonth, Money> spent,
    Money adjustedBudget,
    String budgetNote,
    String spendingNote,
    List<IndicatorActual> indicators) {

  public ProjectActuals {
    Objects.requireNonNull(key, "key");
    spent = Collections.unmodifiableSortedMap(new TreeMap<>(spent));
    indicators = List.copyOf(indicators);
  }

  /** Cumulative spending at the last period reported, if any. */
  public Optional<Map.Entry<YearMonth, Money>> lastSpent() {
    return spent.isEmpty()
        ? Optional.empty()
        : Optional.of(Map.entry(spent.lastKey(), spent.get(spent.lastKey())));
  }

  /**
   * The latest month reported, of spending or of an indicator; empty when only an adjusted budget
   * was reported.
   */
  public Optional<YearMonth> lastPeriod() {
    YearMonth latest = spent.isEmpty() ? null : spent.lastKey();
    for (IndicatorActual a : indicators) {
      if (latest == null || a.period().isAfter(latest)) {
        latest = a.period();
      }
    }
    return Optional.ofNullable(latest);
  }

  /** Cumulative spending at the end of {@code month}: the latest report on or before it. */
  public Optional<Money> spentBy(YearMonth month) {
    SortedMap<YearMonth, Money> upTo = spent.headMap(month.plusMonths(1));
    return upTo.isEmpty() ? Optional.empty() : Optional.of(upTo.get(upTo.lastKey()));
  }

  /** The latest actual reported for indicator {@code row}, if any. */
  public Optional<IndicatorActual> latest(int row) {
    IndicatorActual best = null;
    for (IndicatorActual a : indicators) {
      if (a.row() == row && (best == null || !a.period().isBefore(best.period()))) {
        best = a;
      }
    }
    return Optional.ofNullable(best);
  }
}
