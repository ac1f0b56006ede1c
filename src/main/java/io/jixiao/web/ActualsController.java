package io.jixiao.web;

import io.jixiao.monitor.ActualsProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** The actuals pages: a table's actuals with the entry form; the department's template, upload. */
@Controller
class ActualsController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ActualsEditing editing;
  private final ActualsUpload upload;

  ActualsController(ActualsEditing editing, ActualsUpload upload) {
    this.editing = editing;
    this.upload = upload;
  }

  @GetMapping("/projects/{id}/actuals")
  String page(
      @PathVariable long id,
      @RequestParam(required = false) String period,
      @AuthenticationPrincipal Account viewer,
      Model model) {
    ActualsView view = editing.view(id, viewer);
    model.addAttribute("view", view);
    model.addAttribute("form", ActualsForm.of(view, month(period)));
    model.addAttribute("errors", Map.of());
    return "actuals";
  }

  @PostMapping("/projects/{id}/actuals")
  String save(
      @PathVariable long id,
      @ModelAttribute("form") ActualsForm form,
      @AuthenticationPrincipal Account editor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      ActualsEditing.Outcome o = editing.enter(id, form::lines, ActualsForm::field, "表单", editor);
      String message =
          o.recorded().changed()
              ? "已保存 " + form.getPeriod().strip() + " 的执行数据：" + o.recorded().summary()
              : "与已保存的执行数据相同，没有变化";
      redirect.addFlashAttribute("message", message);
      if (!o.warnings().isEmpty()) {
        redirect.addFlashAttribute(
            "warnings", o.warnings().stream().map(ActualsProblem::message).distinct().toList());
      }
      return "redirect:/projects/" + id + "/actuals";
    } catch (WebException e) {
      if (e.status() != 400) {
        throw e;
      }
      response.setStatus(400);
      Map<String, String> errors = new LinkedHashMap<>();
      for (WebException.FieldProblem p : e.problems()) {
        errors.merge(p.field(), p.message(), (a, b) -> a + "；" + b);
      }
      model.addAttribute("error", e.getMessage());
      model.addAttribute("errors", errors);
      model.addAttribute("view", editing.view(id, editor));
      return "actuals";
    }
  }

  @GetMapping("/actuals/upload")
  String uploadPage(@AuthenticationPrincipal Account editor, Model model) {
    model.addAttribute("tables", upload.tables(editor));
    return "actuals-upload";
  }

  @PostMapping("/actuals/upload")
  String upload(
      @RequestParam("file") MultipartFile file,
      @AuthenticationPrincipal Account editor,
      Model model,
      HttpServletResponse response)
      throws IOException {
    model.addAttribute("tables", upload.tables(editor));
    if (file == null || file.isEmpty()) {
      response.setStatus(400);
      model.addAttribute("error", "请选择要上传的执行数据文件（填好的 XLSX 模板或 CSV 文件）");
      return "actuals-upload";
    }
    ActualsUpload.Outcome outcome =
        upload.upload(file.getOriginalFilename(), file.getBytes(), editor);
    if (!outcome.stored()) {
      response.setStatus(422);
    }
    model.addAttribute("outcome", outcome);
    return "actuals-upload";
  }

  @GetMapping("/actuals/template.xlsx")
  ResponseEntity<byte[]> template(
      @RequestParam(required = false) String period, @AuthenticationPrincipal Account editor) {
    YearMonth month = month(period);
    byte[] xlsx = upload.template(editor, month);
    String name = editor.department() + "-执行数据" + (month == null ? "" : "-" + month) + ".xlsx";
    ContentDisposition attachment =
        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build();
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
        .body(xlsx);
  }

  /** {@code 2024-06} or {@code 2024-6} as a month; null when absent; 400 when not a month. */
  static YearMonth month(String period) {
    return MonthParameter.parse(period, "period");
  }
}
