package io.jixiao.results;

import io.jixiao.evaluate.Evaluator;
import io.jixiao.monitor.Actuals;
import io.jixiao.monitor.ProjectActuals;
import io.jixiao.review.EvaluationPolicy;
import io.jixiao.review.LastYear;
import io.jixiao.review.PriorOutcome;
import io.jixiao.store.ActualsStore;
import io.jixiao.store.TargetStore;
import io.jixiao.model.Department;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 结果应用 (use of results): what a department's previous year says about its next-year targets.
 * For a document of department D and budget year Y it loads the stored current documents of D for
 * Y − 1 and scores the self-evaluation of every table of them that has stored actuals, with the
 * {@link Evaluator} under the rule pack's policy (recomputed on every call, nothing is cached: see
 * {@code docs/adr/0008-results-from-stored-actuals.md}). The review feeds the result to X3 and R1;
 * the web shows a project's outcome beside its draft.
 *
 * <p>Plain objects over the stores: no Spring context is needed. Thread-safe.
 */
public final class LastYearResults {

  private final TargetStore targets;
  private final ActualsStore actuals;
  private final Evaluator evaluator;

  public LastYearResults(TargetStore targets, ActualsStore actuals, EvaluationPolicy policy) {
    this.targets = Objects.requireNonNull(targets, "targets");
    this.actuals = Objects.requireNonNull(actuals, "actuals");
    this.evaluator = new Evaluator(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Last year's documents of the document's department with the outcome of each table that
   * reported actuals. Empty when the document names no department or year, or nothing of the
   * department is stored for the year before.
   *
   * @throws io.jixiao.store.StoreException when the database cannot be read
   */
  public Optional<LastYear> lastYear(TargetDocument document) {
    Department department = document.department();
    if (department == null || department.year() == null) {
      return Optional.empty();
    }
    int year = department.year() - 1;
    List<TargetDocument> documents = targets.loadCurrent(department.name(), year);
    if (documents.isEmpty()) {
      return Optional.empty();
    }
    Actuals reported = actuals.load(documents.stream().map(TargetDocument::source).toList());
    List<PriorOutcome> outcomes = new ArrayList<>();
    for (TargetDocument d : documents) {
      for (Project p : d.projects()) {
        if (p.seq() < 1) {
          continue;
        }
        Optional<ProjectActuals> a = reported.of(d.source(), p.seq());
        if (a.isPresent()) {
          outcomes.add(
              Outcomes.of(year, p, a.get(), evaluator.evaluate(d, p, a.get(), Map.of())));
        }
      }
    }
    return Optional.of(new LastYear(documents, outcomes));
  }

  /**
   * The outcome of last year's table that {@code project} of {@code document} continues (the same
   * 项目编码, else the same name without years); empty when there is none or it reported no
   * actuals. For many projects of one document, call {@link #lastYear} once and {@link
   * LastYear#outcomeOf} per project.
   */
  public Optional<PriorOutcome> of(TargetDocument document, Project project) {
    return lastYear(document).flatMap(ly -> ly.outcomeOf(project));
  }
}
