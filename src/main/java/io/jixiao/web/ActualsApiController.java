package io.jixiao.web;

import io.jixiao.monitor.ActualsEntry;
import io.jixiao.monitor.ActualsLine;
import io.jixiao.monitor.ActualsProblem;
import io.jixiao.model.Indicator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The actuals (执行数据) in the JSON API, with the authorization of the pages: a table's actuals
 * read by its department's editors and every other role, entered by its department's editors once
 * it is approved or published; a department's file uploaded by its editors.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@JsonApi
@Tag(name = "执行数据", description = "批复后按月填报的累计支出、调整后预算数和指标实际完成值（双监控）")
class ActualsApiController {

  /** An indicator of the table, with its target (年度指标值). */
  record IndicatorItem(int row, String level1, String level2, String name, String target) {}

  /**
   * One line of actuals: {@code row} is {@code spent} (cumulative spending to the end of {@code
   * period}, 万元), {@code budget} (adjusted full-year budget, 万元) or the indicator's number.
   */
  record EntryItem(String period, String row, String value, String note) {}

  /** A table's actuals: the table, whether the caller may enter actuals, indicators, lines. */
  record ActualsDetail(
      long id,
      String source,
      int seq,
      String department,
      String projectName,
      String state,
      boolean canEnter,
      String closed,
      List<IndicatorItem> indicators,
      List<EntryItem> entries) {}

  /** The lines to enter for one table. */
  record EntriesRequest(List<EntryItem> entries) {}

  /** A problem of a line, located. */
  record ProblemItem(
      String severity, String code, String file, String sheet, int line, String column,
      String letter, String message) {}

  /** What entering did: lines new, replaced, equal to the stored; audit entries; warnings. */
  record EntriesResult(
      int created, int replaced, int unchanged, int changes, List<ProblemItem> warnings) {}

  /** The outcome of an upload. */
  record UploadResult(
      boolean stored, String file, String message, Integer created, Integer replaced,
      Integer unchanged, List<ProblemItem> problems) {}

  private final ActualsEditing editing;
  private final ActualsUpload upload;

  ActualsApiController(ActualsEditing editing, ActualsUpload upload) {
    this.editing = editing;
    this.upload = upload;
  }

  @Operation(summary = "一张绩效目标表的执行数据（本部门填报人员、审核、审计、管理人员）")
  @GetMapping("/targets/{id}/actuals")
  ActualsDetail get(@PathVariable long id, @AuthenticationPrincipal Account viewer) {
    ActualsView v = editing.view(id, viewer);
    List<IndicatorItem> indicators = new ArrayList<>();
    List<Indicator> list = v.project().indicators();
    for (int i = 0; i < list.size(); i++) {
      Indicator x = list.get(i);
      indicators.add(new IndicatorItem(i + 1, x.level1(), x.level2(), x.name(), x.value()));
    }
    return new ActualsDetail(
        v.target().id(), v.target().source(), v.project().seq(), v.target().department(),
        v.target().projectName(), v.target().state().name(), v.canEnter(), v.closed(), indicators,
        v.entries().stream().map(ActualsApiController::item).toList());
  }

  @Operation(
      summary = "填报一张已批复或已公开的表的执行数据（本部门填报人员）；有错误时不保存，返回 400 和每处错误（entries[i].value 等）")
  @PostMapping(path = "/targets/{id}/actuals", consumes = MediaType.APPLICATION_JSON_VALUE)
  EntriesResult enter(
      @PathVariable long id,
      @RequestBody EntriesRequest body,
      @AuthenticationPrincipal Account editor) {
    List<EntryItem> entries = body == null || body.entries() == null ? List.of() : body.entries();
    ActualsEditing.Outcome o =
        editing.enter(
            id,
            (source, seq) -> lines(entries, source, seq),
            ActualsApiController::field,
            "接口",
            editor);
    return new EntriesResult(
        o.recorded().created(), o.recorded().replaced(), o.recorded().unchanged(),
        o.recorded().changes(), o.warnings().stream().map(ActualsApiController::problem).toList());
  }

  @Operation(
      summary = "上传本部门的执行数据（填好的 XLSX 模板或 CSV 文件，部门填报人员）；有错误时不保存，返回 422 和每处错误")
  @PostMapping(path = "/actuals", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<UploadResult> upload(
      @RequestParam("file") MultipartFile file, @AuthenticationPrincipal Account editor)
      throws IOException {
    ActualsUpload.Outcome o = upload.upload(file.getOriginalFilename(), file.getBytes(), editor);
    io.jixiao.workflow.RecordActuals.Recorded r = o.recorded();
    UploadResult result =
        new UploadResult(
            o.stored(), o.file(), o.message(), r == null ? null : r.created(),
            r == null ? null : r.replaced(), r == null ? null : r.unchanged(),
            o.problems().stream().map(ActualsApiController::problem).toList());
    return ResponseEntity.status(o.stored() ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_ENTITY)
        .body(result);
  }

  private static List<ActualsLine> lines(List<EntryItem> entries, String source, int seq) {
    List<ActualsLine> lines = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      EntryItem e = entries.get(i) == null ? new EntryItem(null, null, null, null) : entries.get(i);
      lines.add(
          new ActualsLine(
              i + 1, source, Integer.toString(seq), e.row(), e.period(), e.value(), e.note()));
    }
    return lines;
  }

  /** {@code entries[0].value}: the entry (0-based) and field a problem of a line is about. */
  private static String field(int line, String column) {
    return "entries[" + (line - 1) + "]" + (column == null ? "" : "." + column);
  }

  private static EntryItem item(ActualsEntry e) {
    return new EntryItem(e.period().toString(), e.row(), e.value(), e.note());
  }

  private static ProblemItem problem(ActualsProblem p) {
    return new ProblemItem(p.severity().name(), p.code(), p.file(), p.sheet(), p.line(),
        p.column(), p.letter(), p.message());
  }
}
