package io.jixiao.workflow;

import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import io.jixiao.model.Department;
import io.jixiao.model.Project;
import io.jixiao.model.ProjectIdentity;
import io.jixiao.model.TargetDocument;
import io.jixiao.monitor.ProjectKey;
import io.jixiao.store.ActualsStore;
import io.jixiao.store.StoredDocument;
import io.jixiao.store.TargetStore;
import io.jixiao.workflow.ProjectWorkflows.Location;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 导入: stores a document read from a file under the caller's file name and brings the workflow rows
 * of its tables up to date, in one transaction with its audit entries. The same for the command
 * line, the web page and the API.
 *
 * <ul>
 *   <li>The document is stored under the name the caller gives (the uploaded or imported file's
 *       name); a source written inside the file (interchange JSON's {@code source}, the XLSX 文件
 *       column) never decides where or as whose it is stored.
 *   <li>A caller bound to a department ({@link Actor#department()}) imports for it only: a document
 *       that names no department is the caller's, one that names another is refused, and so is a
 *       file name another department's document is stored under.
 *   <li>Tables are matched to their workflow rows by {@link ProjectIdentity} within department and
 *       budget year, never by position. A new table is a draft; an unchanged table keeps its state;
 *       a changed table that is 编制中 or 已退回 stays so; a changed table that is 已提交, 已批复 or
 *       已公开 becomes a new draft version ({@link ProjectWorkflow#reopen}), and a published one keeps its
 *       published content public until the new version is published.
 *   <li>A table of the previous version that the document no longer has keeps its row and history,
 *       marked as not in the current document, and is reported; its stored actuals are kept aside
 *       under a key no document has, and come back with it.
 *   <li>Stored actuals follow their table (its file and number) and their indicators (matched by
 *       {@link io.jixiao.model.IndicatorIdentity}); an import that would delete an indicator that
 *       has actuals is refused ({@link WorkflowException#HAS_ACTUALS}) and stores nothing.
 * </ul>
 */
public final class ImportDocument {

  private static final Logger LOG = LoggerFactory.getLogger(ImportDocument.class);

  private final UseCase use;
  private final SelfEvaluationActuals selfEvaluations;

  public ImportDocument(DataSource dataSource) {
    this(dataSource, Clock.systemUTC());
  }

  public ImportDocument(DataSource dataSource, Clock clock) {
    this.use = new UseCase(dataSource, clock);
    this.selfEvaluations = new SelfEvaluationActuals(new RecordActuals(dataSource, clock));
  }

  /**
   * Imports {@code read} as file {@code source} for {@code actor}.
   *
   * @return the outcome; refused ones stored nothing
   * @throws io.jixiao.store.StoreException when the database fails; then nothing was stored
   */
  public ImportOutcome run(String source, TargetDocument read, Actor actor) {
    Objects.requireNonNull(source, "source");
    TargetDocument doc = new TargetDocument(source, read.department(), read.overall(),
        read.projects());
    String own = actor.department();
    if (own != null) {
      if (doc.department() == null) {
        doc = new TargetDocument(source, new Department(own, null), doc.overall(), doc.projects());
      } else if (!own.equals(doc.department().name())) {
        return ImportOutcome.refused(source, "文件所属部门为“" + doc.department().name()
            + "”，您只能上传本部门（" + own + "）的绩效目标，未保存");
      }
    }
    TargetDocument toStore = doc;
    try {
      return use.inTransaction(() -> store(toStore, actor));
    } catch (WorkflowException e) {
      if (!WorkflowException.HAS_ACTUALS.equals(e.code())) {
        throw e;
      }
      return ImportOutcome.refused(source, e.getMessage() + "，未保存");
    }
  }

  private ImportOutcome store(TargetDocument doc, Actor actor) {
    String source = doc.source();
    String department = doc.department() == null ? null : doc.department().name();
    use.targets.lockDocument(source);
    Optional<String> storedUnder = use.store.currentDepartment(source);
    if (actor.department() != null && storedUnder.isPresent()
        && !storedUnder.get().equals(department)) {
      return ImportOutcome.refused(
          source, "已有其他部门上传过同名文件“" + source + "”，请修改文件名后重新上传，未保存");
    }
    List<ProjectSummary> inDocument = use.targets.ofSource(source);
    List<ProjectSummary> scope = use.targets.lockScope(department, doc.budgetYear());
    Map<String, ProjectSummary> byKey = new HashMap<>();
    scope.forEach(t -> byKey.put(t.identityKey(), t));
    Contents contents = new Contents(use.store);
    List<ProjectIdentity> identities = ProjectIdentity.of(doc.projects());
    // the stored actuals follow their tables and indicators; one with actuals may not vanish
    List<ActualsStore.Move> moves = new ArrayList<>();
    Set<Long> matched = new HashSet<>();
    for (int i = 0; i < doc.projects().size(); i++) {
      ProjectSummary row = byKey.get(identities.get(i).key());
      if (row == null) {
        continue;
      }
      matched.add(row.id());
      Project p = doc.projects().get(i);
      Optional<Project> before = contents.project(location(row));
      if (before.isPresent()) {
        use.actualsMove(row.projectName(), actualsKey(row, before.get()), before.get(),
            new ProjectKey(source, p.seq()), p).ifPresent(moves::add);
      }
    }
    for (ProjectSummary t : inDocument) {
      Optional<Project> before = contents.project(location(t));
      if (!matched.contains(t.id()) && before.isPresent()) {
        ProjectKey from = actualsKey(t, before.get());
        if (use.actuals.any(from)) {
          moves.add(new ActualsStore.Move(from, parked(t, before.get()), Map.of()));
        }
      }
    }
    StoredDocument stored = use.store.save(doc);
    use.actuals.move(moves);
    Instant now = use.clock.instant();
    List<ProjectSummary> redrafted = new ArrayList<>();
    List<AuditEntry> entries = new ArrayList<>();
    List<ProjectWorkflows.NewRow> created = new ArrayList<>();
    for (int i = 0; i < doc.projects().size(); i++) {
      Project p = doc.projects().get(i);
      ProjectFacts facts = ProjectFacts.of(doc, p);
      Location where = new Location(source, stored.version(), i + 1);
      ProjectSummary row = byKey.get(identities.get(i).key());
      if (row == null) {
        created.add(new ProjectWorkflows.NewRow(identities.get(i).key(), facts, where));
        continue;
      }
      Location was = location(row);
      boolean same = contents.sameContent(was, p);
      if (same && was.equals(where) && row.present()) {
        continue;
      }
      if (same || row.state().editable()) {
        int revision = use.targets.move(row.id(), row.revision(), facts, where, !same, now);
        if (revision != row.revision()) {
          entries.add(use.revised(now, actor, "IMPORT", row, revision, row.state(), "文件 " + source
              + " 第 " + stored.version() + " 版修改了该表"));
        }
        continue;
      }
      ProjectWorkflow target = use.targets.lock(row.id()).orElseThrow();
      Transition back =
          target.reopen(actor.name(), now, "文件 " + source + " 第 " + stored.version() + " 版修改了“"
              + row.state().label() + "”的内容，新版本回到编制中");
      Location published = row.state() == ProjectState.PUBLISHED ? was : null;
      use.targets.redraft(target, back, published);
      use.targets.move(row.id(), row.revision() + 1, facts, where, false, now);
      entries.add(use.revised(now, actor, "IMPORT", row, row.revision() + 1, ProjectState.DRAFT,
          back.note()));
      redrafted.add(row);
    }
    use.targets.createAll(created, now);
    List<ProjectSummary> absent = new ArrayList<>();
    for (ProjectSummary t : inDocument) {
      if (!matched.contains(t.id())) {
        use.targets.markAbsent(t.id(), now);
        entries.add(use.revised(now, actor, "IMPORT", t, t.revision() + 1, t.state(),
            "不在文件 " + source + " 第 " + stored.version() + " 版中"));
        absent.add(t);
      }
    }
    if (stored.changed()) {
      use.audit.append(stored(now, actor, stored));
    }
    use.audit.appendAll(entries);
    use.store.markSynchronised(source, stored.version());
    List<ProjectSummary> tables = use.targets.ofSource(source);
    List<String> actuals = selfEvaluations.record(doc, tables, actor);
    return new ImportOutcome(source, null, stored, tables, created.size(), redrafted, absent)
        .withActuals(actuals);
  }

  /** The audit entry of a stored document version: field 版本, the version before and now. */
  static AuditEntry stored(Instant now, Actor actor, StoredDocument stored) {
    return AuditEntry.of(now, actor.name(), "IMPORT", "文件 " + stored.source(), null, "版本",
        stored.version() == 1 ? null : String.valueOf(stored.version() - 1),
        stored.version() + "（" + stored.projects() + " 张表，" + stored.indicators() + " 个指标）");
  }

  /**
   * Brings rows written by older builds up to date, once, when the application or a command
   * starts: gives rows that are still keyed by position ({@code legacy:…}, migration V5) their
   * table's identity, and matches the tables of every current document the rows were not brought
   * up to date with (imported by an older command line, or saved without this use case) as an
   * import by {@link Actor#SYSTEM} would.
   *
   * @return how many documents were caught up
   */
  public int catchUp() {
    use.inTransaction(this::relabel);
    int caughtUp = 0;
    for (String source : use.store.unsynchronised()) {
      Optional<TargetDocument> doc = use.store.load(source);
      if (doc.isPresent()) {
        ImportOutcome o = run(source, doc.get(), Actor.SYSTEM);
        o.notes().forEach(n -> LOG.info("{}: {}", source, n));
        caughtUp++;
      }
    }
    return caughtUp;
  }

  private Integer relabel() {
    List<ProjectSummary> all = use.targets.all();
    Set<String> keys = new HashSet<>();
    for (ProjectSummary t : all) {
      keys.add(scopeKey(t, t.identityKey()));
    }
    Contents contents = new Contents(use.store);
    int relabelled = 0;
    for (ProjectSummary t : all) {
      if (!t.identityKey().startsWith("legacy:")) {
        continue;
      }
      Optional<List<ProjectIdentity>> identities =
          contents.identities(t.source(), t.docVersion());
      if (identities.isEmpty() || t.position() > identities.get().size()) {
        continue;
      }
      String key = identities.get().get(t.position() - 1).key();
      if (keys.add(scopeKey(t, key))) {
        use.targets.relabel(t.id(), key);
        relabelled++;
      } else {
        LOG.warn("table #" + t.id() + " keeps its key " + t.identityKey() + ": " + key
            + " is taken in its department and year");
      }
    }
    return relabelled;
  }

  private static Location location(ProjectSummary t) {
    return new Location(t.source(), t.docVersion(), t.position());
  }

  /**
   * The key the stored actuals of row {@code t}, whose content is {@code p}, are under: the
   * document and number of the table, or, for a table no longer in its document, a key of its own
   * that no document has ({@code ~absent~<id>}).
   */
  static ProjectKey actualsKey(ProjectSummary t, Project p) {
    return t.present() ? new ProjectKey(t.source(), p.seq()) : parked(t, p);
  }

  private static ProjectKey parked(ProjectSummary t, Project p) {
    return new ProjectKey("~absent~" + t.id(), p.seq());
  }

  private static String scopeKey(ProjectSummary t, String key) {
    return t.department() + "\n" + t.budgetYear() + "\n" + key;
  }

  /** Stored document versions, each loaded once. */
  static final class Contents {
    private final TargetStore store;
    private final Map<String, Optional<TargetDocument>> loaded = new HashMap<>();

    Contents(TargetStore store) {
      this.store = store;
    }

    Optional<TargetDocument> document(String source, int version) {
      return loaded.computeIfAbsent(source + "\n" + version, k -> store.load(source, version));
    }

    Optional<Project> project(Location l) {
      return document(l.source(), l.version())
          .filter(d -> l.position() >= 1 && l.position() <= d.projects().size())
          .map(d -> d.projects().get(l.position() - 1));
    }

    Optional<List<ProjectIdentity>> identities(String source, int version) {
      return document(source, version).map(d -> ProjectIdentity.of(d.projects()));
    }

    /** True when the table at {@code l} has the content of {@code p}, whatever its number. */
    boolean sameContent(Location l, Project p) {
      return project(l).map(q -> renumbered(q, p.seq()).equals(p)).orElse(false);
    }

    private static Project renumbered(Project p, int seq) {
      return new Project(seq, p.title(), p.unit(), p.code(), p.name(), p.budget(), p.fundUse(),
          p.spendingPlan(), p.goals(), p.indicators(), p.taxonomy(), p.facts());
    }
  }
}
