package io.jixiao.web;

import io.jixiao.results.LastYearResults;
import io.jixiao.review.LastYear;
import io.jixiao.review.PriorOutcome;
import io.jixiao.store.ActualsStore;
import io.jixiao.store.DocumentSummary;
import io.jixiao.store.TargetStore;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.workflow.ProjectFacts;
import io.jixiao.workflow.TargetSummary;
import io.jixiao.workflow.Targets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read side: which target tables exist (one workflow row per table of every stored document),
 * the document version each shows, its review, and the department's results of last year (结果应用).
 * Documents are cached by version; reviews and last year's results by version and by the generation
 * of the stored results, which every import of a document or of actuals moves on (last year's
 * documents and actuals feed this year's review), so a page never reviews a table twice and never
 * shows a result older than the last change.
 */
@Component
class Catalog {

  private static final Logger LOG = LoggerFactory.getLogger(Catalog.class);

  private final TargetStore store;
  private final Targets targets;
  private final TargetReview review;
  private final LastYearResults results;
  private final TransactionTemplate transaction;
  private final Clock clock;
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
      Targets targets,
      TargetReview review,
      LastYearResults results,
      ActualsStore actuals,
      TransactionTemplate transaction,
      Clock clock) {
    this.stamp = () -> store.stamp() * 31 + actuals.stamp();
    this.store = store;
    this.targets = targets;
    this.review = review;
    this.results = results;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * Creates or refreshes the workflow rows of every stored document whose current version they do
   * not show yet (documents imported with the CLI, or re-imported), and returns every row as it is
   * then (read once more only when something changed), for {@link #visible(Account, List)}.
   */
  List<TargetSummary> synchronise() {
    List<TargetSummary> all = targets.all();
    Map<String, Integer> shown = new HashMap<>();
    for (TargetSummary t : all) {
      shown.merge(t.source(), t.docVersion(), Math::min);
    }
    boolean changed = false;
    for (DocumentSummary d : store.list()) {
      Integer version = shown.get(d.source());
      if (version == null || version != d.version()) {
        transaction.executeWithoutResult(s -> synchronise(d.source()));
        changed = true;
      }
    }
    return changed ? targets.all() : all;
  }

  /** Makes the workflow rows of {@code source} match its current version; call in a transaction. */
  void synchronise(String source) {
    store
        .load(source)
        .ifPresent(
            doc -> {
              int version = store.versions(source).stream().mapToInt(Integer::intValue).max()
                  .orElse(1);
              List<ProjectFacts> facts = doc.projects().stream().map(p -> facts(doc, p)).toList();
              int created = targets.synchronise(source, version, facts, clock.instant());
              resultsChanged();
              if (created > 0) {
                LOG.info("{}: {} 张绩效目标表进入编制流程", source, created);
              }
            });
  }

  static ProjectFacts facts(TargetDocument doc, Project p) {
    return new ProjectFacts(
        doc.department() == null ? null : doc.department().name(),
        p.displayName(),
        p.code() == null ? null : p.code().value(),
        p.budget() == null || p.budget().total() == null ? null : p.budget().total().wan(),
        doc.department() == null ? null : doc.department().year());
  }

  /** Every table {@code viewer} may read (null: the public), by department, source, position. */
  List<TargetSummary> visible(Account viewer) {
    return visible(viewer, targets.all());
  }

  /** The tables of {@code all} that {@code viewer} may read, in the same order. */
  static List<TargetSummary> visible(Account viewer, List<TargetSummary> all) {
    return all.stream().filter(t -> Access.canRead(viewer, t.department(), t.state())).toList();
  }

  /**
   * The table {@code id} if {@code viewer} may read it; a table of another department is "not
   * found", so that its existence is not revealed.
   */
  TargetSummary target(long id, Account viewer) {
    TargetSummary t =
        targets.summary(id).orElseThrow(() -> WebException.notFound("未找到编号为 " + id + " 的项目"));
    if (!Access.canRead(viewer, t.department(), t.state())) {
      throw WebException.notFound("未找到编号为 " + id + " 的项目");
    }
    return t;
  }

  /** The document version the table shows. */
  TargetDocument document(TargetSummary t) {
    return documents.get(
        new Version(t.source(), t.docVersion()),
        v ->
            store
                .load(v.source(), v.version())
                .orElseThrow(() -> WebException.notFound("项目所在文件 " + v.source() + " 已不存在")));
  }

  Project project(TargetSummary t) {
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
  ReviewResult review(TargetSummary t, Account viewer) {
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
   * The self-evaluation of the table's project last year (the same department's stored document of
   * the year before, scored against its stored actuals), when there is one: shown beside this
   * year's draft.
   */
  Optional<PriorOutcome> lastYear(TargetSummary t) {
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

  private LastYear lastYear(TargetSummary t, long g) {
    return lastYears.get(
        new Results(t.source(), t.docVersion(), g),
        k -> results.lastYear(document(t)).orElse(LastYear.NONE));
  }

  /**
   * Documents or actuals were stored: last year's results, and the reviews that use them, are
   * computed afresh once the change is committed (inside a transaction, a page rendered before the
   * commit must not cache what it read as the new generation).
   */
  void resultsChanged() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              generation.incrementAndGet();
            }
          });
    } else {
      generation.incrementAndGet();
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
