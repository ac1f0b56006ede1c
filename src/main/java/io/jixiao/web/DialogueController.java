package io.jixiao.web;

import io.jixiao.publish.ReviewOpinion;
import io.jixiao.workflow.Dialogue;
import io.jixiao.workflow.ProjectState;
import io.jixiao.workflow.ProjectSummary;
import io.jixiao.workflow.WorkflowException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dialogue on a table's review: the department's 说明 on a finding, the reviewer's 审核意见 on
 * an indicator, and the 审核意见书 (DOCX, PDF) that puts them together.
 */
@Controller
class DialogueController {

  private final Catalog catalog;
  private final Dialogue dialogue;
  private final DialogueViews views;
  private final Clock clock;

  DialogueController(Catalog catalog, Dialogue dialogue, DialogueViews views, Clock clock) {
    this.catalog = catalog;
    this.dialogue = dialogue;
    this.views = views;
    this.clock = clock;
  }

  @PostMapping("/projects/{id}/answers")
  String answer(
      @PathVariable long id,
      @RequestParam String rule,
      @RequestParam(required = false) Integer row,
      @RequestParam(required = false) String field,
      @RequestParam(required = false) String answer,
      @RequestParam(required = false) String back,
      @AuthenticationPrincipal Account editor,
      RedirectAttributes redirect) {
    ProjectSummary t = catalog.target(id, editor);
    if (!Access.canChange(editor, t.department())) {
      throw WebException.forbidden("只有本部门的填报人员可以对审核发现作出说明");
    }
    if (t.state() == ProjectState.PUBLISHED) {
      throw WebException.forbidden("项目已公开，不能再修改说明");
    }
    try {
      dialogue.answer(id, rule, row, blank(field) ? null : field, answer,
          DocumentUpload.actor(editor));
      redirect.addFlashAttribute("message", blank(answer) ? "说明已删除" : "说明已保存，审核人员可在审核发现旁看到");
    } catch (WorkflowException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/projects/" + id + ("edit".equals(back) ? "/edit" : "");
  }

  @PostMapping("/projects/{id}/comments")
  String comment(
      @PathVariable long id,
      @RequestParam int row,
      @RequestParam(required = false) String comment,
      @AuthenticationPrincipal Account reviewer,
      RedirectAttributes redirect) {
    ProjectSummary t = catalog.target(id, reviewer);
    if (!Access.canReview(reviewer)) {
      throw WebException.forbidden("只有财政审核人员可以填写审核意见");
    }
    if (!DialogueViews.canComment(reviewer, t)) {
      throw WebException.forbidden("项目当前为“" + t.state().label() + "”，只有“已提交”的项目可以填写审核意见");
    }
    if (row < 1 || row > catalog.project(t).indicators().size()) {
      throw WebException.badRequest("该项目没有第 " + row + " 行指标");
    }
    try {
      dialogue.comment(id, row, comment, DocumentUpload.actor(reviewer));
      redirect.addFlashAttribute("message", blank(comment) ? "第 " + row + " 行的审核意见已删除"
          : "第 " + row + " 行的审核意见已保存");
    } catch (WorkflowException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/projects/" + id;
  }

  @GetMapping("/projects/{id}/opinion.{format:docx|pdf}")
  ResponseEntity<byte[]> opinion(
      @PathVariable long id, @PathVariable String format, @AuthenticationPrincipal Account viewer)
      throws IOException {
    ProjectSummary t = catalog.target(id, viewer);
    if (!Access.canReadActuals(viewer, t.department())) {
      throw WebException.forbidden("审核意见书只对本部门和财政审核人员开放");
    }
    ReviewOpinion opinion = opinion(t, viewer);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean pdf = format.equals("pdf");
    if (pdf) {
      opinion.writePdf(out);
    } else {
      opinion.writeDocx(out);
    }
    String name = "审核意见书-" + t.projectName() + "." + format;
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build()
                .toString())
        .contentType(pdf ? MediaType.APPLICATION_PDF : MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
        .body(out.toByteArray());
  }

  /**
   * The 审核意见书 of a department's tables of one budget year (the newest when none is named), one
   * page each, for the department's editors and the reviewers.
   */
  @GetMapping("/departments/opinion.{format:docx|pdf}")
  ResponseEntity<byte[]> departmentOpinion(
      @PathVariable String format,
      @RequestParam String name,
      @RequestParam(required = false) String year,
      @AuthenticationPrincipal Account viewer)
      throws IOException {
    if (!Access.canReadActuals(viewer, name)) {
      throw WebException.forbidden("审核意见书只对本部门和财政审核人员开放");
    }
    List<ProjectSummary> all = catalog.visible(viewer).stream()
        .filter(t -> name.equals(t.department())).toList();
    List<ProjectSummary> tables = YearSelection.of(all, year).tables();
    if (tables.isEmpty()) {
      throw WebException.notFound("未找到部门“" + name + "”的项目");
    }
    List<ReviewOpinion> opinions = new ArrayList<>();
    for (ProjectSummary t : tables) {
      opinions.add(opinion(t, viewer));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean pdf = format.equals("pdf");
    if (pdf) {
      ReviewOpinion.writePdf(opinions, out);
    } else {
      ReviewOpinion.writeDocx(opinions, out);
    }
    Integer shown = tables.get(0).budgetYear();
    return download("审核意见书-" + name + (shown == null ? "" : "-" + shown) + "." + format, pdf,
        out.toByteArray());
  }

  private static ResponseEntity<byte[]> download(String name, boolean pdf, byte[] body) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build()
                .toString())
        .contentType(pdf ? MediaType.APPLICATION_PDF : MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
        .body(body);
  }

  /** The 审核意见书 of table {@code t} as it stands. */
  ReviewOpinion opinion(ProjectSummary t, Account viewer) {
    ReviewResult review = catalog.review(t, viewer);
    DialogueViews.View d = views.view(t, viewer);
    List<io.jixiao.model.Indicator> indicators = catalog.project(t).indicators();
    List<ReviewOpinion.Item> items = new ArrayList<>();
    for (ReviewFinding f : review.findings()) {
      String where = f.row() == null ? "表头" : "第 " + f.row() + " 行"
          + (f.row() <= indicators.size() ? "（" + indicators.get(f.row() - 1).name() + "）" : "");
      if (f.getFieldLabel() != null) {
        where += " " + f.getFieldLabel();
      }
      items.add(new ReviewOpinion.Item(where, f.getSeverityLabel(), f.rule(), f.message(),
          d.answer(f.rule(), f.row(), f.field())));
    }
    List<ReviewOpinion.Comment> comments = new ArrayList<>();
    for (Dialogue.Comment c : d.comments().values()) {
      comments.add(new ReviewOpinion.Comment("第 " + c.row() + " 行"
          + (c.row() <= indicators.size() ? "（" + indicators.get(c.row() - 1).name() + "）" : ""),
          c.text()));
    }
    String conclusion = switch (t.state()) {
      case APPROVED, PUBLISHED -> "经审核，该项目绩效目标" + t.state().label() + "。";
      case RETURNED -> "经审核，该项目绩效目标需按上述意见修改后重新提交。";
      default -> "审核中：共发现错误 " + review.getErrors() + " 个、警告 " + review.getWarnings()
          + " 个、提示 " + review.getInfos() + " 个，审核等级“" + review.grade().label() + "”。";
    };
    return new ReviewOpinion(
        "绩效目标审核意见书",
        List.of(
            new ReviewOpinion.Line("部门", t.department()),
            new ReviewOpinion.Line("项目名称", t.projectName()),
            new ReviewOpinion.Line("项目编码", t.projectCode()),
            new ReviewOpinion.Line("预算年度", t.budgetYear() == null ? "" : t.budgetYear().toString()),
            new ReviewOpinion.Line("预算数（万元）",
                t.budgetTotal() == null ? "" : t.budgetTotal().toPlainString()),
            new ReviewOpinion.Line("当前状态", t.state().label()),
            new ReviewOpinion.Line("审核等级", review.grade().label())),
        items,
        comments,
        d.returnComment(),
        conclusion,
        "财政部门（审核人员）  " + LocalDate.now(clock.withZone(WorkController.BEIJING)));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
