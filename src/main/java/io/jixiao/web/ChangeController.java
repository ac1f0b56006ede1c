package io.jixiao.web;

import io.jixiao.workflow.ProjectState;
import io.jixiao.workflow.ProjectSummary;
import io.jixiao.workflow.WorkflowException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages that change something: edit, workflow buttons, upload. */
@Controller
class ChangeController {

  private final Catalog catalog;
  private final TargetEditing editing;
  private final WorkflowSteps steps;
  private final DocumentUpload upload;
  private final DialogueViews dialogue;
  private final io.jixiao.workflow.ProjectWorkflows targets;

  ChangeController(
      Catalog catalog, TargetEditing editing, WorkflowSteps steps, DocumentUpload upload,
      DialogueViews dialogue, io.jixiao.workflow.ProjectWorkflows targets) {
    this.dialogue = dialogue;
    this.targets = targets;
    this.catalog = catalog;
    this.editing = editing;
    this.steps = steps;
    this.upload = upload;
  }

  @GetMapping("/projects/{id}/edit")
  String edit(@PathVariable long id, @AuthenticationPrincipal Account editor, Model model) {
    ProjectSummary t = editable(id, editor);
    model.addAttribute("form", ProjectForm.of(catalog.project(t), t.revision()));
    model.addAttribute("target", t);
    model.addAttribute("lastYear", lastYear(t, editor));
    beside(t, editor, model);
    return "edit";
  }

  /** The 退回意见, the 审核意见 and the current findings beside the rows of the edit page. */
  private void beside(ProjectSummary t, Account editor, Model model) {
    ReviewResult review = catalog.review(t, editor);
    model.addAttribute("dialogue", dialogue.view(t, editor));
    model.addAttribute("headerFindings", review.onHeader());
    java.util.Map<Integer, java.util.List<ReviewFinding>> rows = new java.util.TreeMap<>();
    for (ReviewFinding f : review.findings()) {
      if (f.row() != null) {
        rows.computeIfAbsent(f.row(), r -> new java.util.ArrayList<>()).add(f);
      }
    }
    model.addAttribute("rowFindings", rows);
  }

  /**
   * The confirmation of a workflow step (a page, so that it works without JavaScript): what the
   * step does, the open 错误 before 批复 and the field for the comment or reason it needs.
   */
  @GetMapping("/projects/{id}/confirm")
  String confirm(
      @PathVariable long id,
      @RequestParam String step,
      @AuthenticationPrincipal Account actor,
      Model model) {
    WorkflowSteps.Step s = stepOf(step);
    ProjectSummary t = catalog.target(id, actor);
    if (!s.allowedFor(actor, t.department())) {
      throw WebException.forbidden(s.step().department()
          ? "只有本部门的填报人员可以" + s.label() + "该项目"
          : "只有财政审核人员可以" + s.label() + "项目");
    }
    model.addAttribute("target", t);
    model.addAttribute("step", s);
    model.addAttribute("stepLabel", s.label());
    model.addAttribute("stepName", step);
    model.addAttribute("allowed", s.step().allowedIn(t.state()));
    model.addAttribute("errors", s == WorkflowSteps.Step.APPROVE ? catalog.openErrors(id) : 0);
    model.addAttribute("policy", steps.policy().key());
    model.addAttribute("review", catalog.review(t, actor));
    return "confirm";
  }

