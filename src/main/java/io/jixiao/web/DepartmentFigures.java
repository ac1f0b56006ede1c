package io.jixiao.web;

import io.jixiao.evaluate.EvaluationGrade;
import io.jixiao.monitor.DepartmentSummary;
import io.jixiao.model.Money;
import io.jixiao.monitor.Percentages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The one-row-per-department figures of the monitoring and self-evaluation overviews (issue 18):
 * each department's months with actuals, its monitoring total at a month and its self-evaluation
 * summary, computed from that department's tables alone and kept until its fingerprint
 * ({@link DepartmentGroups}: its workflow rows and its newest actuals import) moves. A request
 * computes only the departments that changed since; the totals are summed from the departments'
 * sums, as {@link DepartmentSummary} sums projects.
 */
@Component
class DepartmentFigures {

  /** How many computed departments are kept (a few per department and month asked for). */
  private static final int KEPT = 20_000;

  /**
   * A department's monitoring total at a month, with what the grand total sums: the budget and
   * spending of the projects having both, and the plan weighted by their budgets.
   */
  record MonitoringRow(
      String name, DepartmentSummary.Line total, BigDecimal planBudget, BigDecimal planned) {}

  /** A department's self-evaluation summary. */
  record EvaluationRow(
      String name,
      int projects,
      int scored,
      BigDecimal average,
      Map<EvaluationGrade, Integer> grades,
      int findings) {

    /** {@code 共 7 个项目：优 4，良 2，中 1，差 0}. */
    public String summary() {
      StringBuilder b = new StringBuilder("共 ").append(projects).append(" 个项目：");
      String sep = "";
      for (Map.Entry<EvaluationGrade, Integer> g : grades.entrySet()) {
        b.append(sep).append(g.getKey().label()).append(' ').append(g.getValue());
        sep = "，";
      }
      return b.toString();
    }
  }

  private record Key(String kind, String department, Integer year, String fingerprint, Object at) {}

  private final Map<Key, Object> kept =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
              return size() > KEPT;
            }
          });

  private final MonitoredTables tables;
  private final ExecutionMonitoring monitoring;
  private final SelfEvaluation evaluation;

  DepartmentFigures(
      MonitoredTables tables, ExecutionMonitoring monitoring, SelfEvaluation evaluation) {
    this.tables = tables;
    this.monitoring = monitoring;
    this.evaluation = evaluation;
  }

  /** The months any table of the departments reported anything for, oldest first. */
  List<YearMonth> months(Account viewer, DepartmentGroups.Selection s) {
    TreeSet<YearMonth> months = new TreeSet<>();
    for (DepartmentGroups.Department d : s.departments()) {
      months.addAll(
          this.<List<YearMonth>>get(
              new Key("months", d.name(), s.years().year(), d.fingerprint(), null),
              k -> scope(viewer, d, s).months()));
    }
    return new ArrayList<>(months);
  }

  /** Department {@code d}'s monitoring total at the end of {@code asOf}. */
  MonitoringRow monitoring(Account viewer, DepartmentGroups.Department d,
      DepartmentGroups.Selection s, YearMonth asOf) {
    return get(
        new Key("monitoring", d.name(), s.years().year(), d.fingerprint(), asOf),
        k -> {
          ExecutionMonitoring.View v = monitoring.view(scope(viewer, d, s), asOf.toString());
          ExecutionMonitoring.DepartmentView dv = v.departments().get(0);
          BigDecimal planBudget = BigDecimal.ZERO;
          BigDecimal planned = BigDecimal.ZERO;
          for (ExecutionMonitoring.ProjectLine p : dv.projects()) {
            Money b = p.table().budget();
            boolean both = b != null && p.table().spending().isPresent();
            BigDecimal plan = p.table().plan().map(c -> c.planned().value()).orElse(null);
            if (both && plan != null) {
              planBudget = planBudget.add(b.wan());
              planned = planned.add(b.wan().multiply(plan));
            }
          }
          return new MonitoringRow(d.name(), dv.total(), planBudget, planned);
        });
  }

  /** Department {@code d}'s self-evaluation summary. */
  EvaluationRow evaluation(
      Account viewer, DepartmentGroups.Department d, DepartmentGroups.Selection s) {
    return get(
        new Key("evaluation", d.name(), s.years().year(), d.fingerprint(), null),
        k -> {
          MonitoredTables.Scope scope = scope(viewer, d, s);
          SelfEvaluation.DepartmentView v =
              evaluation.department(scope.departments().get(0), scope);
          BigDecimal sum = BigDecimal.ZERO;
          int scored = 0;
          for (SelfEvaluation.ProjectLine p : v.ranking()) {
            if (p.evaluation().score() != null) {
              sum = sum.add(p.evaluation().score());
              scored++;
            }
          }
          BigDecimal average =
              scored == 0 ? null : sum.divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP);
          return new EvaluationRow(d.name(), v.ranking().size(), scored, average, v.grades(),
              v.findings().size());
        });
  }

  /** The total of {@code rows} as {@link DepartmentSummary} sums the projects of one. */
  static DepartmentSummary.Line total(List<MonitoringRow> rows) {
    BigDecimal budget = BigDecimal.ZERO;
    BigDecimal spent = BigDecimal.ZERO;
    BigDecimal planBudget = BigDecimal.ZERO;
    BigDecimal planned = BigDecimal.ZERO;
    int alerts = 0;
    int reported = 0;
    int projects = 0;
    int counted = 0;
    int noBudget = 0;
    int noSpending = 0;
    for (MonitoringRow r : rows) {
      DepartmentSummary.Line l = r.total();
      if (l.budget() != null && l.spent() != null) {
        budget = budget.add(l.budget().wan());
        spent = spent.add(l.spent().wan());
      }
      planBudget = planBudget.add(r.planBudget());
      planned = planned.add(r.planned());
      alerts += l.alerts();
      reported += l.reported();
      projects += l.base().projects();
      counted += l.base().counted();
      noBudget += l.base().noBudget();
      noSpending += l.base().noSpending();
    }
    BigDecimal rate = Percentages.share(spent, budget);
    BigDecimal plan =
        planBudget.signum() == 0 ? null : planned.divide(planBudget, 2, RoundingMode.HALF_UP);
    BigDecimal gap = rate == null || plan == null ? null : rate.subtract(plan);
    return new DepartmentSummary.Line(
        0,
        "合计",
        counted == 0 ? null : new Money(budget),
        counted == 0 ? null : new Money(spent),
        rate,
        plan,
        gap,
        alerts,
        reported,
        new DepartmentSummary.Base(projects, counted, noBudget, noSpending));
  }

  private MonitoredTables.Scope scope(
      Account viewer, DepartmentGroups.Department d, DepartmentGroups.Selection s) {
    return tables.department(
        viewer, d.name(), s.years().year() == null ? null : s.years().year().toString());
  }

  @SuppressWarnings("unchecked")
  private <T> T get(Key key, Function<Key, T> compute) {
    Object v = kept.get(key);
    if (v == null) {
      v = compute.apply(key);
      kept.put(key, v);
    }
    return (T) v;
  }
}
