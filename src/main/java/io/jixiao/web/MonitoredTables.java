package io.jixiao.web;

import io.jixiao.monitor.Actuals;
import io.jixiao.monitor.ActualsEntry;
import io.jixiao.monitor.ProjectActuals;
import io.jixiao.store.ActualsStore;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.workflow.ProjectSummary;
import io.jixiao.workflow.ProjectWorkflows;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * What monitoring and self-evaluation work on: the approved and published tables (批复后的目标) a
 * viewer may monitor ({@link Access#canReadActuals}), by department and document, each document reduced
 * to those tables, with the stored actuals of their documents.
 */
@Component
class MonitoredTables {

  static final String NO_DEPARTMENT = "（未注明部门）";

  /** The tables of one document version that are monitored, with their workflow rows by number. */
  record Part(TargetDocument document, Map<Integer, ProjectSummary> rows) {}

  /** One department's monitored tables. */
  record Department(String name, List<Part> parts) {

    int tables() {
      return parts.stream().mapToInt(p -> p.rows().size()).sum();
    }
  }

  /**
   * Everything the viewer may monitor.
   *
   * @param pending the viewer's tables not approved yet, which are not monitored
   * @param selection the budget year shown and the years there are (for the year links); null for
   *     one table
   */
  record Scope(
      List<Department> departments, Actuals actuals, int pending, YearSelection selection) {

    /** The months any of the tables reported anything for, oldest first. */
    List<YearMonth> months() {
      Set<YearMonth> months = new TreeSet<>();
      for (ProjectActuals a : actuals.projects().values()) {
        months.addAll(a.spent().keySet());
        a.indicators().forEach(i -> months.add(i.period()));
      }
      return new ArrayList<>(months);
    }

    /**
     * The budget year monitored: the one selected, else the newest the tables' documents name; null
     * when none does.
     */
    Integer year() {
      if (selection != null && selection.year() != null) {
        return selection.year();
      }
      return departments.stream()
          .flatMap(d -> d.parts().stream())
          .map(p -> p.document().budgetYear())
          .filter(Objects::nonNull)
          .max(Integer::compare)
          .orElse(null);
    }

    boolean empty() {
      return departments.isEmpty();
    }
  }

  private final Catalog catalog;
  private final ActualsStore actuals;
  private final DepartmentGroups groups;
  private final ProjectWorkflows workflows;

  MonitoredTables(
      Catalog catalog, ActualsStore actuals, DepartmentGroups groups, ProjectWorkflows workflows) {
    this.catalog = catalog;
    this.actuals = actuals;
    this.groups = groups;
    this.workflows = workflows;
  }

  /**
   * The tables {@code viewer} may monitor, of the newest budget year: last year's published tables
   * stay in the system (their results are shown beside this year's drafts, 结果应用) but are not
   * summed with this year's; tables whose document names no year always count.
   */
  Scope of(Account viewer) {
    return of(viewer, null);
  }

  /**
   * The tables {@code viewer} may monitor of budget year {@code year} (a request parameter; blank:
   * the newest): in the first months of a year the finance bureau still scores last year's
   * self-evaluation while this year's tables are approved.
   */
  Scope of(Account viewer, String year) {
    List<ProjectSummary> mine =
        catalog.all().stream()
            .filter(t -> Access.canReadActuals(viewer, t.department()))
            .toList();
    List<ProjectSummary> shown =
        mine.stream().filter(t -> ActualsTables.monitored(t.state())).toList();
    YearSelection selection = YearSelection.of(shown, year);
    Scope s = scope(selection.tables(), mine.size() - shown.size());
    return new Scope(s.departments(), s.actuals(), s.pending(), selection);
  }

  /** The department of {@code name} as {@code viewer} may monitor it; 404 when there is none. */
  Scope department(Account viewer, String name) {
    return department(viewer, name, null);
  }

  /**
   * The department of {@code name} in budget year {@code year} (blank: the newest the viewer's
   * monitored tables name), read alone: its workflow rows, documents and actuals, not every
   * department's.
   */
  Scope department(Account viewer, String name, String year) {
    DepartmentGroups.Selection selection = groups.of(viewer, year);
    for (DepartmentGroups.Department d : selection.departments()) {
      if (d.name().equals(name)) {
        Integer shown = selection.years().year();
        List<ProjectSummary> tables =
            workflows.ofDepartment(d.stored()).stream()
                .filter(t -> ActualsTables.monitored(t.state()))
                .filter(t -> t.budgetYear() == null || shown == null
                    || shown.equals(t.budgetYear()))
                .toList();
        if (!tables.isEmpty()) {
          Scope s = scope(tables, 0);
          YearSelection years = new YearSelection(
              shown, selection.years().years(), List.of());
          return new Scope(s.departments(), s.actuals(), 0, years);
        }
      }
    }
    throw WebException.notFound("未找到部门“" + name + "”已批复的项目");
  }

  /**
   * Table {@code id} alone, when {@code viewer} may monitor it; "not found" for a table of another
   * department, so that neither it nor its actuals are revealed, and for a table not approved yet.
   */
  Scope table(long id, Account viewer) {
    ProjectSummary t = catalog.target(id, viewer);
    if (!Access.canReadActuals(viewer, t.department())) {
      throw WebException.notFound("未找到编号为 " + id + " 的项目");
    }
    if (!ActualsTables.monitored(t.state())) {
      throw WebException.notFound(
          "项目“" + t.projectName() + "”当前为“" + t.state().label() + "”，批复后才纳入运行监控和绩效自评");
    }
    return scope(List.of(t), 0);
  }

  private Scope scope(List<ProjectSummary> tables, int pending) {
    Map<String, Map<String, List<ProjectSummary>>> byDepartment = new TreeMap<>();
    for (ProjectSummary t : tables) {
      String department = t.department() == null ? NO_DEPARTMENT : t.department();
      byDepartment
          .computeIfAbsent(department, k -> new LinkedHashMap<>())
          .computeIfAbsent(t.source() + "\n" + t.docVersion(), k -> new ArrayList<>())
          .add(t);
    }
    List<Department> departments = new ArrayList<>();
    Map<String, Integer> years = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, List<ProjectSummary>>> d : byDepartment.entrySet()) {
      List<Part> parts = new ArrayList<>();
      for (List<ProjectSummary> rows : d.getValue().values()) {
        Part part = part(rows);
        parts.add(part);
        years.put(part.document().source(), part.document().budgetYear());
      }
      departments.add(new Department(d.getKey(), parts));
    }
    return new Scope(departments, ofBudgetYear(years), pending, null);
  }

  /**
   * The stored actuals of the documents {@code years} names by source, each reduced to the months
   * of its budget year: a month of another year (stored before the web refused them) neither dates
   * nor feeds monitoring and the self-evaluation.
   */
  private Actuals ofBudgetYear(Map<String, Integer> years) {
    List<ActualsEntry> entries = new ArrayList<>();
    years.forEach(
        (source, year) ->
            actuals.entries(source).stream()
                .filter(e -> year == null || e.period().getYear() == year)
                .forEach(entries::add));
    return ActualsEntry.assemble(entries);
  }

  /** The document of {@code rows} (one document version) reduced to their tables. */
  private Part part(List<ProjectSummary> rows) {
    TargetDocument doc = catalog.document(rows.get(0));
    List<Project> projects = new ArrayList<>();
    Map<Integer, ProjectSummary> bySeq = new LinkedHashMap<>();
    for (ProjectSummary t : rows) {
      Project p = catalog.project(t);
      projects.add(p);
      bySeq.put(p.seq(), t);
    }
    return new Part(
        new TargetDocument(doc.source(), doc.department(), doc.overall(), projects), bySeq);
  }
}
