package io.jixiao.workflow;

import io.jixiao.audit.AuditEntry;
import io.jixiao.model.Project;
import io.jixiao.model.ProjectIdentity;
import io.jixiao.model.TargetDocument;
import io.jixiao.store.StoreException;
import io.jixiao.store.StoredDocument;
import io.jixiao.store.TargetStore;
import io.jixiao.workflow.ProjectWorkflows.Location;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 批量导入: stores many documents at once, a batch per transaction, with the decisions of {@link
 * ImportDocument} and another write path. A document that is new in every respect — a file name
 * never stored, tables whose identities ({@link ProjectIdentity}) have no workflow row in their
 * department and year and are not taken by an earlier document of the batch — is exactly the case
 * where the import stores version 1, creates a draft row per table and audits the new version;
 * those are written set by set ({@code COPY} on PostgreSQL, batched inserts on H2) for the whole
 * batch. Every other document (a file stored before, a table that moves, a caller bound to a
 * department) goes through {@link ImportDocument#run} on its own, after the batch.
 *
 * <p>When the batch's transaction fails, nothing of it stays, and each of its documents is imported
 * on its own through {@link ImportDocument#run}: a document that cannot be stored is refused with
 * the reason and changes nothing, the others are stored.
 */
public final class LoadDocuments {

  private static final Logger LOG = LoggerFactory.getLogger(LoadDocuments.class);

  private final UseCase use;
  private final ImportDocument single;

  /**
   * A document read from a file, stored under the file's name {@code source} (whatever the file
   * says inside), with its content hash; made by {@link #of} where the file is read (the command
   * line's reading thread), so that the hash is computed there.
   */
  public record Named(String source, TargetDocument document, String sha256) {
    public Named {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(sha256, "sha256");
    }

    /** Document {@code read} under the name {@code source}. */
    public static Named of(String source, TargetDocument read) {
      TargetDocument d =
          new TargetDocument(source, read.department(), read.overall(), read.projects());
      return new Named(source, d, TargetStore.contentHash(d));
    }
  }

  public LoadDocuments(DataSource dataSource) {
    this(dataSource, Clock.systemUTC());
  }

  public LoadDocuments(DataSource dataSource, Clock clock) {
    this.use = new UseCase(dataSource, clock);
    this.single = new ImportDocument(dataSource, clock);
  }

  /**
   * Loads {@code batch} for {@code actor}: the new documents in one transaction, the others each
   * as {@link ImportDocument#run} does.
   *
   * @return what became of each document, in the order given; a document that could not be
   *     stored is refused ({@link ImportOutcome#stored()} false) with the reason
   */
  public List<ImportOutcome> run(List<Named> batch, Actor actor) {
    List<Named> documents = List.copyOf(batch);
    ImportOutcome[] outcomes = new ImportOutcome[documents.size()];
    try {
      use.inTransaction(() -> storeNew(documents, actor, outcomes));
    } catch (RuntimeException e) {
      LOG.info("batch of {} documents rolled back, each imported on its own: {}",
          documents.size(), e.toString());
      Arrays.fill(outcomes, null);
    }
    for (int i = 0; i < documents.size(); i++) {
      if (outcomes[i] == null) {
        outcomes[i] = importOne(documents.get(i), actor);
      }
    }
    return List.of(outcomes);
  }

  /**
   * Updates the database's statistics after a load, so that the plans of the pages and of the
   * next imports fit the tables' sizes.
   */
  public void analyze() {
    use.store.analyze();
  }

  private ImportOutcome importOne(Named n, Actor actor) {
    try {
      return single.run(n.source(), n.document(), actor);
    } catch (StoreException e) {
      return ImportOutcome.refused(n.source(), e.getMessage());
    }
  }

  /**
   * Stores the documents of {@code documents} that are new in every respect, fills their outcomes,
   * and leaves the others' null.
   */
  private Void storeNew(List<Named> documents, Actor actor, ImportOutcome[] outcomes) {
    if (actor.department() != null) {
      return null; // the department checks of ImportDocument decide each document
    }
    Set<String> stored =
        use.store.storedSources(documents.stream().map(Named::source).toList());
    Set<String> seen = new HashSet<>();
    Map<String, Set<String>> taken = new HashMap<>();
    List<Integer> fresh = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      TargetDocument doc = documents.get(i).document();
      String scope = (doc.department() == null ? null : doc.department().name())
          + "\n" + doc.budgetYear();
      Set<String> keys = taken.computeIfAbsent(scope, s -> scopeKeys(doc));
      boolean first = seen.add(doc.source());
      boolean isNew = first && !stored.contains(doc.source());
      for (ProjectIdentity identity : ProjectIdentity.of(doc.projects())) {
        isNew &= keys.add(identity.key());
      }
      if (isNew) {
        fresh.add(i);
      }
    }
    if (fresh.isEmpty()) {
      return null;
    }
    List<TargetDocument> toStore = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    for (int i : fresh) {
      toStore.add(documents.get(i).document());
      hashes.add(documents.get(i).sha256());
    }
    List<StoredDocument> saved = use.store.saveNew(toStore, hashes);
    Instant now = use.clock.instant();
    List<ProjectWorkflows.NewRow> rows = new ArrayList<>();
    List<AuditEntry> entries = new ArrayList<>();
    for (int k = 0; k < toStore.size(); k++) {
      TargetDocument doc = toStore.get(k);
      List<ProjectIdentity> identities = ProjectIdentity.of(doc.projects());
      for (int i = 0; i < doc.projects().size(); i++) {
        Project p = doc.projects().get(i);
        rows.add(new ProjectWorkflows.NewRow(identities.get(i).key(), ProjectFacts.of(doc, p),
            new Location(doc.source(), 1, i + 1)));
      }
      entries.add(ImportDocument.stored(now, actor, saved.get(k)));
    }
    use.targets.createAll(rows, now);
    use.audit.appendAll(entries);
    Map<String, List<ProjectSummary>> tables =
        use.targets.ofSources(toStore.stream().map(TargetDocument::source).toList());
    for (int k = 0; k < fresh.size(); k++) {
      StoredDocument s = saved.get(k);
      outcomes[fresh.get(k)] = new ImportOutcome(s.source(), null, s,
          tables.getOrDefault(s.source(), List.of()), s.projects(), List.of(), List.of());
    }
    return null;
  }

  /** The identity keys that have a workflow row in the department and year of {@code doc}. */
  private Set<String> scopeKeys(TargetDocument doc) {
    Set<String> keys = new HashSet<>();
    String department = doc.department() == null ? null : doc.department().name();
    use.targets.lockScope(department, doc.budgetYear()).forEach(t -> keys.add(t.identityKey()));
    return keys;
  }
}
