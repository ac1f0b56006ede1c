package io.jixiao.store;

import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores imported documents, one transaction per document, and keeps every version: importing a
 * source again with other content makes a new current version and keeps the previous one; importing
 * identical content changes nothing.
 *
 * <p>Plain objects over a {@link DataSource}: no Spring context is needed.
 */
public final class TargetStore {

  private static final Comparator<DocumentSummary> OVERVIEW_ORDER =
      Comparator.comparing(DocumentSummary::department, Comparator.nullsLast(String::compareTo))
          .thenComparing(DocumentSummary::year, Comparator.nullsLast(Integer::compareTo))
          .thenComparing(DocumentSummary::source);

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final DocumentWriter writer;
  private final DocumentLoader loader;
  private final Clock clock;
  private final DataSource dataSource;

  public TargetStore(DataSource dataSource) {
    this(dataSource, Clock.systemUTC(), project -> {});
  }

  /**
   * @param afterProject called inside the transaction after each project's rows are written (tests
   *     use it to fail in the middle of a save)
   */
  TargetStore(DataSource dataSource, Clock clock, Consumer<Project> afterProject) {
    this.jdbc = JdbcClient.create(dataSource);
    this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    this.writer =
        new DocumentWriter(
            jdbc, new NamedParameterJdbcTemplate(dataSource), new RowWriter(dataSource),
            afterProject);
    this.loader = new DocumentLoader(jdbc);
    this.clock = clock;
    this.dataSource = dataSource;
  }

  /**
   * Saves a document in one transaction: as version 1 when its source is new, as the next version
   * when the current one differs, not at all when the content is identical.
   *
   * @throws StoreException when it cannot be saved; then nothing of it was written
   */
  public StoredDocument save(TargetDocument document) {
    Objects.requireNonNull(document, "document");
    String sha256 = ContentHash.of(document);
    try {
      return transaction.execute(status -> saveInTransaction(document, sha256));
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StoreException(document.source() + " 保存失败，未写入任何内容：" + Database.rootMessage(e), e);
    }
  }

  private StoredDocument saveInTransaction(TargetDocument document, String sha256) {
    String source = document.source();
    List<Current> current =
        jdbc.sql(
                "SELECT version, content_sha256 FROM document"
                    + " WHERE source = :source AND is_current = TRUE FOR UPDATE")
            .param("source", source)
            .query((rs, n) -> new Current(rs.getInt("version"), rs.getString("content_sha256")))
            .list();
    int projects = document.projects().size();
    int indicators = document.indicatorCount();
    if (!current.isEmpty() && current.get(0).sha256.equals(sha256)) {
      return new StoredDocument(
          source, current.get(0).version, StoredDocument.Outcome.UNCHANGED, projects, indicators);
    }
    int last =
        jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM document WHERE source = :source")
            .param("source", source)
            .query(Integer.class)
            .single();
    jdbc.sql("UPDATE document SET is_current = FALSE WHERE source = :source AND is_current = TRUE")
        .param("source", source)
        .update();
    OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    writer.insert(document, last + 1, sha256, now.truncatedTo(ChronoUnit.MILLIS));
    return new StoredDocument(
        source,
        last + 1,
        last == 0 ? StoredDocument.Outcome.CREATED : StoredDocument.Outcome.REPLACED,
        projects,
        indicators);
  }

  private record Current(int version, String sha256) {}

