package io.jixiao.review;

import io.jixiao.monitor.Actuals;
import io.jixiao.monitor.DepartmentSummary;
import io.jixiao.monitor.MonitoringTable;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Runs every enabled rule of a rule pack on every table of a document, and the across-table rules
 * on the document, and grades the result. Built once per pack (rules compile their word lists
 * then); thread-safe and reusable. The monitoring rules (M1–M4) run only in {@link #monitor}, on
 * actuals, never in {@link #review}.
 */
public final class ReviewEngine {

  /** By row (the table as a whole first), then by rule; without boxing, it runs per table. */
  private static final Comparator<Finding> ORDER =
      (a, b) -> {
        int byRow = Integer.compare(rowOf(a), rowOf(b));
        return byRow != 0 ? byRow : a.rule().compareTo(b.rule());
      };

  private static int rowOf(Finding f) {
    Integer row = f.row();
    return row == null ? 0 : row;
  }

  private final RulePack pack;
  private final List<TableRule> tableRules = new ArrayList<>();
  private final List<DocumentRule> documentRules = new ArrayList<>();
  private final List<Severity> tableSeverities = new ArrayList<>();
  private final List<Severity> documentSeverities = new ArrayList<>();
  private final List<MonitoringRule> monitoringRules = new ArrayList<>();
  private final List<Severity> monitoringSeverities = new ArrayList<>();
  private final Grading grading;

  /** An engine with the default rule pack. */
  public ReviewEngine() {
    this(RulePack.defaults());
  }

  public ReviewEngine(RulePack pack) {
    this.pack = pack;
    for (Rules.Registration r : Rules.ALL) {
      RuleSettings settings = pack.settings(r.id());
      if (!settings.enabled()) {
        continue;
      }
      ReviewRule rule = r.factory().apply(settings);
      if (rule instanceof TableRule) {
        tableRules.add((TableRule) rule);
        tableSeverities.add(settings.severity());
      }
      if (rule instanceof DocumentRule) {
        documentRules.add((DocumentRule) rule);
        documentSeverities.add(settings.severity());
      }
      if (rule instanceof MonitoringRule) {
        monitoringRules.add((MonitoringRule) rule);
        monitoringSeverities.add(settings.severity());
      }
    }
    this.grading = new Grading(pack.grading());
  }

  public RulePack pack() {
    return pack;
  }

  public DocumentReview review(TargetDocument document) {
    return review(document, LastYear.NONE);
  }

  /**
   * Reviews a document; with last year's document of the same department (or null), X3 compares
   * recurring projects with last year's.
   */
  public DocumentReview review(TargetDocument document, TargetDocument previousYear) {
    return review(document, previousYear == null ? LastYear.NONE : LastYear.of(previousYear));
  }

  /**
   * Reviews a document with what is known of the department's previous year: X3 compares recurring
   * projects with last year's documents, R1 reads last year's self-evaluation outcomes.
   */
  public DocumentReview review(TargetDocument document, LastYear lastYear) {
    Objects.requireNonNull(lastYear, "lastYear");
    DocumentContext context = new DocumentContext(document, lastYear);
    List<TableContext> tables = context.tables();
    int[] seqs = new int[tables.size()];
    for (int i = 0; i < seqs.length; i++) {
      seqs[i] = tables.get(i).seq();
    }
    Findings out = new Findings(document.source(), seqs);
    for (TableContext t : tables) {
      out.table(t.index());
      for (int i = 0; i < tableRules.size(); i++) {
        TableRule rule = tableRules.get(i);
        out.rule(rule.id(), tableSeverities.get(i));
        rule.check(t, out);
      }
    }
    for (int i = 0; i < documentRules.size(); i++) {
      DocumentRule rule = documentRules.get(i);
      out.rule(rule.id(), documentSeverities.get(i));
      out.document();
      rule.check(context, out);
    }
    List<Finding> documentFindings = out.forDocument();
    List<TableReview> reviews = new ArrayList<>(tables.size());
    for (TableContext t : tables) {
      List<Finding> findings = out.forTable(t.index());
      if (findings.size() > 1) {
        findings.sort(ORDER);
      }
      Project p = t.project();
      reviews.add(
          new TableReview(
              p.seq(), t.displayName(), grading.grade(findings, documentFindings), findings));
    }
    return new DocumentReview(
        document.source(),
        pack.describe(),
        grading.documentGrade(reviews, documentFindings),
        reviews,
        documentFindings);
  }

  /**
   * Monitors a document at the end of {@code asOf} (双监控): measures every table against its actuals
   * (a table without actuals is listed as not reported) and runs the monitoring rules on them.
   */
  public DocumentMonitoring monitor(TargetDocument document, Actuals actuals, YearMonth asOf) {
    Objects.requireNonNull(actuals, "actuals");
    Objects.requireNonNull(asOf, "asOf");
    DocumentContext context = new DocumentContext(document, LastYear.NONE, actuals, asOf);
    List<TableContext> tables = context.tables();
    int[] seqs = new int[tables.size()];
    for (int i = 0; i < seqs.length; i++) {
      seqs[i] = tables.get(i).seq();
    }
    Findings out = new Findings(document.source(), seqs);
    List<TableMonitoring> result = new ArrayList<>(tables.size());
    List<MonitoringTable> figures = new ArrayList<>(tables.size());
    List<Integer> alerts = new ArrayList<>(tables.size());
    for (TableContext t : tables) {
      out.table(t.index());
      for (int i = 0; i < monitoringRules.size(); i++) {
        MonitoringRule rule = monitoringRules.get(i);
        out.rule(rule.id(), monitoringSeverities.get(i));
        rule.check(t, out);
      }
      List<Finding> findings = out.forTable(t.index());
      if (findings.size() > 1) {
        findings.sort(ORDER);
      }
      result.add(new TableMonitoring(t.seq(), t.displayName(), t.monitoring(), findings));
      figures.add(t.monitoring());
      alerts.add(findings.size());
    }
    int year = context.budgetYear() == null ? asOf.getYear() : context.budgetYear();
    return new DocumentMonitoring(
        document.source(),
        document.department() == null ? null : document.department().name(),
        pack.describe(),
        asOf,
        year,
        result,
        DepartmentSummary.of(document.source(), asOf, figures, alerts));
  }
}