  private static WorkflowSteps.Step stepOf(String step) {
    try {
      return WorkflowSteps.Step.valueOf(step.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw WebException.badRequest("未知的流程操作：" + step);
    }
  }

  @PostMapping("/projects/{id}/edit")
  String save(
      @PathVariable long id,
      @ModelAttribute("form") ProjectForm form,
      @AuthenticationPrincipal Account editor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      io.jixiao.workflow.EditTable.Outcome outcome = editing.save(id, form, editor);
      ProjectSummary t = catalog.target(id, editor);
      if (!outcome.changed()) {
        redirect.addFlashAttribute("message", "没有修改任何内容，未生成新版本");
      } else {
        redirect.addFlashAttribute(
            "message",
            "已保存：修改 " + outcome.fieldsChanged() + " 处，文件第 " + outcome.documentVersion()
                + " 版；重新审核结果：" + catalog.review(t, editor).grade().label());
      }
      return "redirect:/projects/" + id;
    } catch (WebException e) {
      if (e.status() != 400) {
        throw e;
      }
      response.setStatus(400);
      model.addAttribute("error", e.getMessage());
      model.addAttribute("problems", e.problems());
    } catch (WorkflowException e) {
      response.setStatus(409);
      model.addAttribute("error", e.getMessage());
      model.addAttribute("conflict", WorkflowException.CONFLICT.equals(e.code()));
    }
    ProjectSummary t = catalog.target(id, editor);
    model.addAttribute("target", t);
    model.addAttribute("lastYear", lastYear(t, editor));
    beside(t, editor, model);
    return "edit";
  }

  /** 结果应用 beside the draft being edited: last year's self-evaluation; null when none. */
  private LastYearPanel lastYear(ProjectSummary t, Account editor) {
    return LastYearPanel.of(catalog.lastYear(t), catalog.project(t), catalog.review(t, editor))
        .orElse(null);
  }

  @PostMapping("/projects/{id}/{step:submit|return|approve|publish|withdraw|unpublish}")
  String step(
      @PathVariable long id,
      @PathVariable String step,
      @RequestParam(required = false) Integer revision,
      @RequestParam(required = false) String comment,
      @AuthenticationPrincipal Account actor,
      RedirectAttributes redirect) {
    WorkflowSteps.Step s = WorkflowSteps.Step.valueOf(step.toUpperCase(java.util.Locale.ROOT));
    try {
      ProjectState now = steps.take(id, s, revision, comment, actor);
      redirect.addFlashAttribute("message", "已" + s.label() + "，项目当前状态：" + now.label());
    } catch (WorkflowException e) {
      redirect.addFlashAttribute("error", e.getMessage());
      if (WorkflowException.REASON_REQUIRED.equals(e.code())
          || WorkflowException.COMMENT_REQUIRED.equals(e.code())) {
        return "redirect:/projects/" + id + "/confirm?step=" + step;
      }
    }
    return "redirect:/projects/" + id;
  }

  @GetMapping("/upload")
  String uploadPage() {
    return "upload";
  }

  @PostMapping("/upload")
  String upload(
      @RequestParam("file") MultipartFile file,
      @AuthenticationPrincipal Account uploader,
      Model model,
      HttpServletResponse response)
      throws IOException {
    if (file == null || file.isEmpty()) {
      response.setStatus(400);
      model.addAttribute("error", "请选择要上传的文件（文本、JSON、DOCX、XLSX 或 PDF）");
      return "upload";
    }
    DocumentUpload.Outcome outcome =
        upload.upload(file.getOriginalFilename(), file.getBytes(), uploader);
    if (!outcome.stored()) {
      response.setStatus(422);
    }
    model.addAttribute("outcome", outcome);
    if (outcome.stored()) {
      java.util.Map<Long, ReviewResult> reviews = new java.util.LinkedHashMap<>();
      for (ProjectSummary t : outcome.tables()) {
        reviews.put(t.id(), catalog.review(t, uploader));
      }
      model.addAttribute("reviews", reviews);
    }
    return "upload";
  }

  private ProjectSummary editable(long id, Account editor) {
    ProjectSummary t = catalog.target(id, editor);
    if (!Access.canChange(editor, t.department())) {
      throw WebException.forbidden("只有本部门的填报人员可以修改该项目");
    }
    if (!t.state().editable()) {
      throw WebException.forbidden("项目当前为“" + t.state().label() + "”，不能修改；只有“编制中”或“已退回”的项目可以修改");
    }
    return t;
  }
}
