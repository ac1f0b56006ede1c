package io.jixiao.results;

import io.jixiao.evaluate.IndicatorScore;
import io.jixiao.evaluate.ProjectEvaluation;
import io.jixiao.monitor.ProjectActuals;
import io.jixiao.review.PriorOutcome;
import io.jixiao.model.Project;
import java.util.ArrayList;
import java.util.List;

/** A table's self-evaluation as the review's {@link PriorOutcome}. */
final class Outcomes {

  private Outcomes() {}

  static PriorOutcome of(int year, Project p, ProjectActuals actuals, ProjectEvaluation e) {
    List<PriorOutcome.Missed> missed = new ArrayList<>();
    for (IndicatorScore i : e.indicators()) {
      if (i.part() != null && !i.met()) {
        missed.add(
            new PriorOutcome.Missed(
                i.row(),
                i.indicator().name(),
                i.indicator().value(),
                i.actual(),
                i.shownPoints(),
                i.shownWeight()));
      }
    }
    return new PriorOutcome(
        e.source(),
        e.seq(),
        e.name(),
        p.code(),
        p.budget() == null ? null : p.budget().total(),
        year,
        actuals.lastPeriod().orElse(null),
        e.score(),
        e.grade() == null ? null : e.grade().label(),
        missed);
  }
}
