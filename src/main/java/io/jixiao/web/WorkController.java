package io.jixiao.web;

import io.jixiao.workflow.Deadlines;
import io.jixiao.workflow.Messages;
import io.jixiao.workflow.ProjectState;
import io.jixiao.workflow.ProjectSummary;
import io.jixiao.workflow.TakeWorkflowStep;
import io.jixiao.workflow.WorkQueue;
import io.jixiao.workflow.WorkflowException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 待办 (the queues of the viewer's role, batch steps over them, the lists the dashboard links to),
 * 站内消息, 截止时间 and 催办. Each handler checks who may act, makes one call and maps the result.
 */
@Controller
class WorkController {

  /** 北京时间: deadlines are dates in China. */
  static final ZoneId BEIJING = io.jixiao.model.BeijingTime.ZONE;

  private final WorkQueue queue;
  private final Messages messages;
  private final Deadlines deadlines;
  private final WorkflowSteps steps;
  private final Catalog catalog;
  private final Clock clock;

  WorkController(
      WorkQueue queue, Messages messages, Deadlines deadlines, WorkflowSteps steps,
      Catalog catalog, Clock clock) {
    this.queue = queue;
    this.messages = messages;
    this.deadlines = deadlines;
    this.steps = steps;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** One queue on the page: its name, count and tables. */
  record QueueView(WorkQueue.Queue queue, long count, List<ProjectSummary> tables) {
    public String getId() {
      return queue.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  @GetMapping("/todo")
  String todo(
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String rule,
      @AuthenticationPrincipal Account viewer,
      Model model) {
    Work work = Work.of(viewer);
    boolean filter = state != null && !state.isBlank() || rule != null && !rule.isBlank();
    if (work == null && (!filter || viewer == null || viewer.role().administrator())) {
      throw WebException.forbidden("待办只对部门填报人员和财政审核人员开放");
    }
    Integer y = year(year);
    LocalDate today = LocalDate.now(clock.withZone(BEIJING));
    int shownYear = y != null ? y : today.getYear();
    List<QueueView> queues = new ArrayList<>();
    for (Map.Entry<WorkQueue.Queue, Long> e : work == null ? Map.<WorkQueue.Queue, Long>of()
        .entrySet() : queue.counts(work.department(), y, today.getYear()).entrySet()) {
      queues.add(new QueueView(e.getKey(), e.getValue(),
          queue.list(e.getKey(), work.department(), y, today.getYear())));
    }
    model.addAttribute("queues", queues);
    model.addAttribute("reviewer", work != null && work.department() == null);
    model.addAttribute("year", y);
    model.addAttribute("deadlineYear", shownYear);
    model.addAttribute("deadlines", deadlines.of(shownYear));
    model.addAttribute("near", work == null ? List.of()
        : deadlines.noticeNear(viewer.getUsername(), work.department(), shownYear, today));
    model.addAttribute("today", today);
    model.addAttribute("phases", Deadlines.Phase.values());
    model.addAttribute("departments", departments(viewer));
    model.addAttribute("policy", steps.policy().key());
    if (filter) {
      model.addAttribute("filtered", filtered(viewer, y, state, rule));
      model.addAttribute("filterLabel", filterLabel(state, rule));
    }
    return "todo";
  }

  /**
   * A reviewer's batch step over the tables checked on the 待办 page: without {@code confirmed} the
   * confirmation page lists them; with it each table is stepped and reported.
   */
  @PostMapping("/todo/batch")
  String batch(
      @RequestParam String step,
      @RequestParam(name = "ids", required = false) List<Long> ids,
      @RequestParam(required = false) String comment,
      @RequestParam(required = false) String confirmed,
      @AuthenticationPrincipal Account viewer,
      Model model,
      RedirectAttributes redirect) {
    WorkflowSteps.Step s = batchStep(step);
    if (!Access.canReview(viewer)) {
      throw WebException.forbidden("只有财政审核人员可以批量" + s.label());
    }
    if (ids == null || ids.isEmpty()) {
      redirect.addFlashAttribute("error", "请先勾选要" + s.label() + "的项目");
      return "redirect:/todo";
    }
    if (confirmed == null) {
      List<ProjectSummary> tables = new ArrayList<>();
      Map<Long, Long> errors = new LinkedHashMap<>();
      for (long id : new TreeSet<>(ids)) {
        ProjectSummary t = catalog.target(id, viewer);
        tables.add(t);
        errors.put(id, (long) catalog.openErrors(id));
      }
      model.addAttribute("step", s);
      model.addAttribute("stepLabel", s.label());
      model.addAttribute("stepName", step);
      model.addAttribute("tables", tables);
      model.addAttribute("errors", errors);
      model.addAttribute("withErrors", errors.values().stream().filter(n -> n > 0).count());
      model.addAttribute("policy", steps.policy().key());
      model.addAttribute("comment", comment == null ? "" : comment);
      return "batch-confirm";
    }
    List<TakeWorkflowStep.Outcome> outcomes =
        steps.takeAll(List.copyOf(new TreeSet<>(ids)), s, comment, viewer);
    long taken = outcomes.stream().filter(TakeWorkflowStep.Outcome::taken).count();
    redirect.addFlashAttribute("message",
        "批量" + s.label() + "：" + taken + " 个项目已" + s.label()
            + (taken < outcomes.size() ? "，" + (outcomes.size() - taken) + " 个未处理" : ""));
    redirect.addFlashAttribute("outcomes", outcomes);
    return "redirect:/todo";
  }

  @GetMapping("/messages")
  String messages(@AuthenticationPrincipal Account viewer, Model model) {
    model.addAttribute("inbox", messages.of(viewer.getUsername(), 200));
    return "messages";
  }

  @PostMapping("/messages/{id}/read")
  String read(@PathVariable long id, @AuthenticationPrincipal Account viewer) {
    messages.markRead(viewer.getUsername(), id, clock.instant());
    return "redirect:/messages";
  }

  @PostMapping("/messages/read-all")
  String readAll(@AuthenticationPrincipal Account viewer, RedirectAttributes redirect) {
    int n = messages.markAllRead(viewer.getUsername(), clock.instant());
    redirect.addFlashAttribute("message", "已将 " + n + " 条消息标为已读");
    return "redirect:/messages";
  }

  @PostMapping("/deadlines")
  String deadline(
      @RequestParam int year,
      @RequestParam String phase,
      @RequestParam(required = false) String dueOn,
      @AuthenticationPrincipal Account viewer,
      RedirectAttributes redirect) {
    if (!Access.canReview(viewer)) {
      throw WebException.forbidden("只有财政审核人员可以设置截止时间");
    }
    Deadlines.Phase p;
    LocalDate due;
    try {
      p = Deadlines.Phase.valueOf(phase);
      due = dueOn == null || dueOn.isBlank() ? null : LocalDate.parse(dueOn.strip());
      deadlines.set(year, p, due, DocumentUpload.actor(viewer));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      redirect.addFlashAttribute("error", "截止时间未保存：请选择阶段，并按 2024-03-31 的格式填写日期（"
          + e.getMessage() + "）");
      return "redirect:/todo?year=" + year;
    }
    redirect.addFlashAttribute("message", year + " 年度" + p.label() + "截止时间"
        + (due == null ? "已取消" : "已设为 " + due));
    return "redirect:/todo?year=" + year;
  }

  @PostMapping("/remind")
  String remind(
      @RequestParam String department,
      @RequestParam String note,
      @AuthenticationPrincipal Account viewer,
      RedirectAttributes redirect) {
    if (!Access.canReview(viewer)) {
      throw WebException.forbidden("只有财政审核人员可以催办");
    }
    try {
      int sent = deadlines.remind(department, note, DocumentUpload.actor(viewer));
      redirect.addFlashAttribute("message",
          sent == 0 ? department + "没有可接收消息的填报人员，未发送"
              : "已向" + department + "的 " + sent + " 名填报人员发送催办消息");
    } catch (WorkflowException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/todo";
  }

  /** Whose work a viewer does: a reviewer (department null) or a department's editor; else null. */
  record Work(String department) {
    static Work of(Account viewer) {
      if (Access.canReview(viewer)) {
        return new Work(null);
      }
      if (Access.canEnterActuals(viewer)) {
        return new Work(viewer.department());
      }
      return null;
    }
  }

  private List<String> departments(Account viewer) {
    return catalog.visible(viewer).stream().map(ProjectSummary::department)
        .filter(d -> d != null).distinct().sorted().toList();
  }

  /** The tables a dashboard figure counts: in {@code state}, or with a finding of {@code rule}. */
  private List<ProjectSummary> filtered(Account viewer, Integer year, String state, String rule) {
    List<ProjectSummary> tables = new ArrayList<>();
    for (ProjectSummary t : catalog.visible(viewer)) {
      if (year != null && !year.equals(t.budgetYear())) {
        continue;
      }
      if (state != null && !state.isBlank() && !t.state().name().equals(state)) {
        continue;
      }
      if (rule != null && !rule.isBlank() && catalog.review(t, viewer).findings().stream()
          .noneMatch(f -> f.rule().equals(rule))) {
        continue;
      }
      tables.add(t);
    }
    return tables;
  }

  private static String filterLabel(String state, String rule) {
    if (rule != null && !rule.isBlank()) {
      return "有 " + rule + " 问题的项目";
    }
    for (ProjectState s : ProjectState.values()) {
      if (s.name().equals(state)) {
        return s.label() + "的项目";
      }
    }
    return "项目";
  }

  private static WorkflowSteps.Step batchStep(String step) {
    switch (step == null ? "" : step) {
      case "approve":
        return WorkflowSteps.Step.APPROVE;
      case "publish":
        return WorkflowSteps.Step.PUBLISH;
      case "return":
        return WorkflowSteps.Step.RETURN;
      default:
        throw WebException.badRequest("批量操作只能是批复、公开或退回");
    }
  }

  private static Integer year(String year) {
    if (year == null || !year.strip().matches("\\d{4}")) {
      return null;
    }
    return Integer.valueOf(year.strip());
  }
}
