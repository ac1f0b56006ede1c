package io.jixiao.web;

import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.review.LastYear;
import io.jixiao.store.TableReviews;
import io.jixiao.store.TargetStore;
import io.jixiao.workflow.ProjectFacts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored review summaries (V12) in step with the document versions the workflow rows
 * show: each version is reviewed once, table by table, and its grade and findings per rule stored,
 * so that the dashboard and the lists count with SQL instead of reviewing every table per request.
 * It catches up at start (the backfill of rows stored before V12 or by the command line), after
 * every import or edit of this application is committed, and when the stored documents changed
 * outside it (their stamp is read at most once a second).
 */
@Component
class ReviewSummaries {

  private static final Logger LOG = LoggerFactory.getLogger(ReviewSummaries.class);

  /** How often the stamp of the stored documents is read: once a second. */
  private static final long STAMP_INTERVAL_NANOS = 1_000_000_000L;

  private final TableReviews reviews;
  private final TargetStore store;
  private final TargetReview review;
  private final Clock clock;
  private final ReentrantLock running = new ReentrantLock();
  private volatile long stampReadAt = System.nanoTime() - STAMP_INTERVAL_NANOS;
  private volatile long lastStamp = Long.MIN_VALUE;
  private final java.util.concurrent.atomic.AtomicLong stored = new java.util.concurrent.atomic.AtomicLong();

  ReviewSummaries(TableReviews reviews, TargetStore store, TargetReview review, Clock clock) {
    this.reviews = reviews;
    this.store = store;
    this.review = review;
    this.clock = clock;
  }

  /**
   * Catches up when documents were stored since the last look (at most one look a second); a
   * request that finds another one catching up goes on without waiting.
   */
  void fresh() {
    long now = System.nanoTime();
    if (now - stampReadAt < STAMP_INTERVAL_NANOS) {
      return;
    }
    stampReadAt = now;
    long s = store.stamp();
    if (s != lastStamp && running.tryLock()) {
      try {
        lastStamp = s;
        reviewMissing();
      } finally {
        running.unlock();
      }
    }
  }

  /** How many document versions this application stored summaries of: moves on with each. */
  long stored() {
    return stored.get();
  }

  /** Reviews every document version that the workflow rows show and that has no summaries yet. */
  int catchUp() {
    running.lock();
    try {
      lastStamp = store.stamp();
      return reviewMissing();
    } finally {
      running.unlock();
    }
  }

  private int reviewMissing() {
    List<TableReviews.Version> missing = reviews.unreviewed();
    int done = 0;
    for (TableReviews.Version v : missing) {
      TargetDocument doc = store.load(v.source(), v.version()).orElse(null);
      if (doc == null) {
        continue;
      }
      if (reviews.save(v, rows(doc), clock.instant())) {
        stored.incrementAndGet();
      }
      done++;
    }
    if (done > 50) {
      LOG.info("review summaries stored for {} document versions", done);
    }
    return done;
  }

  /** The summaries of the tables of {@code doc}: its own review, without last year's results. */
  private List<TableReviews.Row> rows(TargetDocument doc) {
    List<TableReviews.Row> rows = new ArrayList<>();
    int position = 0;
    for (Project p : doc.projects()) {
      position++;
      ReviewResult r = review.review(doc, LastYear.NONE, p);
      Map<String, int[]> byRule = new TreeMap<>();
      for (ReviewFinding f : r.findings()) {
        byRule.computeIfAbsent(f.rule(), k -> new int[3])[f.severity().ordinal()]++;
      }
      List<TableReviews.RuleCount> rules = new ArrayList<>();
      byRule.forEach((rule, n) -> rules.add(new TableReviews.RuleCount(rule, n[0], n[1], n[2])));
      ProjectFacts facts = ProjectFacts.of(doc, p);
      rows.add(
          new TableReviews.Row(
              position,
              facts.projectName(),
              facts.projectCode(),
              facts.budgetTotal(),
              r.grade().name(),
              (int) r.getErrors(),
              (int) r.getWarnings(),
              (int) r.getInfos(),
              rules));
    }
    return rows;
  }
}
