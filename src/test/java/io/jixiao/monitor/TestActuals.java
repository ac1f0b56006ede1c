package io.jixiao.monitor;

import io.jixiao.model.Money;
import io.jixiao.model.TargetValues;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds actuals in tests as a department would report them: amounts and values as written. */
public final class TestActuals {

  private final ProjectKey key;
  private final TreeMap<YearMonth, Money> spent = new TreeMap<>();
  private final List<IndicatorActual> indicators = new ArrayList<>();
  private Money budget;
  private String budgetNote;
  private String spendingNote;

  private TestActuals(ProjectKey key) {
    this.key = key;
  }

  /** The actuals of table {@code seq} of document {@code source}. */
  public static TestActuals table(String source, int seq) {
    return new TestActuals(new ProjectKey(source, seq));
  }

  /** Cumulative spending to the end of {@code period} ({@code 2023-10}), 万元. */
  public TestActuals spent(String period, String wan) {
    spent.put(YearMonth.parse(period), Money.parse(wan));
    return this;
  }

  public TestActuals spendingNote(String note) {
    this.spendingNote = note;
    return this;
  }

  /** The adjusted full-year budget (调整后预算数), 万元. */
  public TestActuals budget(String wan, String note) {
    this.budget = Money.parse(wan);
    this.budgetNote = note;
    return this;
  }

  /** Indicator {@code row} achieved {@code printed} by the end of {@code period}. */
  public TestActuals indicator(int row, String period, String printed) {
    return indicator(row, period, printed, null);
  }

  public TestActuals indicator(int row, String period, String printed, String note) {
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

  public ProjectActuals build() {
    return new ProjectActuals(key, spent, budget, budgetNote, spendingNote, indicators);
  }

  /** The actuals of several tables. */
  public static Actuals of(TestActuals... tables) {
    Map<ProjectKey, ProjectActuals> map = new HashMap<>();
    for (TestActuals t : tables) {
      map.put(t.key, t.build());
    }
    return Actuals.of(map);
  }
}
