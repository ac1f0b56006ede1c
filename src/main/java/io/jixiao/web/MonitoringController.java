package io.jixiao.web;

import java.nio.charset.StandardCharsets;
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
  private final JsonMapper json;

  MonitoringController(ExecutionMonitoring monitoring, SelfEvaluation evaluation, JsonMapper json) {
    this.monitoring = monitoring;
    this.evaluation = evaluation;
    this.json = json;
  }

  @GetMapping("/monitoring")
  String dashboard(
      @RequestParam(required = false) String month,
      @RequestParam(required = false) String year,
      @AuthenticationPrincipal Account viewer,
      Model model) {
    ExecutionMonitoring.View view = monitoring.view(viewer, month, year);
    model.addAttribute("view", view);
    years(view.years(), "/monitoring", model);
    model.addAttribute("chart", json.writeValueAsString(ExecutionMonitoring.chart(view, null)));
    model.addAttribute("charts", view.departments().stream()
        .map(d -> json.writeValueAsString(ExecutionMonitoring.chart(view, d))).toList());
    return "monitoring";
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
      @AuthenticationPrincipal Account viewer,
      Model model) {
    SelfEvaluation.View view = evaluation.view(viewer, year);
    model.addAttribute("view", view);
    years(view.years(), "/evaluation", model);
    return "evaluation";
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
