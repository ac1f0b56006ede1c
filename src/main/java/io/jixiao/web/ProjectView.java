package io.jixiao.web;

import io.jixiao.model.Indicator;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import io.jixiao.model.TargetValue;
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

  /** One indicator row; a span of 0 means the cell is merged into the row above. */
  record Row(
      int number,
      Indicator indicator,
      int level1Span,
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
    List<Indicator> indicators = p.indicators();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator ind = indicators.get(i);
      int l1Span = 0;
      if (i == 0 || !same(indicators.get(i - 1).level1(), ind.level1())) {
        l1Span = 1;
        while (i + l1Span < indicators.size()
            && same(indicators.get(i + l1Span).level1(), ind.level1())) {
          l1Span++;
        }
      }
      int l2Span = 0;
      if (i == 0 || l1Span > 0 || !same(indicators.get(i - 1).level2(), ind.level2())) {
        l2Span = 1;
        while (i + l2Span < indicators.size()
            && same(indicators.get(i + l2Span).level2(), ind.level2())
            && same(indicators.get(i + l2Span).level1(), ind.level1())) {
          l2Span++;
        }
      }
      rows.add(new Row(i + 1, ind, l1Span, l2Span, kind(ind.target()), review.onRow(i + 1)));
    }
    List<String> plan = new ArrayList<>();
    if (p.spendingPlan() != null) {
      for (Percent c : p.spendingPlan().checkpoints()) {
        plan.add(c == null ? "" : c.toString());
      }
    }
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

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }

  /** The parsed value in words, shown beside the printed value. */
  static String kind(TargetValue v) {
    if (v instanceof TargetValue.Quantity) {
      TargetValue.Quantity q = (TargetValue.Quantity) v;
      return "定量 " + q.sign().symbol() + q.number().toPlainString()
          + (q.unit() == null ? "" : q.unit());
    }
    if (v instanceof TargetValue.Deadline) {
      return "时限";
    }
    if (v instanceof TargetValue.Relative) {
      return "与上年比较";
    }
    if (v instanceof TargetValue.Qualitative) {
      return "定性";
    }
    if (v instanceof TargetValue.Blank) {
      return "空白";
    }
    return "未能解析";
  }
}
