package io.jixiao.web;

import io.jixiao.store.TargetQueries;
import io.jixiao.store.TargetQueries.Filter;
import io.jixiao.store.TargetQueries.Scope;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
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

  /**
   * Year-wide figures (years, counts, dashboard groups and rules) by scope and filter, kept while
   * the stamp of the lists ({@link TargetQueries#stamp}, the summaries stored) stays the same: 20
   * people opening the dashboard of an unchanged year count it once.
   */
  private final ConcurrentHashMap<Object, Object> figures = new ConcurrentHashMap<>();

  private volatile String figuresStamp = "";

  /** Entries the figures cache holds at most; when full it starts afresh. */
  private static final int FIGURES = 2_048;

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
    Scope scope = scope(viewer);
    return YearSelection.ofYears(cached(List.of("years", scope), () -> queries.years(scope)),
        requested);
  }

  /** The budget year {@code requested} among the years of the published tables. */
  YearSelection publicYears(String requested) {
    summaries.fresh();
    return YearSelection.ofYears(
        cached(List.of("years", Scope.PUBLIC), () -> queries.years(Scope.PUBLIC)), requested);
  }

  long count(Account viewer, Filter filter) {
    Scope scope = scope(viewer);
    return cached(List.of("count", scope, filter), () -> queries.count(scope, filter));
  }

  BigDecimal budget(Account viewer, Filter filter) {
    Scope scope = scope(viewer);
    return cached(List.of("budget", scope, filter), () -> queries.budget(scope, filter));
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
    Scope scope = scope(viewer);
    return cached(List.of("groups", scope, filter), () -> queries.groups(scope, filter));
  }

  List<TargetQueries.RuleTables> rules(Account viewer, Filter filter, int limit) {
    Scope scope = scope(viewer);
    return cached(List.of("rules", scope, filter, limit),
        () -> queries.rules(scope, filter, limit));
  }

  /**
   * The value of {@code key} as of the current stamp of the lists: computed afresh when anything
   * listed changed since it was.
   */
  @SuppressWarnings("unchecked")
  private <T> T cached(List<Object> key, Supplier<T> compute) {
    String stamp = queries.stamp() + "/" + summaries.stored();
    if (!stamp.equals(figuresStamp)) {
      figures.clear();
      figuresStamp = stamp;
    }
    Object v = figures.get(key);
    if (v == null) {
      v = compute.get();
      if (figures.size() >= FIGURES) {
        figures.clear();
      }
      if (stamp.equals(figuresStamp)) {
        figures.put(key, v);
      }
    }
    return (T) v;
  }
}
