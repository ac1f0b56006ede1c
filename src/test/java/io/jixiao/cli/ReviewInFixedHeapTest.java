package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.generate.RegionGenerator;
import io.jixiao.generate.SeedProfile;
import io.jixiao.model.TargetDocument;
import io.jixiao.results.LastYearResults;
import io.jixiao.review.DocumentReview;
import io.jixiao.review.LastYear;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scale test of the batch commands (issue 18): {@code review --db} over 200 generated
 * departments of 60 tables (12,000 tables) runs in a child JVM with a 128 MB heap, as JSON and as
 * text (which begins with a summary over all documents), and its reports, HTML too, are the ones
 * the in-memory path (every document loaded, every review kept, the report rendered as one string)
 * writes.
 */
class ReviewInFixedHeapTest {

  private static final int DEPARTMENTS = 200;
  private static final int TABLES = 60;

  @TempDir Path dir;

  @Test
  void reviewOfTheStoredDocumentsRunsInA128MbHeapWithTheReportOfTheInMemoryReviewInEveryFormat()
      throws Exception {
    String url = TestDatabases.h2Url(dir.resolve("db"));
    String expected;
    String expectedText;
    String expectedHtml;
    try (Database db = Database.open(url)) {
      RegionGenerator region = new RegionGenerator(SeedProfile.defaults(), 2024, 3);
      LoadDocuments load = new LoadDocuments(db.dataSource());
      List<LoadDocuments.Named> batch = new ArrayList<>();
      for (int i = 0; i < DEPARTMENTS; i++) {
        TargetDocument d = region.department(i, TABLES);
        batch.add(LoadDocuments.Named.of(d.source(), d));
        if (batch.size() == 50) {
          load.run(batch, Actor.SYSTEM);
          batch.clear();
        }
      }
      load.analyze();
      TargetStore store = new TargetStore(db.dataSource());
      RulePack rules = RulePack.defaults();
      LastYearResults lastYear =
          new LastYearResults(store, new ActualsStore(db.dataSource()), rules.evaluation());
      ReviewEngine engine = new ReviewEngine(rules);
      List<DocumentReview> reviews = new ArrayList<>();
      for (TargetDocument d : store.loadCurrent(null, null)) {
        reviews.add(engine.review(d, lastYear.lastYear(d).orElse(LastYear.NONE)));
      }
      assertThat(reviews).hasSize(DEPARTMENTS);
      expected = ReportFormat.JSON.render(reviews);
      expectedText = ReportFormat.TEXT.render(reviews);
      expectedHtml = ReportFormat.HTML.render(reviews);
    }

    assertThat(reviewInA128MbHeap(url, "json")).isEqualTo(expected);
    // the text report begins with the summary over all documents: its parts wait in a file
    assertThat(reviewInA128MbHeap(url, "text")).isEqualTo(expectedText);
    CliRun html = CliRun.run("review", "--db", url, "--format", "html");
    assertThat(html.exit()).as(html.err()).isZero();
    assertThat(html.out()).isEqualTo(expectedHtml);
  }

  private String reviewInA128MbHeap(String url, String format) throws Exception {
    Path out = dir.resolve("review." + format);
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-cp",
                System.getProperty("java.class.path"),
                "io.jixiao.Jixiao",
                "review",
                "--db",
                url,
                "--format",
                format,
                "--out",
                out.toString())
            .redirectErrorStream(true)
            .start();
    String printed = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor()).as(printed).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
