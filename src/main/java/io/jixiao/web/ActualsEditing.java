package io.jixiao.web;

import io.jixiao.audit.AuditLog;
import io.jixiao.monitor.ActualsLine;
import io.jixiao.monitor.ActualsLines;
import io.jixiao.monitor.ActualsProblem;
import io.jixiao.monitor.ActualsReadResult;
import io.jixiao.store.ActualsStore;
import io.jixiao.workflow.ProjectSummary;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;

/**
 * The actuals of one target table, read and entered through the page's form or the API: who may
 * read them (the department's editors and every other role; another department's editor is told
 * "not found"), who may enter them (the department's editors, once the table is approved or
 * published), and entering them: checked with the checks of an actuals file, stored and audited by
 * {@link ActualsRecording} only when nothing is an error.
 */
@Component
class ActualsEditing {

  /** What entering did, and the warnings of the lines entered. */
  record Outcome(io.jixiao.workflow.RecordActuals.Recorded recorded, List<ActualsProblem> warnings) {}

  private final Catalog catalog;
  private final ActualsStore store;
  private final ActualsRecording recording;
  private final AuditLog audit;

  ActualsEditing(
      Catalog catalog, ActualsStore store, ActualsRecording recording, AuditLog audit) {
    this.catalog = catalog;
    this.store = store;
    this.recording = recording;
    this.audit = audit;
  }

  /**
   * Table {@code id} if {@code viewer} may read its actuals.
   *
   * @throws WebException 404 otherwise
   */
  ProjectSummary readable(long id, Account viewer) {
    ProjectSummary t = catalog.target(id, viewer);
    if (!Access.canReadActuals(viewer, t.department())) {
      throw WebException.notFound("未找到编号为 " + id + " 的项目");
    }
    return t;
  }

  /** The page of table {@code id} as {@code viewer} sees it. */
  ActualsView view(long id, Account viewer) {
    ProjectSummary t = readable(id, viewer);
    ActualsTables.Table table = ActualsTables.of(t.department(), List.of(t), catalog).table(t);
    boolean own = Access.canChange(viewer, t.department());
    String closed = own ? ActualsTables.closed(t.state()) : null;
    return ActualsView.of(
        t,
        table.project(),
        catalog.document(t).budgetYear(),
        store.entries(t.source()).stream().filter(e -> e.key().equals(table.key())).toList(),
        own && closed == null,
        closed,
        audit.ofTarget(id).stream().filter(e -> e.action().startsWith("ACTUALS")).toList());
  }

  /**
   * Enters actuals for table {@code id}.
   *
   * @param lines the lines entered, given the table's source and seq
   * @param field the input field a problem of a line (number) and column (name) is about
   * @param from what the lines came from, for the import record: {@code 表单}, {@code 接口}
   * @throws WebException 404 when the editor may not read the table, 403 when not allowed to enter
   *     actuals for it, 400 with every problem by field when a line has an error (nothing stored)
   */
  Outcome enter(
      long id,
      BiFunction<String, Integer, List<ActualsLine>> lines,
      BiFunction<Integer, String, String> field,
      String from,
      Account editor) {
    ProjectSummary t = readable(id, editor);
    if (!Access.canChange(editor, t.department())) {
      throw WebException.forbidden("只有本部门的填报人员可以填报执行数据");
    }
    String closed = ActualsTables.closed(t.state());
    if (closed != null) {
      throw WebException.forbidden(closed);
    }
    ActualsTables tables = ActualsTables.of(t.department(), List.of(t), catalog);
    ActualsTables.Table table = tables.table(t);
    String name = from + " 项目 #" + id;
    ActualsReadResult result =
        ActualsLines.read(
            name,
            lines.apply(t.source(), table.project().seq()),
            List.of(catalog.document(t)),
            tables.scope(store.load(t.source())));
    if (!result.ok()) {
      Set<WebException.FieldProblem> problems = new LinkedHashSet<>();
      for (ActualsProblem p : result.errors()) {
        problems.add(new WebException.FieldProblem(field.apply(p.line(), p.column()), p.message()));
      }
      throw WebException.invalid(
          "执行数据有 " + problems.size() + " 处错误，未保存任何内容", List.copyOf(problems));
    }
    if (result.entries().isEmpty()) {
      throw WebException.invalid("没有填写任何实际值，未保存", List.of());
    }
    io.jixiao.workflow.RecordActuals.Recorded recorded =
        recording.record(name, "ACTUALS", result.entries(), editor);
    return new Outcome(recorded, result.warnings());
  }
}
