package io.jixiao.web;

import io.jixiao.audit.AuditLog;
import io.jixiao.model.TargetDocument;
import io.jixiao.store.TargetQueries;
import io.jixiao.workflow.ProjectState;
import io.jixiao.workflow.ProjectSummary;
import io.jixiao.workflow.ProjectWorkflows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The read-only pages: login, 首页, department, project, public pages, audit log. */
@Controller
class PageController {

  private final Catalog catalog;
  private final Dashboard dashboard;
  private final ProjectWorkflows targets;
  private final AuditLog audit;
  private final JsonMapper json;
  private final TableLists lists;
  private final DialogueViews dialogue;

  /** Tables a department page shows at once. */
  static final int DEPARTMENT_PAGE = 100;

  /** Tables the public list shows at once. */
  static final int PUBLIC_PAGE = 100;

  PageController(
      Catalog catalog,
      Dashboard dashboard,
      ProjectWorkflows targets,
      AuditLog audit,
      JsonMapper json,
      TableLists lists,
      DialogueViews dialogue) {
    this.lists = lists;
    this.dialogue = dialogue;
    this.catalog = catalog;
    this.dashboard = dashboard;
    this.targets = targets;
    this.audit = audit;
    this.json = json;
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping("/")
  String home(
      @RequestParam(required = false) String year,
      @AuthenticationPrincipal Account viewer,
      Model model) {
    if (viewer != null && viewer.role().administrator()) { // 三员: no business pages
      return Access.canAudit(viewer) ? "redirect:/audit" : "redirect:/admin/users";
    }
    YearSelection years = lists.years(viewer, year);
    Dashboard.View view = dashboard.view(years, viewer);
    model.addAttribute("dash", view);
    model.addAttribute("chart", json.writeValueAsString(chart(view)));
    years(model, years, UriComponentsBuilder.fromPath("/"));
    return "dashboard";
  }

  @GetMapping("/departments")
  String department(
      @RequestParam String name,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String grade,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) Integer page,
      @AuthenticationPrincipal Account viewer,
      Model model) {
    TargetQueries.Filter everyYear =
        new TargetQueries.Filter(null, name, null, null, null, null, null, null, false);
    if (lists.count(viewer, everyYear) == 0) {
      throw WebException.notFound("未找到部门“" + name + "”的项目");
    }
    ListQuery query = ListQuery.of(year, name, state, grade, null, null, null, q, null, null, page);
    YearSelection years = lists.years(viewer, query.year());
    TargetQueries.Filter all = everyYear.withYear(years.year());
    long total = lists.count(viewer, all);
    TargetQueries.Filter filter = query.filter(years.year(), false);
    long shownCount = lists.count(viewer, filter);
    int p = Paging.clamp(query.page(), shownCount, DEPARTMENT_PAGE);
    List<ListRow> shown =
        lists.page(viewer, filter, TargetQueries.Sort.DEPARTMENT, false,
                (long) (p - 1) * DEPARTMENT_PAGE, DEPARTMENT_PAGE).stream()
            .map(ListRow::of)
            .toList();
    Map<String, TargetDocument> documents = new LinkedHashMap<>();
    for (ListRow t : shown) {
      documents.computeIfAbsent(t.source(), s -> catalog.document(t.source(), t.docVersion()));
    }
    model.addAttribute("name", name);
    model.addAttribute("documents", new ArrayList<>(documents.values()));
    model.addAttribute("targets", shown);
    model.addAttribute("shownCount", shownCount);
    model.addAttribute("total", total);
    model.addAttribute("budget", lists.budget(viewer, all));
    model.addAttribute("states", ProjectState.values());
    model.addAttribute("state", query.state() == null ? "" : query.state().name());
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("page", p);
    model.addAttribute("pages", Math.max(1, (shownCount + DEPARTMENT_PAGE - 1) / DEPARTMENT_PAGE));
    model.addAttribute("here",
        query.link("/departments", years.year()).replaceQueryParam("department")
            .queryParam("name", name).build().encode().toUriString());
    years(model, years, UriComponentsBuilder.fromPath("/departments").queryParam("name", name));
    return "department";
  }

  @GetMapping("/projects/{id}")
  String project(@PathVariable long id, @AuthenticationPrincipal Account viewer, Model model) {
    ProjectSummary t = catalog.target(id, viewer);
    model.addAttribute("view", view(t, viewer));
    model.addAttribute("audit", Access.canRead(viewer, t.department(), ProjectState.DRAFT)
        ? audit.ofTarget(id) : List.of());
    model.addAttribute("actualsLink", Access.canReadActuals(viewer, t.department()));
    model.addAttribute("lastYear", lastYear(t, viewer));
    model.addAttribute("dialogue", dialogue.view(t, viewer));
    return "project";
  }

