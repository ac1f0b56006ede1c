package io.jixiao.web;

import io.jixiao.monitor.ActualsFiles;
import io.jixiao.monitor.ActualsProblem;
import io.jixiao.monitor.ActualsReadResult;
import io.jixiao.monitor.ActualsTemplate;
import io.jixiao.store.ActualsStore;
import io.jixiao.model.TargetDocument;
import io.jixiao.workflow.ProjectSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * A department's actuals as a file: the XLSX template of its approved and published tables, and
 * the upload of a filled template or an actuals CSV file. Every line must be about a table of the
 * uploader's department that is approved or published; a file with any error is refused whole and
 * stores nothing.
 */
@Component
class ActualsUpload {

  /** What became of an upload: stored or not, the summary, every problem with its location. */
  record Outcome(
      boolean stored,
      String file,
      String message,
      List<ActualsProblem> problems,
      io.jixiao.workflow.RecordActuals.Recorded recorded) {}

  private final Catalog catalog;
  private final ActualsRecording recording;
  private final ActualsStore store;

  ActualsUpload(Catalog catalog, ActualsRecording recording, ActualsStore store) {
    this.catalog = catalog;
    this.store = store;
    this.recording = recording;
  }

  /** The tables of the editor's department, by document and position. */
  List<ProjectSummary> tables(Account editor) {
    requireEditor(editor);
    return catalog.visible(editor).stream()
        .filter(t -> editor.department().equals(t.department()))
        .toList();
  }

  /** The tables of the editor's department that are open for actuals. */
  List<ProjectSummary> monitored(Account editor) {
    return tables(editor).stream().filter(t -> ActualsTables.monitored(t.state())).toList();
  }

  /**
   * The XLSX template of the department's approved and published tables.
   *
   * @param period the month to pre-fill, or null
   * @throws WebException 404 when the department has no such table
   */
  byte[] template(Account editor, YearMonth period) {
    List<ProjectSummary> monitored = monitored(editor);
    if (monitored.isEmpty()) {
      throw WebException.notFound("本部门（" + editor.department() + "）还没有已批复或已公开的项目，无需填报执行数据");
    }
    List<TargetDocument> documents =
        ofYear(ActualsTables.of(editor.department(), monitored, catalog).monitoredDocuments(),
            period);
    if (documents.isEmpty()) {
      throw WebException.notFound(
          "本部门（" + editor.department() + "）没有 " + period.getYear() + " 年度已批复或已公开的项目");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ActualsTemplate.write(documents, period, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * The documents of the budget year actuals are entered for: the year of {@code period}, else the
   * newest year (last year's published tables stay open for late corrections, but a month's template
   * holds that year's tables only). Documents without a year are always offered.
   */
  static List<TargetDocument> ofYear(List<TargetDocument> documents, YearMonth period) {
    Integer year =
        period != null
            ? Integer.valueOf(period.getYear())
            : documents.stream().map(TargetDocument::budgetYear).filter(Objects::nonNull)
                .max(Integer::compare).orElse(null);
    return documents.stream()
        .filter(d -> year == null || d.budgetYear() == null || year.equals(d.budgetYear()))
        .toList();
  }

  /** Reads a filled template or an actuals CSV file and stores it when it has no error. */
  Outcome upload(String fileName, byte[] bytes, Account editor) {
    List<ProjectSummary> tables = tables(editor);
    String name = DocumentUpload.sourceName(fileName);
    ActualsTables department = ActualsTables.of(editor.department(), tables, catalog);
    ActualsReadResult result =
        ActualsFiles.read(
            name,
            bytes,
            department.documents(),
            department.scope(
                store.load(
                    department.documents().stream().map(TargetDocument::source).toList())));
    if (!result.ok()) {
      return new Outcome(
          false, name, "文件有 " + result.errors().size() + " 处错误，未保存任何内容", result.problems(),
          null);
    }
    if (result.entries().isEmpty()) {
      return new Outcome(false, name, "文件中没有填写任何实际值，未保存", result.problems(), null);
    }
    io.jixiao.workflow.RecordActuals.Recorded recorded =
        recording.record(name, "ACTUALS_IMPORT", result.entries(), editor);
    return new Outcome(true, name, "已导入：" + recorded.summary(), result.problems(), recorded);
  }

  private static void requireEditor(Account editor) {
    if (!Access.canEnterActuals(editor)) {
      throw WebException.forbidden("只有部门填报人员可以下载模板和上传本部门的执行数据");
    }
  }
}
