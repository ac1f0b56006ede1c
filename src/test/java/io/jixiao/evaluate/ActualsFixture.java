package io.jixiao.evaluate;

import io.jixiao.monitor.Achievement;
import io.jixiao.monitor.IndicatorActual;
import io.jixiao.monitor.ProjectActuals;
import io.jixiao.monitor.ProjectKey;
import io.jixiao.model.Money;
import io.jixiao.model.TargetValues;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Builds the actuals of one table as a department would report them, values as written. */
final class ActualsFixture {

  private final ProjectKey key;
  private final SortedMap<YearMonth, Money> spent = new TreeMap<>();
  private final List<IndicatorActual> indicators = new ArrayList<>();
  private Money adjustedBudget;
  private String spendingNote;

  private ActualsFixture(String source, int seq) {
    this.key = new ProjectKey(source, seq);
  }

  static ActualsFixture actuals(String source, int seq) {
    return new ActualsFixture(source, seq);
  }

  /** Cumulative spending (万元) at the end of {@code period} ({@code 2023-12}). */
  ActualsFixture spent(String period, String wan) {
    spent.put(YearMonth.parse(period), Money.parse(wan));
    return this;
  }

  ActualsFixture adjustedBudget(String wan) {
    adjustedBudget = Money.parse(wan);
    return this;
  }

  ActualsFixture spendingNote(String note) {
    spendingNote = note;
    return this;
  }

  /** Indicator {@code row}'s actual at {@code period}, parsed like the actuals file is. */
  ActualsFixture indicator(int row, String period, String printed, String note) {
    indicators.add(
        new IndicatorActual(
            row,
            YearMonth.parse(period),
            printed,
            TargetValues.parse(printed),
            Achievement.of(printed),
            note));
    return this;
  }

  ActualsFixture indicator(int row, String printed) {
    return indicator(row, "2023-12", printed, null);
  }

  ActualsFixture indicator(int row, String printed, String note) {
    return indicator(row, "2023-12", printed, note);
  }

  ProjectActuals build() {
    return new ProjectActuals(key, spent, adjustedBudget, null, spendingNote, indicators);
  }
}