  @GetMapping("/public")
  String publicList(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) Integer page,
      Model model) {
    YearSelection years = lists.publicYears(year);
    String query = q == null || q.isBlank() ? null : q.strip();
    TargetQueries.Filter filter =
        new TargetQueries.Filter(years.year(), null, ProjectState.PUBLISHED.name(), null, null,
            null, null, query, false);
    long count = lists.count(null, filter);
    int p = Paging.clamp(page == null ? 1 : page, count, PUBLIC_PAGE);
    Map<String, List<ListRow>> byDepartment = new LinkedHashMap<>();
    for (TargetQueries.Item i :
        lists.page(null, filter, TargetQueries.Sort.DEPARTMENT, false,
            (long) (p - 1) * PUBLIC_PAGE, PUBLIC_PAGE)) {
      ListRow t = ListRow.of(i);
      byDepartment
          .computeIfAbsent(t.department() == null ? Dashboard.NO_DEPARTMENT : t.department(),
              k -> new ArrayList<>())
          .add(t);
    }
    model.addAttribute("departments", byDepartment);
    model.addAttribute("count", count);
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("page", p);
    model.addAttribute("pages", Math.max(1, (count + PUBLIC_PAGE - 1) / PUBLIC_PAGE));
    UriComponentsBuilder here = UriComponentsBuilder.fromPath("/public");
    if (years.year() != null) {
      here.queryParam("year", years.year());
    }
    if (query != null) {
      here.queryParam("q", query);
    }
    model.addAttribute("here", here.build().encode().toUriString());
    UriComponentsBuilder pageLinks = UriComponentsBuilder.fromPath("/public");
    years(model, years, query == null ? pageLinks : pageLinks.queryParam("q", query));
    return "public-list";
  }

  @GetMapping("/public/projects/{id}")
  String publicProject(@PathVariable long id, Model model) {
    ProjectSummary t = catalog.target(id, null);
    model.addAttribute("view", view(t, null));
    return "public-project";
  }

  @GetMapping("/audit")
  String audit(
      @RequestParam(defaultValue = "1") int page,
      @AuthenticationPrincipal Account viewer,
      Model model) {
    if (!Access.canAudit(viewer)) {
      throw WebException.forbidden("只有审计管理员可以查看审计日志");
    }
    int size = 50;
    long count = audit.count();
    int p = Paging.clamp(page, count, size);
    model.addAttribute("entries", audit.newest((p - 1) * size, size));
    model.addAttribute("page", p);
    model.addAttribute("pages", Math.max(1, (count + size - 1) / size));
    model.addAttribute("count", count);
    return "audit";
  }

  /**
   * 结果应用: last year's self-evaluation of the project, for those who read the department's
   * drafts (not the public); null when there is none.
   */
  private LastYearPanel lastYear(ProjectSummary t, Account viewer) {
    if (!Access.canRead(viewer, t.department(), ProjectState.DRAFT)) {
      return null;
    }
    return LastYearPanel.of(catalog.lastYear(t), catalog.project(t), catalog.review(t, viewer))
        .orElse(null);
  }

  private ProjectView view(ProjectSummary t, Account viewer) {
    TargetDocument doc = catalog.document(t);
    return ProjectView.of(
        t,
        catalog.project(t),
        doc.department() == null ? null : doc.department().name(),
        catalog.review(t, viewer),
        targets.history(t.id()),
        viewer,
        viewer != null && targets.reviewStartedBy(t.id()).isPresent());
  }

  /** The budget year a list shows and links to {@code page} in the other years (year-parts). */
  private static void years(Model model, YearSelection years, UriComponentsBuilder page) {
    model.addAttribute("years", years);
    model.addAttribute("yearLinks", years.links(page));
  }

  /** The data of the four dashboard charts, read by dashboard.js. */
  private static Map<String, Object> chart(Dashboard.View v) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("departments", v.lines().stream().map(Dashboard.DepartmentLine::name).toList());
    c.put("budgets", v.lines().stream().map(Dashboard.DepartmentLine::budget).toList());
    c.put("states", v.states());
    c.put("grades", v.grades());
    c.put("findings", v.findings().stream().map(f -> f.rule() + " " + f.title()).toList());
    c.put("findingCounts", v.findings().stream().map(Dashboard.FindingCount::count).toList());
    return c;
  }
}
