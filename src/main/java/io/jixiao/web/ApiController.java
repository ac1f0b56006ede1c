package io.jixiao.web;

import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import io.jixiao.document.ImportProblem;
import io.jixiao.limits.Limits;
import io.jixiao.workflow.ProjectState;
import io.jixiao.workflow.ProjectSummary;
import io.jixiao.workflow.ProjectWorkflows;
import io.jixiao.workflow.Transition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The JSON API: the same operations and the same authorization as the pages. Errors are problem
 * details with a stable {@code code} and a Chinese {@code detail}.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@JsonApi
@Tag(name = "绩效目标", description = "预算项目绩效目标表的查询、修改、审核流程和导入")
class ApiController {

  private final Limits limits;

  /** A table in a list. */
  record TargetItem(
      long id,
      String source,
      int position,
      String department,
      String projectName,
      String projectCode,
      BigDecimal budgetTotal,
      Integer budgetYear,
      String state,
      String stateLabel,
      String grade,
      int revision) {}

  /** One finding, located. */
  record FindingItem(
      String rule, String severity, Integer row, String field, String message, String suggestion) {}

  /** A workflow step taken. */
  record HistoryItem(String from, String to, String actor, String at, String note) {}

  /** A table in full: its fields (as the edit form has them), findings, grade and history. */
  record TargetDetail(
      TargetItem target, ProjectForm content, List<FindingItem> findings,
      List<HistoryItem> history) {}

  /** The body of a workflow step: the revision seen (optional) and the comment (to return). */
  record StepRequest(Integer revision, String comment) {}

  /** The outcome of an edit. */
  record EditResult(
      boolean changed, int revision, int documentVersion, int fieldsChanged, TargetItem target,
      List<FindingItem> findings) {}

  /** The outcome of an upload. */
  record UploadResult(
      boolean stored, String source, String message, Integer version, List<ProblemItem> problems,
      List<TargetItem> tables, List<String> notes) {}

  /** An import problem, located. */
  record ProblemItem(
      String severity, String code, int line, Integer table, String field, String message) {}

  private final Catalog catalog;
  private final ProjectWorkflows targets;
  private final TargetEditing editing;
  private final WorkflowSteps steps;
  private final DocumentUpload upload;
  private final Dashboard dashboard;
  private final AuditLog audit;
  private final Users users;
  private final UserAdmin userAdmin;
  private final TableLists lists;

  ApiController(
      TableLists lists,
      Catalog catalog,
      ProjectWorkflows targets,
      TargetEditing editing,
      WorkflowSteps steps,
      DocumentUpload upload,
      Dashboard dashboard,
      AuditLog audit,
      Users users,
      UserAdmin userAdmin,
      Limits limits) {
    this.lists = lists;
    this.limits = limits;
    this.catalog = catalog;
    this.targets = targets;
    this.editing = editing;
    this.steps = steps;
    this.upload = upload;
    this.dashboard = dashboard;
    this.audit = audit;
    this.users = users;
    this.userAdmin = userAdmin;
  }

  @Operation(summary = "列出可见的绩效目标表（部门填报人员只能看到本部门和已公开的）；可按年度、部门、状态、等级、规则、预算数区间筛选，按名称、编码、指标内容搜索，排序（sort=department|name|code|budget|grade|state|findings|updated，dir=asc|desc）并分页")
  @GetMapping("/targets")
  List<TargetItem> list(
      @ParameterObject ListQuery.Params params,
      @RequestParam(required = false) Integer size,
      @AuthenticationPrincipal Account viewer,
      HttpServletResponse response) {
    ListQuery query = params.query();
    return items(viewer, query.filter(YearSelection.ofYears(List.of(), query.year()).year(), true),
        query, params.page(), size, response);
  }

  /** One page of the list of {@code filter}, counted and paged by the database. */
  private List<TargetItem> items(
      Account viewer, io.jixiao.store.TargetQueries.Filter filter, ListQuery query, Integer page,
      Integer size, HttpServletResponse response) {
    long count = lists.count(viewer, filter);
    int[] w = Paging.window(count, page, size, limits.pageSize(), response);
    return lists.page(viewer, filter, query.sort(), query.descending(), (long) (w[0] - 1) * w[1],
            w[1]).stream()
        .map(i -> item(ListRow.of(i)))
        .toList();
  }

  @Operation(summary = "一张绩效目标表的全部内容、审核发现和流程记录")
  @GetMapping("/targets/{id}")
  TargetDetail get(@PathVariable long id, @AuthenticationPrincipal Account viewer) {
    return detail(catalog.target(id, viewer), viewer);
  }

  @Operation(summary = "修改一张绩效目标表（须带上读取时的 revision；过期的修改返回 409）")
  @PutMapping(path = "/targets/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  EditResult edit(
      @PathVariable long id,
      @RequestBody ProjectForm form,
      @AuthenticationPrincipal Account editor) {
    io.jixiao.workflow.EditTable.Outcome o = editing.save(id, form, editor);
    ProjectSummary t = catalog.target(id, editor);
    return new EditResult(o.changed(), o.revision(), o.documentVersion(), o.fieldsChanged(),
        item(t, editor), findings(catalog.review(t, editor)));
  }

  @Operation(summary = "流程操作：submit 提交、return 退回（须填意见）、approve 批复（有错误时按规则包须填理由或不得批复）、publish 公开、withdraw 撤回（审核开始前）、unpublish 撤销公开（须填理由）")
  @PostMapping("/targets/{id}/{step:submit|return|approve|publish|withdraw|unpublish}")
  TargetItem step(
      @PathVariable long id,
      @PathVariable String step,
      @RequestBody(required = false) StepRequest body,
      @AuthenticationPrincipal Account actor) {
    WorkflowSteps.Step s = WorkflowSteps.Step.valueOf(step.toUpperCase(java.util.Locale.ROOT));
    steps.take(id, s, body == null ? null : body.revision(), body == null ? null : body.comment(),
        actor);
    return item(catalog.target(id, actor), actor);
  }

