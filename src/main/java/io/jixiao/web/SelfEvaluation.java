package io.jixiao.web;

import io.jixiao.evaluate.DepartmentEvaluation;
import io.jixiao.evaluate.EvaluationFormat;
import io.jixiao.evaluate.EvaluationGrade;
import io.jixiao.evaluate.EvaluationPeriod;
import io.jixiao.evaluate.Evaluator;
import io.jixiao.evaluate.Form;
import io.jixiao.evaluate.ProjectEvaluation;
import io.jixiao.evaluate.Weights;
import io.jixiao.review.Finding;
import io.jixiao.model.TargetDocument;
import io.jixiao.workflow.ProjectSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The self-evaluation (绩效自评) of the approved and published tables a viewer may see, a mid-year
 * estimate (年中测算) until the actuals reach December of the budget year:
 * {@link Evaluator} over each department's tables with every actual stored (the latest spending
 * and indicator results), the ranking, the findings E1–E4, each project's 项目支出绩效自评表 and the
 * department's downloads.
 */
@Component
class SelfEvaluation {

  /** One project's self-evaluation with its workflow row. */
  record ProjectLine(ProjectSummary target, ProjectEvaluation evaluation) {}

  /** A finding about a project. */
  record FindingLine(ProjectSummary target, ProjectEvaluation evaluation, Finding finding) {}

  /** One department's results: the ranking (best first) and the findings. */
  record DepartmentView(
      String name,
      List<ProjectLine> ranking,
      Map<EvaluationGrade, Integer> grades,
      List<FindingLine> findings) {

    /** The place of each line of the ranking, null for a project that is not ranked. */
    public List<Integer> places() {
      List<Integer> places = new ArrayList<>();
      int place = 0;
      for (ProjectLine line : ranking) {
        places.add(line.evaluation().ranked() ? ++place : null);
      }
      return places;
    }

    /** {@code 共 7 个项目：优 4，良 2，中 1，差 0}. */
    public String summary() {
      StringBuilder b = new StringBuilder("共 ").append(ranking.size()).append(" 个项目：");
      String sep = "";
      for (Map.Entry<EvaluationGrade, Integer> g : grades.entrySet()) {
        b.append(sep).append(g.getKey().label()).append(' ').append(g.getValue());
        sep = "，";
      }
      return b.toString();
    }
  }

  /**
   * The results page.
   *
   * @param asOf the latest month of the budget year any of the tables reported, null when none did
   * @param period the budget year and that month: in mid-year a 年中测算, not the 年终自评
   * @param pending the viewer's tables not approved yet, not evaluated
   */
  record View(
      YearMonth asOf,
      EvaluationPeriod period,
      List<DepartmentView> departments,
      int pending,
      YearSelection years) {}

  /** One project's self-evaluation form. */
  record ProjectView(ProjectLine line, Form form, YearMonth asOf, EvaluationPeriod period) {}

  /** A file to download. */
  record Download(String filename, String contentType, byte[] bytes) {}

  private final MonitoredTables tables;
  private final Evaluator evaluator;

  SelfEvaluation(MonitoredTables tables, Evaluator evaluator) {
    this.tables = tables;
    this.evaluator = evaluator;
  }

  View view(Account viewer) {
    return view(viewer, null);
  }

  /** The self-evaluation of budget year {@code year} (blank: the newest). */
  View view(Account viewer, String year) {
    MonitoredTables.Scope scope = tables.of(viewer, year);
    List<DepartmentView> departments = new ArrayList<>();
    for (MonitoredTables.Department d : scope.departments()) {
      departments.add(department(d, scope));
    }
    return new View(
        latest(scope), period(scope), departments, scope.pending(), scope.selection());
  }

  /** The self-evaluation of department {@code name} alone in budget year {@code year}. */
  View department(Account viewer, String name, String year) {
    MonitoredTables.Scope scope = tables.department(viewer, name, year);
    return new View(
        latest(scope),
        period(scope),
        List.of(department(scope.departments().get(0), scope)),
        0,
        scope.selection());
  }

  ProjectView project(long id, Account viewer) {
    MonitoredTables.Scope scope = tables.table(id, viewer);
    ProjectLine line = department(scope.departments().get(0), scope).ranking().get(0);
    EvaluationPeriod period = period(scope);
    return new ProjectView(line, Form.of(line.evaluation(), period), latest(scope), period);
  }

  /** The department's 自评表 as XLSX or DOCX. */
  Download download(Account viewer, String department, String format) {
    return download(viewer, department, format, null);
  }

  /** The department's 自评表 of budget year {@code year} (blank: the newest). */
  Download download(Account viewer, String department, String format, String year) {
    EvaluationFormat f = EvaluationFormat.of(format == null ? "" : format);
    if (f == null || !f.binary()) {
      String message = "下载格式“" + format + "”不支持，可选 xlsx 或 docx";
      throw WebException.invalid(
          message, List.of(new WebException.FieldProblem("format", message)));
    }
    MonitoredTables.Scope scope = tables.department(viewer, department, year);
    EvaluationPeriod period = period(scope);
    DepartmentEvaluation evaluation = evaluate(scope.departments().get(0), scope).of(period);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      f.write(evaluation, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String extension = f.name().toLowerCase(Locale.ROOT);
    String type =
        f == EvaluationFormat.XLSX
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    return new Download(
        period.title(department + "项目支出绩效自评表") + "." + extension, type, out.toByteArray());
  }

  DepartmentView department(MonitoredTables.Department d, MonitoredTables.Scope scope) {
    DepartmentEvaluation evaluation = evaluate(d, scope);
    Map<String, ProjectSummary> rows = new HashMap<>();
    for (MonitoredTables.Part part : d.parts()) {
      part.rows().forEach((seq, t) -> rows.put(part.document().source() + "#" + seq, t));
    }
    List<ProjectLine> ranking = new ArrayList<>();
    List<FindingLine> findings = new ArrayList<>();
    for (ProjectEvaluation e : evaluation.ranking()) {
      ProjectSummary t = rows.get(e.source() + "#" + e.seq());
      ranking.add(new ProjectLine(t, e));
    }
    for (ProjectEvaluation e : evaluation.projects()) {
      ProjectSummary t = rows.get(e.source() + "#" + e.seq());
      e.findings().forEach(f -> findings.add(new FindingLine(t, e, f)));
    }
    return new DepartmentView(d.name(), ranking, evaluation.grades(), findings);
  }

  private DepartmentEvaluation evaluate(MonitoredTables.Department d, MonitoredTables.Scope scope) {
    List<TargetDocument> documents = d.parts().stream().map(MonitoredTables.Part::document).toList();
    return evaluator.evaluate(documents, scope.actuals(), Weights.NONE);
  }

  /** The budget year evaluated and the month its actuals run to. */
  private static EvaluationPeriod period(MonitoredTables.Scope scope) {
    return new EvaluationPeriod(scope.year(), latest(scope));
  }

  private static YearMonth latest(MonitoredTables.Scope scope) {
    List<YearMonth> months = scope.months();
    return months.isEmpty() ? null : months.get(months.size() - 1);
  }
}
