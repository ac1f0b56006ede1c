package io.jixiao.web;

import io.jixiao.store.DocumentSummary;
import io.jixiao.store.TargetStore;
import io.jixiao.target.Project;
import io.jixiao.target.TargetDocument;
import io.jixiao.workflow.ProjectFacts;
import io.jixiao.workflow.TargetSummary;
import io.jixiao.workflow.Targets;
import java.time.Clock;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read side: which target tables exist (one workflow row per table of every stored document),
 * the document version each shows, and its review. Documents and reviews are cached by version,
 * so a page never reviews a table twice.
 */
@Component
class Catalog {

  private static final Logger LOG = LoggerFactory.getLogger(Catalog.class);

  private final TargetStore store;
  private final Targets targets;
  private final TargetReview review;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final Map<String, TargetDocument> documents = lru(64);
  private final Map<String, ReviewResult> reviews = lru(4096);

  Catalog(
      TargetStore store,
      Targets targets,
      TargetReview review,
      TransactionTemplate transaction,
      Clock clock) {
    this.store = store;
    this.targets = targets;
    this.review = review;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * Creates or refreshes the workflow rows of every stored document whose current version they do
   * not show yet (documents imported with the CLI, or re-imported).
   */
  void synchronise() {
    Map<String, Integer> shown = new HashMap<>();
    for (TargetSummary t : targets.all()) {
      shown.merge(t.source(), t.docVersion(), Math::min);
    }
    for (DocumentSummary d : store.list()) {
      Integer version = shown.get(d.source());
      if (version == null || version != d.version()) {
        transaction.executeWithoutResult(s -> synchronise(d.source()));
      }
    }
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
        p.budget() == null || p.budget().total() == null ? null : p.budget().total().wan());
  }

  /** Every table {@code viewer} may read (null: the public), by department, source, position. */
  List<TargetSummary> visible(Account viewer) {
    return targets.all().stream()
        .filter(t -> Access.canRead(viewer, t.department(), t.state()))
        .toList();
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
    String key = t.source() + "#" + t.docVersion();
    synchronized (documents) {
      TargetDocument d = documents.get(key);
      if (d != null) {
        return d;
      }
    }
    TargetDocument d =
        store
            .load(t.source(), t.docVersion())
            .orElseThrow(() -> WebException.notFound("项目所在文件 " + t.source() + " 已不存在"));
    synchronized (documents) {
      documents.put(key, d);
    }
    return d;
  }

  Project project(TargetSummary t) {
    List<Project> projects = document(t).projects();
    if (t.position() > projects.size()) {
      throw WebException.notFound("项目所在文件 " + t.source() + " 中已没有第 " + t.position() + " 张表");
    }
    return projects.get(t.position() - 1);
  }

  ReviewResult review(TargetSummary t) {
    String key = t.source() + "#" + t.docVersion() + "#" + t.position();
    synchronized (reviews) {
      ReviewResult r = reviews.get(key);
      if (r != null) {
        return r;
      }
    }
    ReviewResult r = review.review(document(t), project(t));
    synchronized (reviews) {
      reviews.put(key, r);
    }
    return r;
  }

  String ruleTitle(String rule) {
    return review.ruleTitle(rule);
  }

  private static <V> Map<String, V> lru(int size) {
    return Collections.synchronizedMap(
        new LinkedHashMap<>(size, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
            return size() > size;
          }
        });
  }
}
