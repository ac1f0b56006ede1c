package io.jixiao.web;

import io.jixiao.evaluate.EvaluationPeriod;
import io.jixiao.monitor.DepartmentSummary;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read-only pages of execution monitoring (运行监控) and self-evaluation (绩效自评): the
 * dashboard, a project's monitoring table, the results, a project's 自评表 and the downloads.
 */
@Controller
class MonitoringController {

  private final ExecutionMonitoring monitoring;
  private final SelfEvaluation evaluation;
  private final DepartmentGroups groups;
  private final DepartmentFigures figures;
  private final MonitoredTables tables;
  private final JsonMapper json;

  MonitoringController(
      ExecutionMonitoring monitoring,
      SelfEvaluation evaluation,
      DepartmentGroups groups,
      DepartmentFigures figures,
      MonitoredTables tables,
      JsonMapper json) {
    this.monitoring = monitoring;
    this.evaluation = evaluation;
    this.groups = groups;
    this.figures = figures;
    this.tables = tables;
    this.json = json;
  }

  /** How many departments a page of the overviews lists, and projects a department page. */
  static final int PAGE = 50;

  /**
   * The monitoring overview: one row per department (its total at the month), the departments'
   * grand total, a page of departments at a time.
   */
  record Overview(
      YearMonth asOf,
      List<YearMonth> months,
      BigDecimal floor,
      String floorMonth,
      DepartmentSummary.Line total,
      List<DepartmentFigures.MonitoringRow> departments,
      int page,
      int pages,
      int pending,
      YearSelection years) {

    public int projects() {
      return total.base().projects();
    }

    public int alerts() {
      return total.alerts();
    }
  }

  /** The self-evaluation overview: one row per department, a page at a time. */
  record EvaluationOverview(
      YearMonth asOf,
      EvaluationPeriod period,
      List<DepartmentFigures.EvaluationRow> departments,
      int page,
      int pages,
      int pending,
      YearSelection years) {}