  @Operation(summary = "上传文件并导入（文本、JSON、DOCX、XLSX、PDF）；有错误时不保存，返回 422")
  @PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<UploadResult> upload(
      @RequestParam("file") MultipartFile file, @AuthenticationPrincipal Account uploader)
      throws IOException {
    DocumentUpload.Outcome o = upload.upload(file.getOriginalFilename(), file.getBytes(), uploader);
    UploadResult r =
        new UploadResult(
            o.stored(), o.source(), o.message(),
            o.document() == null ? null : o.document().version(),
            o.problems().stream().map(ApiController::problem).toList(),
            o.tables().stream().map(t -> item(t, uploader)).toList(),
            o.notes());
    return ResponseEntity.status(o.stored() ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_ENTITY)
        .body(r);
  }

  @Operation(summary = "首页统计：部门、项目、预算合计、审核等级、最常见的问题（year 年度，默认最新年度）")
  @GetMapping("/dashboard")
  Dashboard.View dashboard(
      @RequestParam(required = false) String year, @AuthenticationPrincipal Account viewer) {
    return dashboard.view(viewer, year);
  }

  @Operation(summary = "审计日志，最新的在前（审计管理员）")
  @GetMapping("/audit")
  List<AuditEntry> audit(
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "100") int limit,
      @AuthenticationPrincipal Account viewer) {
    if (!Access.canAudit(viewer)) {
      throw WebException.forbidden("只有审计管理员可以查看审计日志");
    }
    return audit.newest(Math.max(0, offset), Math.min(Math.max(1, limit), limits.pageSize()));
  }

  /** A user as listed (never the password hash). */
  record UserItem(
      long id, String username, String displayName, String role, String department,
      boolean enabled, boolean locked) {}

  @Operation(summary = "用户列表（系统管理员、安全管理员）")
  @GetMapping("/users")
  List<UserItem> users(
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      HttpServletResponse response) {
    return Paging.page(users.all(), page, size, limits.pageSize(), response).stream()
        .map(a -> new UserItem(a.id(), a.getUsername(), a.displayName(), a.role().name(),
            a.department(), a.isEnabled(), !a.isAccountNonLocked()))
        .toList();
  }

  @Operation(summary = "创建用户（系统管理员）")
  @PostMapping(path = "/users", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<UserItem> createUser(
      @RequestBody UserAdmin.NewUser body, @AuthenticationPrincipal Account admin) {
    long id = userAdmin.create(body, admin);
    Account a = users.find(id).orElseThrow();
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new UserItem(a.id(), a.getUsername(), a.displayName(), a.role().name(),
            a.department(), a.isEnabled(), false));
  }

  @Operation(summary = "已公开的绩效目标表（无需登录）；year 年度，q 搜索项目名称、编码")
  @GetMapping("/public/targets")
  List<TargetItem> published(
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      HttpServletResponse response) {
    ListQuery query = ListQuery.of(year, null, ProjectState.PUBLISHED.name(), null, null, null,
        null, q, null, null, 1);
    return items(null, query.filter(YearSelection.ofYears(List.of(), query.year()).year(), false),
        query, page, size, response);
  }

  @Operation(summary = "一张已公开的绩效目标表（无需登录）")
  @GetMapping("/public/targets/{id}")
  TargetDetail publishedOne(@PathVariable long id) {
    TargetDetail d = detail(catalog.target(id, null), null);
    return new TargetDetail(d.target(), d.content(), d.findings(),
        d.history().stream().map(this::withoutName).toList());
  }

  /** A step as the public sees it: by a role (财政审核人员), never by an internal user name. */
  private HistoryItem withoutName(HistoryItem h) {
    String role = users.find(h.actor()).map(a -> a.role().label())
        .orElse(h.actor().startsWith("命令行") ? "命令行" : "系统");
    return new HistoryItem(h.from(), h.to(), role, h.at(), h.note());
  }

  private TargetDetail detail(ProjectSummary t, Account viewer) {
    ReviewResult r = catalog.review(t, viewer);
    List<HistoryItem> history =
        targets.history(t.id()).stream().map(ApiController::history).toList();
    return new TargetDetail(item(t, viewer), ProjectForm.of(catalog.project(t), t.revision()),
        findings(r), history);
  }

  private static TargetItem item(ListRow t) {
    return new TargetItem(
        t.id(), t.source(), t.position(), t.department(), t.projectName(), t.projectCode(),
        t.budgetTotal(), t.budgetYear(), t.state().name(), t.state().label(), t.gradeLabel(),
        t.revision());
  }

  private TargetItem item(ProjectSummary t, Account viewer) {
    return new TargetItem(
        t.id(), t.source(), t.position(), t.department(), t.projectName(), t.projectCode(),
        t.budgetTotal(), t.budgetYear(), t.state().name(), t.state().label(),
        catalog.review(t, viewer).grade().label(),
        t.revision());
  }

  private static List<FindingItem> findings(ReviewResult r) {
    return r.findings().stream()
        .map(f -> new FindingItem(f.rule(), f.severity().name(), f.row(), f.field(), f.message(),
            f.suggestion()))
        .toList();
  }

  private static HistoryItem history(Transition t) {
    return new HistoryItem(t.from().name(), t.to().name(), t.actor(), t.at().toString(), t.note());
  }

  private static ProblemItem problem(ImportProblem p) {
    return new ProblemItem(p.severity().name(), p.code(), p.line(), p.table(), p.field(),
        p.message());
  }
}
