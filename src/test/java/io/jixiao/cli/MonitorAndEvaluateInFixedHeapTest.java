package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.evaluate.EvaluationFormat;
import io.jixiao.evaluate.Evaluator;
import io.jixiao.evaluate.Weights;
import io.jixiao.generate.ActualsGenerator;
import io.jixiao.generate.RegionGenerator;
import io.jixiao.generate.SeedProfile;
import io.jixiao.model.TargetDocument;
import io.jixiao.monitor.Actuals;
import io.jixiao.monitor.ProjectActuals;
import io.jixiao.review.DocumentMonitoring;
import io.jixiao.review.ReviewEngine;
import io.jixiao.review.RulePack;
import io.jixiao.review.report.ReportFormat;
import io.jixiao.store.ActualsStore;
import io.jixiao.store.Database;
import io.jixiao.store.TargetStore;
import io.jixiao.store.TestDatabases;
import io.jixiao.workflow.Actor;
import io.jixiao.workflow.LoadDocuments;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scale test of {@code monitor --db} and {@code evaluate --db} (issue 18): over 120 generated
 * departments of 60 tables (7,200 tables) with their generated actuals, both run in a child JVM
 * with a 96 MB heap, and every report they write, in every text format, is the one the in-memory
 * path (every document and all actuals loaded, the report rendered as one string) writes. One
 * database, generated once, for all the tests.
 */
class MonitorAndEvaluateInFixedHeapTest {

  private static final int DEPARTMENTS = 120;
  private static final int TABLES = 60;

  @TempDir static Path dir;

  private static String url;
  private static List<TargetDocument> documents;
  private static Actuals actuals;

  @BeforeAll
  static void aRegionWithItsActualsIsStored() {
    url = TestDatabases.h2Url(dir.resolve("db"));
    try (Database db = Database.open(url)) {
      RegionGenerator region = new RegionGenerator(SeedProfile.defaults(), 2024, 5);
      ActualsGenerator generated = new ActualsGenerator(5);
      ActualsStore actualsStore = new ActualsStore(db.dataSource());
      LoadDocuments load = new LoadDocuments(db.dataSource());
      List<LoadDocuments.Named> batch = new ArrayList<>();
      for (int i = 0; i < DEPARTMENTS; i++) {
        TargetDocument d = region.department(i, TABLES);
        batch.add(LoadDocuments.Named.of(d.source(), d));
        actualsStore.save(d.source() + "-actuals.csv", generated.actuals(d, i));
        if (batch.size() == 50) {
          load.run(batch, Actor.SYSTEM);
          batch.clear();
        }
      }
      load.run(batch, Actor.SYSTEM);
      load.analyze();
      documents = new TargetStore(db.dataSource()).loadCurrent(null, null);
      actuals = actualsStore.load(documents.stream().map(TargetDocument::source).toList());
    }
    assertThat(documents).hasSize(DEPARTMENTS);
    assertThat(actuals.projects()).hasSizeGreaterThan(DEPARTMENTS * TABLES / 2);
  }

  @Test
  void monitoringTheStoredDocumentsRunsInA96MbHeapWithTheReportOfTheInMemoryPath()
      throws Exception {
    Path out = dir.resolve("monitor.json");
    runInSmallHeap("monitor", "--db", url, "--format", "json", "--out", out.toString());
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .isEqualTo(ReportFormat.JSON.renderMonitoring(monitoredInMemory()));
  }

  @Test
  void evaluatingTheStoredDocumentsRunsInA96MbHeapWithTheReportOfTheInMemoryPath()
      throws Exception {
    Path out = dir.resolve("evaluate.txt");
    runInSmallHeap("evaluate", "--db", url, "--out", out.toString());
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .isEqualTo(EvaluationFormat.TEXT.render(evaluatedInMemory()));
  }

  @Test
  void theStreamedMonitoringReportIsTheInMemoryOneInTextAndHtml() {
    List<DocumentMonitoring> runs = monitoredInMemory();
    for (ReportFormat f : List.of(ReportFormat.TEXT, ReportFormat.HTML)) {
      CliRun streamed = CliRun.run("monitor", "--db", url, "--format", f.name().toLowerCase());
      assertThat(streamed.exit()).as(streamed.err()).isZero();
      assertThat(streamed.out()).isEqualTo(f.renderMonitoring(runs));
    }
  }

  @Test
  void theStreamedEvaluationReportIsTheInMemoryOneInJsonAndHtml() {
    var evaluation = evaluatedInMemory();
    for (EvaluationFormat f : List.of(EvaluationFormat.JSON, EvaluationFormat.HTML)) {
      CliRun streamed = CliRun.run("evaluate", "--db", url, "--format", f.name().toLowerCase());
      assertThat(streamed.exit()).as(streamed.err()).isZero();
      assertThat(streamed.out()).isEqualTo(f.render(evaluation));
    }
  }

  @Test
  void anAsOfMonthIsTheMonthOfEveryStreamedDocument() {
    CliRun streamed = CliRun.run("monitor", "--db", url, "--as-of", "2024-06");
    assertThat(streamed.exit()).as(streamed.err()).isZero();
    assertThat(streamed.out())
        .startsWith("预算绩效运行监控报告（截至2024年6月底")
        .isEqualTo(ReportFormat.TEXT.renderMonitoring(monitoredInMemory(YearMonth.of(2024, 6))));
  }

  /** What monitor did before it streamed: every document and all their actuals in memory. */
  private static List<DocumentMonitoring> monitoredInMemory() {
    YearMonth latest = null;
    for (ProjectActuals p : actuals.projects().values()) {
      YearMonth m = p.lastPeriod().orElse(null);
      if (m != null && (latest == null || m.isAfter(latest))) {
        latest = m;
      }
    }
    return monitoredInMemory(latest);
  }

  private static List<DocumentMonitoring> monitoredInMemory(YearMonth month) {
    ReviewEngine engine = new ReviewEngine(RulePack.defaults());
    List<DocumentMonitoring> runs = new ArrayList<>();
    for (TargetDocument d : documents) {
      runs.add(engine.monitor(d, actuals, month));
    }
    return runs;
  }

  private static io.jixiao.evaluate.DepartmentEvaluation evaluatedInMemory() {
    return new Evaluator(RulePack.defaults().evaluation())
        .evaluate(documents, actuals, Weights.NONE);
  }

  private static void runInSmallHeap(String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m",
                "-cp",
                System.getProperty("java.class.path"),
                "io.jixiao.Jixiao"));
    command.addAll(List.of(args));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String printed = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor()).as(printed).isZero();
  }
}
