package io.jixiao.web;

import io.jixiao.workflow.ProjectState;
import io.jixiao.workflow.ProjectSummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** The figures of the 首页 dashboard, over the tables of one budget year the viewer may see. */
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

  private final Catalog catalog;

  Dashboard(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The figures of budget year {@code year} (blank: the newest) of what {@code viewer} sees. */
  View view(Account viewer, String year) {
    return view(YearSelection.of(catalog.visible(viewer), year), viewer);
  }

  /** The figures of the tables of one budget year {@code viewer} may see. */
  View view(YearSelection selection, Account viewer) {
    List<ProjectSummary> visible = selection.tables();
    Map<String, List<ProjectSummary>> byDepartment = new TreeMap<>();
    for (ProjectSummary t : visible) {
      byDepartment
          .computeIfAbsent(t.department() == null ? "（未注明部门）" : t.department(),
              k -> new ArrayList<>())
          .add(t);
    }
    Map<String, Integer> states = new LinkedHashMap<>();
    for (ProjectState s : ProjectState.values()) {
      states.put(s.label(), 0);
    }
    Map<String, Integer> grades = new LinkedHashMap<>();
    for (Grade g : Grade.values()) {
      grades.put(g.label(), 0);
    }
    Map<String, Integer> rules = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    List<DepartmentLine> lines = new ArrayList<>();
    for (Map.Entry<String, List<ProjectSummary>> e : byDepartment.entrySet()) {
      BigDecimal budget = BigDecimal.ZERO;
      Map<ProjectState, Integer> ds = new EnumMap<>(ProjectState.class);
      Map<Grade, Integer> dg = new EnumMap<>(Grade.class);
      for (ProjectSummary t : e.getValue()) {
        if (t.budgetTotal() != null) {
          budget = budget.add(t.budgetTotal());
        }
        ds.merge(t.state(), 1, Integer::sum);
        states.merge(t.state().label(), 1, Integer::sum);
        ReviewResult r = catalog.review(t, viewer);
        dg.merge(r.grade(), 1, Integer::sum);
        grades.merge(r.grade().label(), 1, Integer::sum);
        r.findings().stream().map(ReviewFinding::rule).distinct()
            .forEach(rule -> rules.merge(rule, 1, Integer::sum));
      }
      total = total.add(budget);
      lines.add(new DepartmentLine(e.getKey(), e.getValue().size(), budget, ds, dg));
    }
    List<FindingCount> findings =
        rules.entrySet().stream()
            .sorted((a, b) -> b.getValue() - a.getValue())
            .limit(10)
            .map(e -> new FindingCount(e.getKey(), catalog.ruleTitle(e.getKey()), e.getValue()))
            .toList();
    return new View(selection.year(), selection.years(), byDepartment.size(), visible.size(), total,
        states, grades, lines, findings);
  }
}
