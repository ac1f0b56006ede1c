package io.jixiao.web;

import io.jixiao.store.TargetQueries;
import io.jixiao.store.TargetQueries.Filter;
import io.jixiao.store.TargetQueries.Scope;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The lists of target tables as a viewer may read them ({@link Access}), counted and paged by the
 * database ({@link TargetQueries}) over the stored review summaries, which it first brings up to
 * date when documents were stored meanwhile ({@link ReviewSummaries#fresh}).
 */
@Component
class TableLists {

  private final TargetQueries queries;
  private final ReviewSummaries summaries;

  TableLists(TargetQueries queries, ReviewSummaries summaries) {
    this.queries = queries;
    this.summaries = summaries;
  }

  /**
   * What {@code viewer} (null: the public) reads: reviewers and 审计查阅人员 every table, an editor
   * the own department's, everybody (also the three administrators) what is published.
   */
  static Scope scope(Account viewer) {
    if (viewer == null || viewer.role().administrator()) {
      return Scope.PUBLIC;
    }
    if (viewer.is(Role.DEPT_EDITOR)) {
      return new Scope(false, viewer.department());
    }
    return new Scope(true, null);
  }

  /** The budget year {@code requested} (blank: the newest) among those {@code viewer} sees. */
  YearSelection years(Account viewer, String requested) {
    summaries.fresh();
    return YearSelection.ofYears(queries.years(scope(viewer)), requested);
  }

  /** The budget year {@code requested} among the years of the published tables. */
  YearSelection publicYears(String requested) {
    summaries.fresh();
    return YearSelection.ofYears(queries.years(Scope.PUBLIC), requested);
  }

  long count(Account viewer, Filter filter) {
    return queries.count(scope(viewer), filter);
  }

  BigDecimal budget(Account viewer, Filter filter) {
    return queries.budget(scope(viewer), filter);
  }

  List<TargetQueries.Item> page(
      Account viewer, Filter filter, TargetQueries.Sort sort, boolean descending, long offset,
      int limit) {
    summaries.fresh();
    return queries.page(scope(viewer), filter, sort, descending, offset, limit);
  }

  void each(Account viewer, Filter filter, TargetQueries.Sort sort, boolean descending, int max,
      Consumer<TargetQueries.Item> each) {
    summaries.fresh();
    queries.each(scope(viewer), filter, sort, descending, max, each);
  }

  List<TargetQueries.Group> groups(Account viewer, Filter filter) {
    summaries.fresh();
    return queries.groups(scope(viewer), filter);
  }

  List<TargetQueries.RuleTables> rules(Account viewer, Filter filter, int limit) {
    return queries.rules(scope(viewer), filter, limit);
  }
}