  /**
   * Saves documents whose sources were never stored, each as version 1, in the caller's
   * transaction (the bulk load: {@code io.jixiao.workflow.LoadDocuments}), marked as brought up to
   * date with the workflow rows, which the caller writes in the same transaction.
   *
   * @param sha256s the {@link #contentHash} of each document
   * @throws RuntimeException when one cannot be saved (a source stored meanwhile, an amount the
   *     columns cannot hold): the caller rolls the whole transaction back
   */
  public List<StoredDocument> saveNew(List<TargetDocument> documents, List<String> sha256s) {
    OffsetDateTime now =
        OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MILLIS);
    List<DocumentWriter.NewVersion> versions = new ArrayList<>();
    List<StoredDocument> stored = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      TargetDocument d = documents.get(i);
      versions.add(new DocumentWriter.NewVersion(d, 1, sha256s.get(i), now, true));
      stored.add(new StoredDocument(d.source(), 1, StoredDocument.Outcome.CREATED,
          d.projects().size(), d.indicatorCount()));
    }
    writer.insertAll(versions);
    return stored;
  }

  /**
   * The hash a stored version of {@code document} keeps to tell an identical re-import: SHA-256
   * over its content (the source name is not part of it).
   */
  public static String contentHash(TargetDocument document) {
    return ContentHash.of(document);
  }

  /** Which of {@code sources} have a stored document (any version). */
  public Set<String> storedSources(Collection<String> sources) {
    Set<String> stored = new HashSet<>();
    List<String> all = List.copyOf(sources);
    for (int from = 0; from < all.size(); from += 500) {
      List<String> some = all.subList(from, Math.min(all.size(), from + 500));
      stored.addAll(
          reading(
              () ->
                  jdbc.sql("SELECT DISTINCT source FROM document WHERE source IN (:sources)")
                      .param("sources", some)
                      .query(String.class)
                      .list()));
    }
    return stored;
  }

  /**
   * Updates the planner's statistics of the document and workflow tables after a bulk load
   * ({@code ANALYZE}): plans made on nearly empty tables are otherwise kept. H2 analyzes all.
   */
  public void analyze() {
    boolean postgres = new RowWriter(dataSource).postgres();
    reading(
        () -> {
          if (!postgres) {
            jdbc.sql("ANALYZE").update();
            return null;
          }
          for (String table :
              List.of("department", "document", "project", "goal", "indicator", "target")) {
            jdbc.sql("ANALYZE " + table).update();
          }
          return null;
        });
  }

  /** The current version of the document imported from {@code source}. */
  public Optional<TargetDocument> load(String source) {
    return reading(() -> documentId("source = :source AND is_current = TRUE", source, null))
        .flatMap(this::load);
  }

  /** Any stored version of the document imported from {@code source}, current or previous. */
  public Optional<TargetDocument> load(String source, int version) {
    return reading(() -> documentId("source = :source AND version = :version", source, version))
        .flatMap(this::load);
  }

  private Optional<TargetDocument> load(long documentId) {
    return reading(() -> transaction.execute(status -> loader.load(documentId)));
  }

  /** Runs a query; a database failure becomes a {@link StoreException} with a Chinese message. */
  private static <T> T reading(Supplier<T> query) {
    try {
      return query.get();
    } catch (DataAccessException e) {
      throw new StoreException("读取数据库失败：" + Database.rootMessage(e), e);
    }
  }

  private Optional<Long> documentId(String condition, String source, Integer version) {
    var sql = jdbc.sql("SELECT id FROM document WHERE " + condition).param("source", source);
    if (version != null) {
      sql = sql.param("version", version);
    }
    return sql.query(Long.class).optional();
  }

  /**
   * A number that changes whenever a document version is stored (the newest document id; 0 when
   * none): readers that cache what they computed from stored documents compare it.
   */
  public long stamp() {
    return reading(
        () -> jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM document").query(Long.class).single());
  }

  /**
   * The department named by the current version of {@code source}: empty when it was never
   * imported, an empty name ({@code Optional.of("")}) when its document names no department.
   */
  public Optional<String> currentDepartment(String source) {
    return reading(
        () ->
            jdbc.sql(
                    "SELECT COALESCE(dep.name, '') FROM document d LEFT JOIN department dep"
                        + " ON dep.id = d.department_id"
                        + " WHERE d.source = :source AND d.is_current = TRUE")
                .param("source", source)
                .query(String.class)
                .optional());
  }

  /**
   * Records that the workflow rows were brought up to date with version {@code version} of {@code
   * source}; call in the transaction that did it.
   */
  public void markSynchronised(String source, int version) {
    jdbc.sql(
            "UPDATE document SET workflow_synced = TRUE"
                + " WHERE source = :source AND version = :version")
        .param("source", source)
        .param("version", version)
        .update();
  }

  /**
   * The sources of the current documents whose workflow rows were not brought up to date with them
   * (stored by an older build, or saved directly without the import use case).
   */
  public List<String> unsynchronised() {
    return reading(
        () ->
            jdbc.sql(
                    "SELECT source FROM document WHERE is_current = TRUE"
                        + " AND workflow_synced = FALSE ORDER BY id")
                .query(String.class)
                .list());
  }

  /** The versions stored for {@code source}, oldest first; empty when it was never imported. */
  public List<Integer> versions(String source) {
    return reading(
        () ->
            jdbc.sql("SELECT version FROM document WHERE source = :source ORDER BY version")
                .param("source", source)
                .query(Integer.class)
                .list());
  }

  /**
   * The current version of every stored document with its counts and budget total, ordered by
   * department, year and source.
   */
  public List<DocumentSummary> list() {
    List<DocumentSummary> rows = reading(() -> summaries());
    return rows.stream().sorted(OVERVIEW_ORDER).toList();
  }

  /**
   * The sources of the current documents of {@code department} (its exact name) for budget year
   * {@code year}, ordered by department, year and source as {@link #list()}; a null argument does
   * not filter.
   */
  public List<String> currentSources(String department, Integer year) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT dep.name, dep.budget_year, d.source FROM document d"
                + " LEFT JOIN department dep ON dep.id = d.department_id WHERE d.is_current = TRUE");
    if (department != null) {
      sql.append(" AND dep.name = :department");
    }
    if (year != null) {
      sql.append(" AND dep.budget_year = :year");
    }
    List<SourceRow> rows =
        reading(
            () -> {
              var q = jdbc.sql(sql.toString());
              if (department != null) {
                q = q.param("department", department);
              }
              if (year != null) {
                q = q.param("year", year);
              }
              return q.query(
                      (rs, n) ->
                          new SourceRow(
                              rs.getString("name"),
                              rs.getObject("budget_year", Integer.class),
                              rs.getString("source")))
                  .list();
            });
    return rows.stream().sorted(SourceRow.ORDER).map(SourceRow::source).toList();
  }

  /**
   * The sources of the documents {@link #eachCurrent} yields, in its order, without loading one:
   * {@link #currentSources} less those the workflow has seen that no row places any table in (see
   * {@link #placed}). What the batch commands need to know before the first document, e.g. the
   * latest month reported for all of them.
   */
  public List<String> placedSources(String department, Integer year) {
    List<String> sources = currentSources(department, year);
    Set<String> dropped =
        new HashSet<>(
            reading(
                () ->
                    jdbc.sql(
                            "SELECT d.source FROM document d WHERE d.is_current = TRUE"
                                + " AND d.workflow_synced = TRUE AND NOT EXISTS (SELECT 1"
                                + " FROM target t WHERE t.source = d.source AND t.present = TRUE)")
                        .query(String.class)
                        .list()));
    if (dropped.isEmpty()) {
      return sources;
    }
    return sources.stream().filter(s -> !dropped.contains(s)).toList();
  }

  /**
   * The current documents of {@code department} for budget year {@code year}, in the order of
   * {@link #currentSources}; a null argument does not filter.
   */
  public List<TargetDocument> loadCurrent(String department, Integer year) {
    List<TargetDocument> documents = new ArrayList<>();
    for (String source : currentSources(department, year)) {
      load(source).flatMap(this::placed).ifPresent(documents::add);
    }
    return documents;
  }

  /**
   * {@link #loadCurrent} one document at a time: each is loaded from the database when the
   * iteration reaches it and may be dropped after, so memory holds one document whatever their
   * number (the batch commands over {@code --db}).
   */
  public Iterable<TargetDocument> eachCurrent(String department, Integer year) {
    List<String> sources = currentSources(department, year);
    return () ->
        new Iterator<>() {
          private int next;
          private TargetDocument ahead;

          @Override
          public boolean hasNext() {
            while (ahead == null && next < sources.size()) {
              ahead = load(sources.get(next++)).flatMap(TargetStore.this::placed).orElse(null);
            }
            return ahead != null;
          }

          @Override
          public TargetDocument next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            TargetDocument d = ahead;
            ahead = null;
            return d;
          }
        };
  }

  /**
   * The document with only the tables whose workflow row places them in it: a table that a later
   * import of another file took over (a table is its project, not its file; ADR 0010) is reported
   * there, not twice. A document the workflow has seen that no row places any table in is left out;
   * one the workflow has not seen yet (stored by an older build) is kept whole.
   */
  private Optional<TargetDocument> placed(TargetDocument doc) {
    List<Integer> present =
        jdbc.sql("SELECT pos FROM target WHERE source = :source AND present = TRUE")
            .param("source", doc.source())
            .query(Integer.class)
            .list();
    if (present.isEmpty()) {
      // kept whole only when the workflow never saw it (stored by an older build, no rows yet)
      boolean synced =
          jdbc.sql(
                  "SELECT COUNT(*) FROM document"
                      + " WHERE source = :source AND is_current = TRUE AND workflow_synced = TRUE")
                  .param("source", doc.source())
                  .query(Long.class)
                  .single()
              > 0;
      return synced ? Optional.empty() : Optional.of(doc);
    }
    if (present.size() == doc.projects().size()) {
      return Optional.of(doc);
    }
    List<Project> kept = new ArrayList<>();
    for (int i = 0; i < doc.projects().size(); i++) {
      if (present.contains(i + 1)) {
        kept.add(doc.projects().get(i));
      }
    }
    return Optional.of(new TargetDocument(doc.source(), doc.department(), doc.overall(), kept));
  }

  /** A current document's source with what it is ordered by. */
  private record SourceRow(String department, Integer year, String source) {
    static final Comparator<SourceRow> ORDER =
        Comparator.comparing(SourceRow::department, Comparator.nullsLast(String::compareTo))
            .thenComparing(SourceRow::year, Comparator.nullsLast(Integer::compareTo))
            .thenComparing(SourceRow::source);
  }

  private List<DocumentSummary> summaries() {
    return jdbc.sql(
            "SELECT d.source, d.version, d.imported_at, dep.name, dep.budget_year,"
                + " (SELECT COUNT(*) FROM project p WHERE p.document_id = d.id) AS projects,"
                + " (SELECT COUNT(*) FROM indicator i JOIN project p ON p.id = i.project_id"
                + "   WHERE p.document_id = d.id) AS indicators,"
                + " (SELECT SUM(p.budget_total) FROM project p WHERE p.document_id = d.id)"
                + "   AS budget"
                + " FROM document d LEFT JOIN department dep ON dep.id = d.department_id"
                + " WHERE d.is_current = TRUE")
        .query(
            (rs, n) ->
                new DocumentSummary(
                    rs.getString("name"),
                    rs.getObject("budget_year", Integer.class),
                    rs.getString("source"),
                    rs.getInt("version"),
                    rs.getObject("imported_at", OffsetDateTime.class),
                    rs.getInt("projects"),
                    rs.getInt("indicators"),
                    amount(rs.getBigDecimal("budget"))))
        .list();
  }

  /** A sum in 万元 shown with at least two decimals, whatever scale the database returns. */
  private static BigDecimal amount(BigDecimal sum) {
    if (sum == null) {
      return null;
    }
    BigDecimal s = sum.stripTrailingZeros();
    return s.scale() < 2 ? s.setScale(2) : s;
  }
}
