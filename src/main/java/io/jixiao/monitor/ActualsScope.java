package io.jixiao.monitor;

import io.jixiao.model.Money;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import java.time.YearMonth;
import java.util.Collections;
import java.util.SortedMap;

/**
 * Which tables of the documents given the lines of actuals may be about, beyond existing: the web
 * application accepts a department's actuals only for its own tables that are approved or
 * published. A line about a refused table is an error ({@code ACT-SCOPE}) at its {@code seq}
 * column, so the whole input is refused, as for any other error. The scope also says whether a month
 * outside the document's budget year is an error (the web) or only a warning (the command line).
 */
public interface ActualsScope {

  /** Every table of the documents given: the command line. */
  ActualsScope ANY = (document, project) -> null;

  /**
   * Why lines about {@code project} of {@code document} are refused, in Chinese for the user, or
   * null when they are accepted.
   */
  String refusal(TargetDocument document, Project project);

  /**
   * The message for a {@code source} that is none of the documents given (error {@code
   * ACT-SOURCE-UNKNOWN}), or null for the standard one, which lists the documents given.
   */
  default String unknownSource(String source) {
    return null;
  }

  /**
   * True when a month outside the budget year of the line's document is an error ({@code
   * ACT-PERIOD-YEAR} at the {@code period} column); false when it is only a warning.
   */
  default boolean budgetYearOnly() {
    return false;
  }

  /**
   * The cumulative spending already stored for table {@code key} by month end (none by default):
   * a month of the input is checked against every stored month too, so spending that falls
   * (450 → 300 → 200) is found when the months come in separate submissions.
   */
  default SortedMap<YearMonth, Money> storedSpending(ProjectKey key) {
    return Collections.emptySortedMap();
  }
}
