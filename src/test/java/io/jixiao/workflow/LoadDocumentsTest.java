package io.jixiao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.audit.AuditChain;
import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import io.jixiao.generate.RegionGenerator;
import io.jixiao.generate.SeedProfile;
import io.jixiao.model.Budget;
import io.jixiao.model.Money;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TestDocuments;
import io.jixiao.store.Database;
import io.jixiao.store.StoredDocument;
import io.jixiao.store.TargetStore;
import io.jixiao.store.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk load stores what the import stores — documents, versions, workflow rows, audit entries —
 * on H2 (batched inserts) and on PostgreSQL (COPY).
 */
class LoadDocumentsTest {

  @TempDir Path dir;

  private static final Actor CLI = new Actor("cli", null);

  @Test
  void aLoadOnH2StoresTheDocumentsRowsAndAuditEntriesTheImportStores() {
    try (Database loaded = Database.open(TestDatabases.h2Url(dir.resolve("load")));
        Database imported = Database.open(TestDatabases.h2Url(dir.resolve("import")))) {
      sameAsImport(loaded.dataSource(), imported.dataSource());
    }
  }

  @Test
  void aLoadOnPostgresStoresTheDocumentsRowsAndAuditEntriesTheImportStores() {
    try (TestDatabases.PostgresSchema a = TestDatabases.postgres();
        TestDatabases.PostgresSchema b = TestDatabases.postgres();
        Database loaded = Database.open(a.url());
        Database imported = Database.open(b.url())) {
      sameAsImport(loaded.dataSource(), imported.dataSource());
    }
  }

