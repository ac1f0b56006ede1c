package io.jixiao.web;

import io.jixiao.model.Indicator;
import io.jixiao.model.Project;
import io.jixiao.model.TargetValue;
import io.jixiao.model.ValueKind;
import io.jixiao.publish.PrintedTable;
import io.jixiao.workflow.ProjectState;
import io.jixiao.workflow.WorkflowStep;
import io.jixiao.workflow.ProjectSummary;
import io.jixiao.workflow.Transition;
import java.util.ArrayList;
import java.util.List;

/**
 * A target table laid out as printed: the header block, the indicator rows with the merged 一级/二级
 * cells (row spans) and the findings on the rows they concern, the workflow history, and what the
 * viewer may do with it.
 */
record ProjectView(
    ProjectSummary target,
    Project project,
    String department,
    ReviewResult review,
    List<Row> rows,
    List<ReviewFinding> headerFindings,
    List<String> plan,
    List<Transition> history,
    Actions actions) {

  /**
   * One indicator row of the {@link PrintedTable}: the printed 一级/二级指标 and the rows their cells
   * span (0: merged into the cell above), the parsed value in words and the row's findings.
   */
  record Row(
      int number,
      Indicator indicator,
      String level1,
      int level1Span,
      String level2,
      int level2Span,
      String valueKind,
      List<ReviewFinding> findings) {

    public String getCss() {
      if (findings.stream().anyMatch(f -> f.severity() == ReviewFinding.Severity.ERROR)) {
        return "row-error";
      }
      if (findings.stream().anyMatch(f -> f.severity() == ReviewFinding.Severity.WARNING)) {
        return "row-warning";
      }
      return findings.isEmpty() ? "" : "row-info";
    }
  }

  /** The buttons the viewer sees. */
  record Actions(
      boolean edit, boolean submit, boolean returnForRevision, boolean approve, boolean publish,
      boolean withdraw, boolean unpublish) {
    public boolean any() {
      return edit || submit || returnForRevision || approve || publish || withdraw || unpublish;
    }
  }

  static ProjectView of(
      ProjectSummary t,
      Project p,
      String department,
      ReviewResult review,
      List<Transition> history,
      Account viewer) {
    return of(t, p, department, review, history, viewer, false);
  }

  /** @param reviewStarted true when a reviewer started on the submitted table (no 撤回 then) */
  static ProjectView of(
      ProjectSummary t,
      Project p,
      String department,
      ReviewResult review,
      List<Transition> history,
      Account viewer,
      boolean reviewStarted) {
    PrintedTable printed = PrintedTable.of(p);
    List<Row> rows = new ArrayList<>();
    for (PrintedTable.IndicatorRow r : printed.indicators()) {
      Indicator ind = r.indicator();
      rows.add(
          new Row(
              r.number(),
              ind,
              r.level1(),
              r.level1Span(),
              r.level2(),
              r.level2Span(),
              kind(ind.target()),
              review.onRow(r.number())));
    }
    List<String> plan = printed.plan();
    ProjectState s = t.state();
    // the buttons come from the rules the use cases apply (a table no longer in its document is
    // not edited)
    boolean change = Access.canChange(viewer, t.department()) && s.editable() && t.present();
    boolean review2 = Access.canReview(viewer);
    Actions actions =
        new Actions(
            change,
            change && WorkflowStep.SUBMIT.allowedIn(s),
            review2 && WorkflowStep.RETURN.allowedIn(s),
            review2 && WorkflowStep.APPROVE.allowedIn(s),
            review2 && WorkflowStep.PUBLISH.allowedIn(s),
            Access.canChange(viewer, t.department()) && WorkflowStep.WITHDRAW.allowedIn(s)
                && !reviewStarted,
            review2 && WorkflowStep.UNPUBLISH.allowedIn(s));
    return new ProjectView(t, p, department, review, rows, review.onHeader(), plan, history,
        actions);
  }

  /** The parsed value in words, shown beside the printed value: its kind, and a quantity's target. */
  static String kind(TargetValue v) {
    String label = ValueKind.of(v).label();
    if (v instanceof TargetValue.Quantity) {
      TargetValue.Quantity q = (TargetValue.Quantity) v;
      return label + " " + q.sign().symbol() + q.number().toPlainString()
          + (q.unit() == null ? "" : q.unit());
    }
    return label;
  }
}