  @GetMapping("/monitoring")
  String dashboard(
      @RequestParam(required = false) String month,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) Integer page,
      @AuthenticationPrincipal Account viewer,
      Model model) {
    if ((year == null || year.isBlank()) && month != null && !month.isBlank()) {
      year = String.valueOf(MonthParameter.parse(month, "month").getYear());
    } else if (year != null && !year.isBlank() && month != null && !month.isBlank()
        && !year.strip().equals(String.valueOf(MonthParameter.parse(month, "month").getYear()))) {
      month = null; // another year was chosen: its own latest month
    }
    DepartmentGroups.Selection s = groups.of(viewer, year);
    List<YearMonth> months = new ArrayList<>(figures.months(viewer, s));
    YearMonth asOf = monitoring.asOf(month, months, s.years().year());
    Collections.reverse(months);
    List<DepartmentFigures.MonitoringRow> rows = new ArrayList<>();
    for (DepartmentGroups.Department d : s.departments()) {
      rows.add(figures.monitoring(viewer, d, s, asOf));
    }
    Integer y = s.years().year();
    Map.Entry<Integer, BigDecimal> floor = monitoring.floor(asOf, y == null ? asOf.getYear() : y);
    int pages = Math.max(1, (rows.size() + PAGE - 1) / PAGE);
    int p = Paging.clamp(page == null ? 1 : page, rows.size(), PAGE);
    Overview view = new Overview(
        asOf,
        months,
        floor == null ? null : floor.getValue(),
        floor == null ? null : floor.getKey() + "月底",
        DepartmentFigures.total(rows),
        rows.subList((p - 1) * PAGE, Math.min(rows.size(), p * PAGE)),
        p,
        pages,
        s.pending(),
        s.years());
    model.addAttribute("view", view);
    years(view.years(), "/monitoring", model);
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("names", view.departments().stream().map(DepartmentFigures.MonitoringRow::name).toList());
    chart.put("rates", view.departments().stream().map(r -> r.total().rate()).toList());
    chart.put("plans", view.departments().stream().map(r -> r.total().plan()).toList());
    chart.put("floor", view.floor());
    chart.put("floorLabel", view.floorMonth() == null ? null : "本地区" + view.floorMonth() + "支出进度要求");
    model.addAttribute("chart", json.writeValueAsString(chart));
    return "monitoring";
  }

  /** One department's projects at the month, a page at a time, with their alerts. */
  @GetMapping("/monitoring/department")
  String department(
      @RequestParam String name,
      @RequestParam(required = false) String month,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) Integer page,
      @AuthenticationPrincipal Account viewer,
      Model model) {
    if ((year == null || year.isBlank()) && month != null && !month.isBlank()) {
      year = String.valueOf(MonthParameter.parse(month, "month").getYear());
    }
    ExecutionMonitoring.View view = monitoring.view(tables.department(viewer, name, year), month);
    ExecutionMonitoring.DepartmentView d = view.departments().get(0);
    int p = Paging.clamp(page == null ? 1 : page, d.projects().size(), PAGE);
    ExecutionMonitoring.DepartmentView shown = new ExecutionMonitoring.DepartmentView(
        d.name(), d.total(),
        d.projects().subList((p - 1) * PAGE, Math.min(d.projects().size(), p * PAGE)),
        d.alerts());
    model.addAttribute("view", view);
    model.addAttribute("d", shown);
    model.addAttribute("page", p);
    model.addAttribute("pages", Math.max(1, (d.projects().size() + PAGE - 1) / PAGE));
    model.addAttribute("chart", json.writeValueAsString(ExecutionMonitoring.chart(view, shown)));
    return "monitoring-department";
  }

  @GetMapping("/projects/{id}/monitoring")
  String project(
      @PathVariable long id,
      @RequestParam(required = false) String month,
      @AuthenticationPrincipal Account viewer,
      Model model) {
    ExecutionMonitoring.View view = monitoring.project(id, viewer, month);
    model.addAttribute("view", view);
    ExecutionMonitoring.ProjectLine line = view.departments().get(0).projects().get(0);
    model.addAttribute("line", line);
    model.addAttribute("history", ExecutionMonitoring.history(line.table()));
    return "project-monitoring";
  }

  @GetMapping("/evaluation")
  String results(
      @RequestParam(required = false) String year,
      @RequestParam(required = false) Integer page,
      @AuthenticationPrincipal Account viewer,
      Model model) {
    DepartmentGroups.Selection s = groups.of(viewer, year);
    List<YearMonth> months = figures.months(viewer, s);
    YearMonth asOf = months.isEmpty() ? null : months.get(months.size() - 1);
    List<DepartmentFigures.EvaluationRow> rows = new ArrayList<>();
    int pages = Math.max(1, (s.departments().size() + PAGE - 1) / PAGE);
    int p = Paging.clamp(page == null ? 1 : page, s.departments().size(), PAGE);
    for (DepartmentGroups.Department d : s.departments().subList(
        (p - 1) * PAGE, Math.min(s.departments().size(), p * PAGE))) {
      rows.add(figures.evaluation(viewer, d, s));
    }
    EvaluationOverview view = new EvaluationOverview(
        asOf, new EvaluationPeriod(s.years().year(), asOf), rows, p, pages, s.pending(),
        s.years());
    model.addAttribute("view", view);
    years(view.years(), "/evaluation", model);
    return "evaluation";
  }

  /** One department's ranking and findings, a page of the ranking at a time. */
  @GetMapping("/evaluation/department")
  String evaluationDepartment(
      @RequestParam String name,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) Integer page,
      @AuthenticationPrincipal Account viewer,
      Model model) {
    SelfEvaluation.View view = evaluation.department(viewer, name, year);
    SelfEvaluation.DepartmentView d = view.departments().get(0);
    int p = Paging.clamp(page == null ? 1 : page, d.ranking().size(), PAGE);
    int from = (p - 1) * PAGE;
    int to = Math.min(d.ranking().size(), p * PAGE);
    model.addAttribute("view", view);
    model.addAttribute("d", d);
    model.addAttribute("lines", d.ranking().subList(from, to));
    model.addAttribute("places", d.places().subList(from, to));
    model.addAttribute("page", p);
    model.addAttribute("pages", Math.max(1, (d.ranking().size() + PAGE - 1) / PAGE));
    return "evaluation-department";
  }

  /** The year bar of the page at {@code path}: the year shown and links to the others. */
  private static void years(YearSelection years, String path, Model model) {
    model.addAttribute("years", years);
    model.addAttribute(
        "yearLinks",
        years == null ? java.util.List.of() : years.links(UriComponentsBuilder.fromPath(path)));
  }

  @GetMapping("/projects/{id}/evaluation")
  String form(@PathVariable long id, @AuthenticationPrincipal Account viewer, Model model) {
    model.addAttribute("view", evaluation.project(id, viewer));
    return "project-evaluation";
  }

  @GetMapping("/evaluation/download")
  ResponseEntity<byte[]> download(
      @RequestParam String department,
      @RequestParam String format,
      @RequestParam(required = false) String year,
      @AuthenticationPrincipal Account viewer) {
    SelfEvaluation.Download d = evaluation.download(viewer, department, format, year);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(d.filename(), StandardCharsets.UTF_8).build()
                .toString())
        .contentType(MediaType.parseMediaType(d.contentType()))
        .body(d.bytes());
  }
}