  @Test
  void aDocumentStoredBeforeIsImportedAsANewVersionOrLeftUnchanged() {
    try (TestDatabases.PostgresSchema s = TestDatabases.postgres();
        Database db = Database.open(s.url())) {
      List<TargetDocument> docs = region(3, 4);
      LoadDocuments load = new LoadDocuments(db.dataSource());
      load.run(named(docs.subList(0, 2)), CLI);

      TargetDocument changed = TestDocuments.withValue(docs.get(0), 1, 1, "≥12345个");
      List<ImportOutcome> again =
          load.run(named(List.of(changed, docs.get(1), docs.get(2))), CLI);

      assertThat(again)
          .extracting(o -> o.document().outcome(), o -> o.document().version())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(StoredDocument.Outcome.REPLACED, 2),
              org.assertj.core.groups.Tuple.tuple(StoredDocument.Outcome.UNCHANGED, 1),
              org.assertj.core.groups.Tuple.tuple(StoredDocument.Outcome.CREATED, 1));
      assertThat(new TargetStore(db.dataSource()).load(changed.source())).contains(changed);
      assertThat(new ProjectWorkflows(db.dataSource()).ofSource(changed.source()))
          .extracting(ProjectSummary::docVersion)
          .containsOnly(2);
    }
  }

  @Test
  void aDocumentThatCannotBeStoredIsRefusedWithTheReasonAndTheRestOfItsBatchIsStored() {
    try (TestDatabases.PostgresSchema s = TestDatabases.postgres();
        Database db = Database.open(s.url())) {
      List<TargetDocument> docs = new ArrayList<>(region(3, 4));
      docs.set(1, withBudget(docs.get(1), "123456789012345678"));

      List<ImportOutcome> outcomes = new LoadDocuments(db.dataSource()).run(named(docs), CLI);

      assertThat(outcomes).extracting(ImportOutcome::stored).containsExactly(true, false, true);
      assertThat(outcomes.get(1).refusal()).contains("超出可保存的范围").contains("未写入任何内容");
      TargetStore store = new TargetStore(db.dataSource());
      assertThat(store.versions(docs.get(1).source())).isEmpty();
      assertThat(store.load(docs.get(2).source())).contains(docs.get(2));
      assertThat(new ProjectWorkflows(db.dataSource()).all()).hasSize(8);
    }
  }

  /** Loads a region in batches into one database, imports it file by file into the other. */
  private static void sameAsImport(DataSource loaded, DataSource imported) {
    List<TargetDocument> docs = new ArrayList<>(region(7, 6));
    docs.add(TestDocuments.everyField("every.txt"));
    LoadDocuments load = new LoadDocuments(loaded);
    List<ImportOutcome> outcomes = new ArrayList<>();
    for (int from = 0; from < docs.size(); from += 3) {
      outcomes.addAll(load.run(named(docs.subList(from, Math.min(docs.size(), from + 3))), CLI));
    }
    load.analyze();
    ImportDocument importer = new ImportDocument(imported);
    List<ImportOutcome> expected = new ArrayList<>();
    for (TargetDocument d : docs) {
      expected.add(importer.run(d.source(), d, CLI));
    }

    assertThat(outcomes).extracting(ImportOutcome::document)
        .isEqualTo(expected.stream().map(ImportOutcome::document).toList());
    assertThat(outcomes).extracting(o -> o.tables().size()).containsExactly(6, 6, 6, 6, 6, 6, 6,
        docs.get(7).projects().size());
    TargetStore store = new TargetStore(loaded);
    for (TargetDocument d : docs) {
      assertThat(store.load(d.source())).contains(d);
    }
    assertThat(store.unsynchronised()).isEmpty();
    assertThat(rows(loaded)).isEqualTo(rows(imported)).hasSize(42 + docs.get(7).projects().size());
    Function<AuditEntry, String> text =
        e -> e.actor() + "|" + e.action() + "|" + e.subject() + "|" + e.field() + "|"
            + e.oldValue() + "|" + e.newValue();
    assertThat(audit(loaded).stream().map(text).toList())
        .isEqualTo(audit(imported).stream().map(text).toList())
        .hasSize(8)
        .first()
        .isEqualTo("cli|IMPORT|文件 gen-2024-s7-00001.json|版本|null|1（6 张表，"
            + docs.get(0).indicatorCount() + " 个指标）");
    assertThat(new AuditChain(loaded).verify().intact()).isTrue();
  }

  private static List<String> rows(DataSource ds) {
    return new ProjectWorkflows(ds).all().stream()
        .map(t -> String.join("|", t.source(), String.valueOf(t.position()), t.department(),
            t.projectName(), String.valueOf(t.projectCode()), String.valueOf(t.budgetTotal()),
            String.valueOf(t.budgetYear()), String.valueOf(t.docVersion()), t.state().name(),
            String.valueOf(t.revision()), t.identityKey(), String.valueOf(t.present())))
        .toList();
  }

  private static List<AuditEntry> audit(DataSource ds) {
    List<AuditEntry> entries = new ArrayList<>();
    new AuditLog(ds).forEachInOrder(entries::add);
    return entries;
  }

  private static List<TargetDocument> region(int departments, int tables) {
    RegionGenerator g = new RegionGenerator(SeedProfile.defaults(), 2024, 7);
    List<TargetDocument> docs = new ArrayList<>();
    for (int i = 0; i < departments; i++) {
      docs.add(g.department(i, tables));
    }
    return docs;
  }

  private static List<LoadDocuments.Named> named(List<TargetDocument> docs) {
    return docs.stream().map(d -> LoadDocuments.Named.of(d.source(), d)).toList();
  }

  private static TargetDocument withBudget(TargetDocument d, String total) {
    List<Project> projects = new ArrayList<>(d.projects());
    Project p = projects.get(0);
    projects.set(0, new Project(p.seq(), p.title(), p.unit(), p.code(), p.name(),
        new Budget(new Money(new BigDecimal(total)), null, null), p.fundUse(), p.spendingPlan(),
        p.goals(), p.indicators(), p.taxonomy()));
    return new TargetDocument(d.source(), d.department(), d.overall(), projects);
  }
}
