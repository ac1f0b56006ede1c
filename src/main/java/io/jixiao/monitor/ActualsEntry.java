package io.jixiao.monitor;

import io.jixiao.model.Money;
import io.jixiao.model.TargetValues;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One line of actuals as a person entered it and the reader accepted it: cumulative spending to the
 * end of a month ({@code spent}), the adjusted full-year budget as of a month ({@code budget}), or
 * what indicator {@code N} of the table achieved by the end of a month. Entries are what the
 * database keeps; {@link #assemble(Collection)} builds the {@link Actuals} from them.
 *
 * @param indicator the 1-based indicator row for {@link Kind#INDICATOR}, else 0
 * @param value the value: for spending and budget the amount in 万元 written plainly with at least
 *     two decimals ({@code 13.50}); for an indicator the text as written ({@code 96%}, {@code
 *     基本达成})
 * @param note reason for deviation and measures; null when none was written
 */
public record ActualsEntry(
    ProjectKey key, Kind kind, int indicator, YearMonth period, String value, String note) {

  /** What a line is about: the {@code row} column of the actuals file. */
  public enum Kind {
    /** {@code spent}: cumulative spending to the end of the period, 万元. */
    SPENT,
    /** {@code budget}: the adjusted full-year budget (调整后预算数), 万元. */
    BUDGET,
    /** {@code N}: the achieved value of the table's N-th indicator. */
    INDICATOR
  }

  public ActualsEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(value, "value");
    if (kind == Kind.INDICATOR) {
      if (indicator < 1) {
        throw new IllegalArgumentException("an indicator row starts at 1: " + indicator);
      }
      value = value.strip();
      if (value.isEmpty()) {
        throw new IllegalArgumentException("an indicator actual needs a value");
      }
    } else {
      if (indicator != 0) {
        throw new IllegalArgumentException(kind + " is not about an indicator: " + indicator);
      }
      value = Money.parse(value).wan().toPlainString();
    }
    if (note != null) {
      note = note.strip();
      if (note.isEmpty()) {
        note = null;
      }
    }
  }

  public static ActualsEntry spent(ProjectKey key, YearMonth period, Money amount, String note) {
    return new ActualsEntry(key, Kind.SPENT, 0, period, amount.wan().toPlainString(), note);
  }

  public static ActualsEntry budget(ProjectKey key, YearMonth period, Money amount, String note) {
    return new ActualsEntry(key, Kind.BUDGET, 0, period, amount.wan().toPlainString(), note);
  }

  public static ActualsEntry indicator(
      ProjectKey key, int row, YearMonth period, String value, String note) {
    return new ActualsEntry(key, Kind.INDICATOR, row, period, value, note);
  }

  /** The {@code row} column as written in an actuals file: {@code spent}, {@code budget} or N. */
  public String row() {
    switch (kind) {
      case SPENT:
        return "spent";
      case BUDGET:
        return "budget";
      default:
        return Integer.toString(indicator);
    }
  }

  /** The amount of a spending or budget line. */
  public Money amount() {
    if (kind == Kind.INDICATOR) {
      throw new IllegalStateException("an indicator actual is no amount: " + value);
    }
    return Money.parse(value);
  }

  /** The indicator actual of an indicator line: the value parsed, a graded word recognised. */
  public IndicatorActual indicatorActual() {
    if (kind != Kind.INDICATOR) {
      throw new IllegalStateException(row() + " is not about an indicator");
    }
    return new IndicatorActual(
        indicator, period, value, TargetValues.parse(value), Achievement.of(value), note);
  }

  /** Entries are the same line of a file when they have the same table, row and period. */
  public boolean sameLine(ActualsEntry other) {
    return key.equals(other.key)
        && kind == other.kind
        && indicator == other.indicator
        && period.equals(other.period);
  }

  /**
   * The actuals the entries make: per table the spending by period; the adjusted budget of the
   * latest {@code budget} line with its note; as spending note the note of the latest {@code spent}
   * line that has one; the indicator actuals ordered by row and period. A table without entries has
   * no {@link ProjectActuals}. Entries must not repeat a line ({@link #sameLine}).
   *
   * @throws IllegalArgumentException when two entries are the same line
   */
  public static Actuals assemble(Collection<ActualsEntry> entries) {
    Map<ProjectKey, List<ActualsEntry>> byTable = new TreeMap<>();
    for (ActualsEntry e : entries) {
      byTable.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
    }
    Map<ProjectKey, ProjectActuals> projects = new HashMap<>();
    for (Map.Entry<ProjectKey, List<ActualsEntry>> t : byTable.entrySet()) {
      projects.put(t.getKey(), project(t.getKey(), t.getValue()));
    }
    return Actuals.of(projects);
  }

  private static ProjectActuals project(ProjectKey key, List<ActualsEntry> entries) {
    List<ActualsEntry> sorted = new ArrayList<>(entries);
    sorted.sort(
        Comparator.comparing(ActualsEntry::kind)
            .thenComparingInt(ActualsEntry::indicator)
            .thenComparing(ActualsEntry::period));
    TreeMap<YearMonth, Money> spent = new TreeMap<>();
    String spendingNote = null;
    ActualsEntry budget = null;
    List<IndicatorActual> indicators = new ArrayList<>();
    ActualsEntry previous = null;
    for (ActualsEntry e : sorted) {
      if (previous != null && previous.sameLine(e)) {
        throw new IllegalArgumentException(
            "the same line twice: " + key + " " + e.row() + " " + e.period());
      }
      previous = e;
      switch (e.kind()) {
        case SPENT:
          spent.put(e.period(), e.amount());
          if (e.note() != null) {
            spendingNote = e.note();
          }
          break;
        case BUDGET:
          budget = e;
          break;
        default:
          indicators.add(e.indicatorActual());
      }
    }
    return new ProjectActuals(
        key,
        spent,
        budget == null ? null : budget.amount(),
        budget == null ? null : budget.note(),
        spendingNote,
        indicators);
  }
}
