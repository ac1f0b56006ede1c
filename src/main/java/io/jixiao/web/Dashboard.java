package io.jixiao.web;

import io.jixiao.store.TargetQueries;
import io.jixiao.workflow.ProjectState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The figures of the 首页 dashboard, over the tables of one budget year the viewer may see: counted
 * by the database ({@link TargetQueries#groups}, {@link TargetQueries#rules}) from the workflow rows
 * and the stored review summaries, never by reviewing tables per request.
 */
@Component
class Dashboard {

  /** One department's line. */
  record DepartmentLine(
      String name,
      int projects,
      BigDecimal budget,
      Map<ProjectState, Integer> states,
      Map<Grade, Integer> grades) {

    public int state(String name) {
      return states.getOrDefault(ProjectState.valueOf(name), 0);
    }

    public int grade(String name) {
      return grades.getOrDefault(Grade.valueOf(name), 0);
    }
  }

  /** A rule and how many tables' findings it produced. */
  record FindingCount(String rule, String title, int count) {}

  /**
   * Everything the page shows.
   *
   * @param year the budget year shown, null when no table names one
   * @param years the budget years stored, newest first
   */
  record View(
      Integer year,
      List<Integer> years,
      int departments,
      int projects,
      BigDecimal budget,
      Map<String, Integer> states,
      Map<String, Integer> grades,
      List<DepartmentLine> lines,
      List<FindingCount> findings) {}

  /**
   * Department lines (and chart bars) the page shows at most: those with the largest budgets, so
   * that a province's 5,000 departments do not make a 3 MB page; the others are in the lists.
   */
  static final int LINES = 50;

  /** The name a table without a department is listed under. */
  static final String NO_DEPARTMENT = "（未注明部门）";

  private final Catalog catalog;
  private final TableLists lists;

  Dashboard(Catalog catalog, TableLists lists) {
    this.catalog = catalog;
    this.lists = lists;
  }

  /** The figures of budget year {@code year} (blank: the newest) of what {@code viewer} sees. */
  View view(Account viewer, String year) {
    return view(lists.years(viewer, year), viewer);
  }

  /** The figures of the tables of one budget year {@code viewer} may see. */
  View view(YearSelection selection, Account viewer) {
    TargetQueries.Filter filter = TargetQueries.Filter.NONE.withYear(selection.year());
    Map<String, Integer> states = new LinkedHashMap<>();
    for (ProjectState s : ProjectState.values()) {
      states.put(s.label(), 0);
    }
    Map<String, Integer> grades = new LinkedHashMap<>();
    for (Grade g : Grade.values()) {
      grades.put(g.label(), 0);
    }
    Map<String, Line> byDepartment = new TreeMap<>();
    BigDecimal total = BigDecimal.ZERO;
    int projects = 0;
    for (TargetQueries.Group g : lists.groups(viewer, filter)) {
      Line line =
          byDepartment.computeIfAbsent(g.department() == null ? NO_DEPARTMENT : g.department(),
              k -> new Line());
      int n = (int) g.tables();
      projects += n;
      line.projects += n;
      if (g.budget() != null) {
        line.budget = line.budget.add(g.budget());
        total = total.add(g.budget());
      }
      ProjectState state = ProjectState.valueOf(g.state());
      line.states.merge(state, n, Integer::sum);
      states.merge(state.label(), n, Integer::sum);
      if (g.grade() != null) {
        Grade grade = Grade.valueOf(g.grade());
        line.grades.merge(grade, n, Integer::sum);
        grades.merge(grade.label(), n, Integer::sum);
      }
    }
    List<DepartmentLine> lines = new ArrayList<>();
    byDepartment.forEach(
        (name, l) -> lines.add(new DepartmentLine(name, l.projects, l.budget, l.states, l.grades)));
    if (lines.size() > LINES) { // the LINES largest budgets, still by name
      List<DepartmentLine> largest =
          lines.stream()
              .sorted(java.util.Comparator.comparing(DepartmentLine::budget).reversed())
              .limit(LINES)
              .toList();
      lines.retainAll(new java.util.HashSet<>(largest));
    }
    List<FindingCount> findings =
        lists.rules(viewer, filter, 10).stream()
            .map(r -> new FindingCount(r.rule(), catalog.ruleTitle(r.rule()), (int) r.tables()))
            .toList();
    return new View(selection.year(), selection.years(), byDepartment.size(), projects, total,
        states, grades, lines, findings);
  }

  /** A department's line while it is counted. */
  private static final class Line {
    int projects;
    BigDecimal budget = BigDecimal.ZERO;
    final Map<ProjectState, Integer> states = new EnumMap<>(ProjectState.class);
    final Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
  }
}
