package io.jixiao.web;

import io.jixiao.results.LastYearResults;
import io.jixiao.review.LastYear;
import io.jixiao.review.PriorOutcome;
import io.jixiao.store.ActualsStore;
import io.jixiao.store.TargetStore;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.workflow.ProjectFacts;
import io.jixiao.workflow.ProjectState;
import io.jixiao.workflow.ProjectSummary;
import io.jixiao.workflow.ProjectWorkflows;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The read side: which target tables exist (the workflow rows the use cases write), what each
 * viewer may read of them (a published table's published version while its new version is a
 * draft), the document version each shows, its review, and the department's results of last year (结果应用).
 * Documents are cached by version; reviews and last year's results by version and by the generation
 * of the stored results, which every import of a document or of actuals moves on (last year's
 * documents and actuals feed this year's review), so a page never reviews a table twice and never
 * shows a result older than the last change.
 */
@Component
class Catalog {

  private final TargetStore store;
  private final ProjectWorkflows targets;
  private final TargetReview review;
  private final LastYearResults results;
  private final ReviewSummaries summaries;
  private final Cache<Version, TargetDocument> documents = new Cache<>(64);
  private final Cache<Table, ReviewResult> reviews = new Cache<>(4096);
  private final Cache<Results, LastYear> lastYears = new Cache<>(256);
  private final AtomicLong generation = new AtomicLong();
  private final LongSupplier stamp;
  private volatile long stampReadAt = System.nanoTime() - STAMP_INTERVAL_NANOS;
  private volatile long lastStamp = Long.MIN_VALUE;

  /** How often the stamp of the stored documents and actuals is read: once a second. */
  private static final long STAMP_INTERVAL_NANOS = 1_000_000_000L;

  /** The generation of the reviews without last year's results: they never change with it. */
  private static final long ALONE = -1;

  Catalog(
      TargetStore store,
      ProjectWorkflows targets,
      TargetReview review,
      LastYearResults results,
      ActualsStore actuals,
      ReviewSummaries summaries) {
    this.summaries = summaries;
    this.stamp = () -> store.stamp() * 31 + actuals.stamp();
    this.store = store;
    this.targets = targets;
    this.review = review;
    this.results = results;
  }

  /**
   * Every table in its current document, by department, source and position; tables a re-import
   * left out (not present) are reached by their id only (project page, audit, history).
   */
  List<ProjectSummary> all() {
    return targets.all().stream().filter(ProjectSummary::present).toList();
  }

  /**
   * Every table in its current document that {@code viewer} may read (null: the public), by
   * department, source, position; a table whose new version the viewer may not read is shown as
   * published ({@link #readable}).
   */
  List<ProjectSummary> visible(Account viewer) {
    List<ProjectSummary> visible = new ArrayList<>();
    for (ProjectSummary t : all()) {
      ProjectSummary r = readable(viewer, t);
      if (r != null) {
        visible.add(r);
      }
    }
    return visible;
  }

  /**
   * Table {@code t} as {@code viewer} may read it: as it is, or, while a new version of a published
   * table is a draft that the viewer may not read, its published version (content and facts);
   * null when the viewer may read neither.
   */
  private ProjectSummary readable(Account viewer, ProjectSummary t) {
    if (Access.canRead(viewer, t.department(), t.state())) {
      return t;
    }
    if (t.hasPublishedVersion() && Access.canRead(viewer, t.department(), ProjectState.PUBLISHED)) {
      ProjectSummary published = t.asPublished();
      Project p = project(published);
      return published.withFacts(ProjectFacts.of(document(published), p));
    }
    return null;
  }

  /**
   * The table {@code id} if {@code viewer} may read it; a table of another department is "not
   * found", so that its existence is not revealed.
   */
  ProjectSummary target(long id, Account viewer) {
    ProjectSummary t =
        targets.summary(id).orElseThrow(() -> WebException.notFound("未找到编号为 " + id + " 的项目"));
    ProjectSummary r = readable(viewer, t);
    if (r == null) {
      throw WebException.notFound("未找到编号为 " + id + " 的项目");
    }
    return r;
  }

  /** The document version the table shows. */
  TargetDocument document(ProjectSummary t) {
    return document(t.source(), t.docVersion());
  }

  /** Version {@code version} of stored document {@code source}. */
  TargetDocument document(String source, int version) {
    return documents.get(
        new Version(source, version),
        v ->
            store
                .load(v.source(), v.version())
                .orElseThrow(() -> WebException.notFound("项目所在文件 " + v.source() + " 已不存在")));
  }

  Project project(ProjectSummary t) {
    List<Project> projects = document(t).projects();
    if (t.position() > projects.size()) {
      throw WebException.notFound("项目所在文件 " + t.source() + " 中已没有第 " + t.position() + " 张表");
    }
    return projects.get(t.position() - 1);
  }

  /**
   * The review of the table as {@code viewer} may see it. Last year's self-evaluation is not public
   * (its actuals are not), so the rules that use it (X3, R1) run only for those who read the
   * department's actuals ({@link Access#canReadActuals}); the public and other departments see the
   * review of the table alone.
   */
  ReviewResult review(ProjectSummary t, Account viewer) {
    if (!Access.canReadActuals(viewer, t.department())) {
      return reviews.get(
          new Table(t.source(), t.docVersion(), t.position(), ALONE),
          k -> review.review(document(t), LastYear.NONE, project(t)));
    }
    long g = generation();
    return reviews.get(
        new Table(t.source(), t.docVersion(), t.position(), g),
        k -> review.review(document(t), lastYear(t, g), project(t)));
  }

  /**
   * How many 错误 the full review (with last year's results, as the reviewer sees it) finds in table
   * {@code id} as stored now: asked by 批复 ({@code io.jixiao.workflow.OpenErrors}).
   */
  int openErrors(long id) {
    ProjectSummary t =
        targets.summary(id).orElseThrow(() -> WebException.notFound("未找到编号为 " + id + " 的项目"));
    long g = generation();
    return (int) reviews.get(
            new Table(t.source(), t.docVersion(), t.position(), g),
            k -> review.review(document(t), lastYear(t, g), project(t)))
        .getErrors();
  }

  /**
   * The self-evaluation of the table's project last year (the same department's stored document of
   * the year before, scored against its stored actuals), when there is one: shown beside this
   * year's draft.
   */
  Optional<PriorOutcome> lastYear(ProjectSummary t) {
    return lastYear(t, generation()).outcomeOf(project(t));
  }

  /**
   * The generation of the stored results, moved on when the stored documents or actuals changed
   * outside this application too (an import on the command line into the same database): their
   * stamp is read at most once a second.
   */
  private long generation() {
    long now = System.nanoTime();
    if (now - stampReadAt >= STAMP_INTERVAL_NANOS) {
      stampReadAt = now;
      long s = stamp.getAsLong();
      if (s != lastStamp) {
        lastStamp = s;
        generation.incrementAndGet();
      }
    }
    return generation.get();
  }

  private LastYear lastYear(ProjectSummary t, long g) {
    return lastYears.get(
        new Results(t.source(), t.docVersion(), g),
        k -> results.lastYear(document(t)).orElse(LastYear.NONE));
  }

  /**
   * Documents or actuals were stored: last year's results, and the reviews that use them, are
   * computed afresh once the change is committed (inside a transaction, a page rendered before the
   * commit must not cache what it read as the new generation). The review summaries of the new
   * document versions are stored then too ({@link ReviewSummaries}).
   */
  void resultsChanged() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              generation.incrementAndGet();
              summaries.catchUp();
            }
          });
    } else {
      generation.incrementAndGet();
      summaries.catchUp();
    }
  }

  String ruleTitle(String rule) {
    return review.ruleTitle(rule);
  }

  /** A document version. */
  private record Version(String source, int version) {}

  /** A table of a document version, reviewed with the results of a generation. */
  private record Table(String source, int version, int position, long generation) {}

  /** Last year's results for a document version, as of a generation. */
  private record Results(String source, int version, long generation) {}

  /**
   * A bounded cache that every request thread reads without a lock (the dashboard asks it once per
   * table on every visit). When full it starts afresh; a value computed twice by two threads at
   * once is the same value.
   */
  private static final class Cache<K, V> {

    private final ConcurrentHashMap<K, V> map = new ConcurrentHashMap<>();
    private final int size;

    Cache(int size) {
      this.size = size;
    }

    V get(K key, Function<K, V> compute) {
      V v = map.get(key);
      if (v == null) {
        v = compute.apply(key);
        if (map.size() >= size) {
          map.clear();
        }
        map.put(key, v);
      }
      return v;
    }
  }
}
